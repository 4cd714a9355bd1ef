package org.homeward.ui.outcomes;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.outcomes.OutcomeFilter;
import org.homeward.search.CaseQuery;
import org.homeward.search.CaseSearch;
import org.homeward.search.CaseSearchResult.FacetValue;
import org.homeward.security.HomewardUser;
import org.homeward.ui.cases.Countries;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

/** The dashboard's filters bar: offices, nationalities, return cohorts and a span of return dates. */
final class OutcomeFilters extends Details {

    final MultiSelectComboBox<String> offices = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> nationalities = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> cohorts = new MultiSelectComboBox<>();
    final DatePicker returnedFrom = new DatePicker();
    final DatePicker returnedTo = new DatePicker();

    /** Offers the viewer's offices, and the nationalities and cohorts their cases have; {@code changed} on every choice. */
    OutcomeFilters(CaseSearch search, HomewardUser viewer, Locale locale, Runnable changed) {
        offices.setId("filter-office");
        offices.setLabel(getTranslation("search.facet.office"));
        offices.setItems(viewer.offices().stream().sorted().toList());
        Map<String, List<FacetValue>> facets = search.search(viewer, CaseQuery.all(0, 1)).facets();
        nationalities.setId("filter-nationality");
        nationalities.setLabel(getTranslation("search.facet.nationality"));
        nationalities.setItems(values(facets, "nationality"));
        nationalities.setItemLabelGenerator(code -> Countries.name(code, locale));
        cohorts.setId("filter-cohort");
        cohorts.setLabel(getTranslation("outcomes.filter.cohort"));
        cohorts.setItems(values(facets, CaseSearch.RETURN_QUARTER).stream().sorted().toList());
        returnedFrom.setId("filter-returned-from");
        returnedFrom.setLabel(getTranslation("search.returnedFrom"));
        returnedTo.setId("filter-returned-to");
        returnedTo.setLabel(getTranslation("search.returnedTo"));
        returnedFrom.addValueChangeListener(change -> returnedTo.setMin(change.getValue()));
        returnedTo.addValueChangeListener(change -> returnedFrom.setMax(change.getValue()));
        List.of(offices, nationalities, cohorts).forEach(choice -> {
            choice.setClearButtonVisible(true);
            choice.addValueChangeListener(change -> changed.run());
        });
        returnedFrom.addValueChangeListener(change -> changed.run());
        returnedTo.addValueChangeListener(change -> changed.run());

        FlexLayout filters = new FlexLayout(offices, nationalities, cohorts, returnedFrom, returnedTo);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("outcome-filters");
        setSummaryText(getTranslation("search.filters"));
        add(filters);
        setOpened(true);
        setWidthFull();
    }

    private static List<String> values(Map<String, List<FacetValue>> facets, String facet) {
        return facets.getOrDefault(facet, List.of()).stream().map(FacetValue::value).toList();
    }

    OutcomeFilter filter() {
        return new OutcomeFilter(List.copyOf(offices.getValue()), returnedFrom.getValue(), returnedTo.getValue(),
                List.copyOf(nationalities.getValue()), List.copyOf(cohorts.getValue()));
    }
}
