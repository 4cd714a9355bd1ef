package org.homeward.ui.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.homeward.search.CaseQuery;
import org.homeward.search.CaseSearch;
import org.homeward.search.CaseSearchResult;
import org.homeward.search.CaseSearchResult.FacetValue;
import org.homeward.ui.cases.Countries;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The search's filters: one choice per facet and whether a follow-up is overdue, each choice with how many cases it
 * would give (from the latest search), and a span of return dates.
 */
final class SearchFilters extends Details {

    final Map<String, MultiSelectComboBox<String>> facets = new LinkedHashMap<>();
    final DatePicker returnedFrom = new DatePicker();
    final DatePicker returnedTo = new DatePicker();
    final ComboBox<String> overdue = new ComboBox<>();

    private final Locale locale;
    private final Supplier<CaseSearchResult> latest;

    /** {@code changed} runs on every choice; {@code latest} gives the counts to show beside them. */
    SearchFilters(Locale locale, Supplier<CaseSearchResult> latest, Runnable changed) {
        this.locale = locale;
        this.latest = latest;
        for (String facet : CaseSearch.FACETS.keySet()) {
            MultiSelectComboBox<String> choice = new MultiSelectComboBox<>(getTranslation("search.facet." + facet));
            choice.setId("facet-" + facet);
            choice.setItemLabelGenerator(value -> label(facet, value) + " (" + count(facet, value) + ")");
            choice.addValueChangeListener(change -> changed.run());
            choice.setClearButtonVisible(true);
            facets.put(facet, choice);
        }
        returnedFrom.setLabel(getTranslation("search.returnedFrom"));
        returnedTo.setLabel(getTranslation("search.returnedTo"));
        returnedFrom.setId("returned-from");
        returnedTo.setId("returned-to");
        returnedFrom.addValueChangeListener(change -> {
            returnedTo.setMin(change.getValue());
            changed.run();
        });
        returnedTo.addValueChangeListener(change -> {
            returnedFrom.setMax(change.getValue());
            changed.run();
        });
        overdue.setId("facet-overdue");
        overdue.setLabel(getTranslation("search.facet.overdue"));
        overdue.setItems("true", "false");
        overdue.setPlaceholder(getTranslation("search.overdue.any"));
        overdue.setClearButtonVisible(true);
        overdue.setItemLabelGenerator(value -> getTranslation("search.overdue." + value) + " ("
                + count(CaseSearch.OVERDUE, value) + ")");
        overdue.addValueChangeListener(change -> changed.run());

        FlexLayout filters = new FlexLayout();
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassNames(LumoUtility.Gap.MEDIUM);
        facets.values().forEach(filters::add);
        filters.add(returnedFrom, returnedTo, overdue);
        setSummaryText(getTranslation("search.filters"));
        add(filters);
        setOpened(true);
        setWidthFull();
    }

    /**
     * Chooses what the address asks for (the names of {@code GET /api/search}); values that cannot be read are left
     * out. A facet's choices are then the latest search's, and any value asked for that it lacks.
     */
    void choose(Map<String, List<String>> parameters) {
        CaseSearchResult result = latest.get();
        facets.forEach((facet, choice) -> {
            List<String> wanted = parameters.getOrDefault(facet, List.of()).stream()
                    .filter(value -> value.matches("[A-Za-z0-9_-]{1,40}")).toList();
            if (!wanted.isEmpty()) {
                List<String> values = new ArrayList<>(result == null ? List.of() : result.facets()
                        .getOrDefault(facet, List.of()).stream().map(FacetValue::value).toList());
                wanted.stream().filter(value -> !values.contains(value)).forEach(values::add);
                choice.setItems(values);
                choice.setValue(Set.copyOf(wanted));
            }
        });
        first(parameters, "returnedFrom").flatMap(SearchFilters::date).ifPresent(returnedFrom::setValue);
        first(parameters, "returnedTo").flatMap(SearchFilters::date).ifPresent(returnedTo::setValue);
        first(parameters, "overdue").filter(value -> value.equals("true") || value.equals("false"))
                .ifPresent(overdue::setValue);
    }

    static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).findFirst();
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** Offers the latest search's values (and keeps those chosen), with their counts. */
    void showCounts() {
        CaseSearchResult result = latest.get();
        facets.forEach((facet, choice) -> {
            Set<String> chosen = Set.copyOf(choice.getValue());
            List<String> values = new ArrayList<>(result.facets().getOrDefault(facet, List.of()).stream()
                    .map(FacetValue::value).toList());
            chosen.stream().filter(value -> !values.contains(value)).forEach(values::add);
            choice.setItems(values);
            choice.setValue(chosen);
        });
    }

    /** Refreshes the overdue choice's counts (its items stay). */
    void refreshOverdue() {
        overdue.getDataProvider().refreshAll();
    }

    /** The query for the chosen filters and {@code text}. */
    CaseQuery criteria(String text, String sort, boolean descending, int page, int size) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        facets.forEach((facet, choice) -> chosen.put(facet, List.copyOf(choice.getValue())));
        Boolean late = overdue.getValue() == null ? null : Boolean.valueOf(overdue.getValue());
        return new CaseQuery(text, chosen.get("status"), chosen.get("office"), chosen.get("nationality"),
                chosen.get("exploitationCountry"), chosen.get("sex"), chosen.get("supportKind"), chosen.get("flag"),
                chosen.get(CaseSearch.RETURN_QUARTER), returnedFrom.getValue(), returnedTo.getValue(), late, null, sort, descending, page, size);
    }

    private long count(String facet, String value) {
        CaseSearchResult result = latest.get();
        if (result == null) {
            return 0;
        }
        return result.facets().getOrDefault(facet, List.of()).stream().filter(v -> v.value().equals(value))
                .mapToLong(FacetValue::count).findFirst().orElse(0);
    }

    private String label(String facet, String value) {
        return switch (facet) {
            case "nationality", "exploitationCountry" -> Countries.name(value, locale);
            case "office", CaseSearch.RETURN_QUARTER -> value;
            default -> getTranslation(facet + "." + value);
        };
    }
}
