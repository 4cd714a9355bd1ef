package org.homeward.ui.outcomes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.homeward.outcomes.CohortDimension;
import org.homeward.outcomes.CohortOutcome;
import org.homeward.ui.cases.Countries;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

/** The cohorts compared, as a table: each cohort (but "no support") links to its cases. */
final class CohortTable extends Grid<CohortOutcome> {

    private final Locale locale;
    private final Supplier<CohortDimension> by;

    CohortTable(Locale locale, Supplier<CohortDimension> by, CasesLink cases) {
        this.locale = locale;
        this.by = by;
        setId("table-cohorts");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addComponentColumn(cohort -> {
            String label = label(cohort.cohort());
            if ("NONE".equals(cohort.cohort())) {
                return new Span(label);
            }
            return cases.to(label, Map.of(by.get().searchFilter(), List.of(cohort.cohort())));
        }).setHeader(getTranslation("outcomes.column.cohort")).setKey("cohort").setAutoWidth(true);
        addColumn(CohortOutcome::assessments).setHeader(getTranslation("outcomes.column.assessments")).setKey("assessments");
        addColumn(cohort -> OutcomeCharts.percent(cohort.sustainable().value(), locale))
                .setHeader(getTranslation("outcomes.column.sustainableShare")).setKey("sustainableShare");
        addColumn(cohort -> LocalNumbers.decimal(cohort.medianOverall(), locale))
                .setHeader(getTranslation("outcomes.column.medianOverall")).setKey("medianOverall");
    }

    /** Shows the cohorts, headed by what they are grouped by. */
    void show(List<CohortOutcome> cohorts, CohortDimension groupedBy) {
        setItems(cohorts);
        getColumnByKey("cohort").setHeader(getTranslation("outcomes.cohortsBy." + groupedBy.name()));
    }

    /** A cohort's name in the viewer's language: a country, a sex, a kind of support, or the cohort's own code. */
    String label(String cohort) {
        return switch (by.get()) {
            case NATIONALITY, EXPLOITATION_COUNTRY -> Countries.name(cohort, locale);
            case SEX -> getTranslation("sex." + cohort);
            case SUPPORT_RECEIVED -> "NONE".equals(cohort) ? getTranslation("outcomes.cohort.noSupport")
                    : getTranslation("supportKind." + cohort);
            default -> cohort;
        };
    }
}
