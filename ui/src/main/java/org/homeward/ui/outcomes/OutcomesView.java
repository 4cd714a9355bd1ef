package org.homeward.ui.outcomes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.outcomes.AssessmentWindow;
import org.homeward.outcomes.CohortDimension;
import org.homeward.outcomes.Dashboard;
import org.homeward.outcomes.OutcomeCsv;
import org.homeward.outcomes.OutcomeFigures;
import org.homeward.outcomes.OutcomeFilter;
import org.homeward.search.CaseSearch;
import org.homeward.security.HomewardUser;
import org.homeward.snapshot.PortfolioSnapshot;
import org.homeward.snapshot.PortfolioSnapshots;
import org.homeward.ui.snapshots.SnapshotChoice;
import org.homeward.ui.OfficersDay;
import org.homeward.ui.layout.MainLayout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * The managers' outcomes dashboard: headline figures that link to the matching cases, the score trajectory, cohorts
 * compared, follow-up compliance and support delivered over time. Every figure comes from Elasticsearch aggregations
 * within the manager's offices and the filters above; every chart shows its figures in a table and downloads as CSV.
 * The filters bar, the headline figures and each chart's section are components of their own; this view chooses
 * what they show.
 */
@Route(value = "outcomes", layout = MainLayout.class)
@RolesAllowed({"MANAGER", "EVALUATOR"})
public class OutcomesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final MultiSelectComboBox<String> offices;
    final MultiSelectComboBox<String> nationalities;
    final MultiSelectComboBox<String> cohorts;
    final DatePicker returnedFrom;
    final DatePicker returnedTo;
    final Select<String> dimension = new Select<>();
    final Select<String> scheme = new Select<>();
    final Select<CohortDimension> cohortsBy = new Select<>();
    final Select<AssessmentWindow> window = new Select<>();
    final HeadlineFigures headline;
    final Div trajectoryChart = new Div();
    final Div cohortsChart = new Div();
    final Div complianceChart = new Div();
    final Div supportChart = new Div();
    final CohortTable cohortTable;
    final Map<String, FiguresTable> tables = new LinkedHashMap<>();
    final SnapshotChoice snapshot;

    private final OutcomeFigures figures;
    private final OutcomeFilters filters;
    private final HomewardUser viewer;
    private final Locale locale;
    private final String newestScheme;
    /** What the charts show now; read by the CSV downloads, which run outside the session lock. */
    private volatile Dashboard latest;

    public OutcomesView(OutcomeFigures figures, CaseSearch search, ScoringSchemes schemes, PortfolioSnapshots snapshots,
                        AuthenticationContext authentication) {
        this.figures = figures;
        this.snapshot = new SnapshotChoice(snapshots, "outcomes");
        snapshot.select().addValueChangeListener(change -> refresh());
        this.viewer = authentication.getAuthenticatedUser(HomewardUser.class).orElseThrow();
        this.locale = getLocale();
        addClassName("outcomes");

        filters = new OutcomeFilters(search, viewer, locale, this::refresh);
        offices = filters.offices;
        nationalities = filters.nationalities;
        cohorts = filters.cohorts;
        returnedFrom = filters.returnedFrom;
        returnedTo = filters.returnedTo;
        dimension.setId("trajectory-dimension");
        dimension.setLabel(getTranslation("outcomes.dimension"));
        dimension.setItems(OutcomeFigures.DIMENSIONS);
        dimension.setItemLabelGenerator(value -> getTranslation("outcomes.dimension." + value));
        dimension.setValue("overall");
        // with more than one published scheme, the trajectory can be drawn with an older one to compare
        scheme.setId("trajectory-scheme");
        scheme.setLabel(getTranslation("outcomes.scheme"));
        scheme.setItems(schemes.ids().reversed());
        scheme.setValue(schemes.newest().id());
        scheme.setVisible(schemes.ids().size() > 1);
        newestScheme = schemes.newest().id();
        cohortsBy.setId("cohorts-by");
        cohortsBy.setLabel(getTranslation("outcomes.cohortsBy"));
        cohortsBy.setItems(CohortDimension.values());
        cohortsBy.setItemLabelGenerator(value -> getTranslation("outcomes.cohortsBy." + value.name()));
        cohortsBy.setValue(CohortDimension.RETURN_QUARTER);
        window.setId("cohort-window");
        window.setLabel(getTranslation("outcomes.window"));
        window.setItems(AssessmentWindow.values());
        window.setItemLabelGenerator(value -> getTranslation("outcomes.window." + value.name()));
        window.setValue(AssessmentWindow.MONTHS_12);
        List.of(dimension, scheme).forEach(select -> select.addValueChangeListener(change -> refresh()));
        List.of(cohortsBy, window).forEach(select -> select.addValueChangeListener(change -> refresh()));

        CasesLink cases = CasesLink.with(this::filter, snapshot::chosen);
        headline = new HeadlineFigures(locale, cases);
        cohortTable = new CohortTable(locale, cohortsBy::getValue, cases);

        add(new H2(getTranslation("outcomes.title")), new Paragraph(getTranslation("outcomes.scope")), snapshot,
                filters, headline,
                section("trajectory", trajectoryChart, new HorizontalLayout(dimension, scheme), table("trajectory")),
                section("cohorts", cohortsChart, new HorizontalLayout(cohortsBy, window), cohortTable),
                section("follow-up-compliance", complianceChart, null, table("follow-up-compliance")),
                section("support-delivered", supportChart, null, table("support-delivered")));
        setWidthFull();
        refresh();
    }

    private ChartSection section(String chart, Div drawing, Component controls, Component table) {
        return new ChartSection(chart, drawing, controls, table, download(chart));
    }

    private DownloadHandler download(String chart) {
        return event -> {
            event.setFileName("homeward-" + chart + "-" + latest.asOf() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            event.getOutputStream().write(csv(chart).getBytes(StandardCharsets.UTF_8));
        };
    }

    /** The CSV a chart's download gives: the figures it is drawn from. */
    String csv(String chart) {
        return OutcomeCsv.of(chart, latest);
    }

    private FiguresTable table(String chart) {
        FiguresTable table = new FiguresTable(chart, locale);
        tables.put(chart, table);
        return table;
    }

    OutcomeFilter filter() {
        return filters.filter();
    }

    /** Computes every figure for the filters and redraws the page. */
    void refresh() {
        if (dimension.getValue() == null || scheme.getValue() == null || cohortsBy.getValue() == null
                || window.getValue() == null) {
            return; // still being built
        }
        // a snapshot is read as of its own date: overdue, this quarter and the months shown are judged on that day
        LocalDate today = snapshot.chosen().map(PortfolioSnapshot::asKnownOn).orElseGet(OfficersDay::today);
        OutcomeFigures from = snapshot.chosen().map(chosen -> figures.reading(chosen.indices())).orElse(figures);
        latest = from.dashboard(viewer, filter(), today, dimension.getValue(),
                scheme.getValue().equals(newestScheme) ? null : scheme.getValue(), cohortsBy.getValue(), window.getValue());
        headline.show(latest.headline(), today);
        ChartSection.draw(trajectoryChart, latest.trajectory().isEmpty(), () -> OutcomeCharts.trajectory(latest.trajectory(),
                getTranslation("outcomes.median"), getTranslation("outcomes.axis.monthsSinceReturn"),
                getTranslation("outcomes.dimension." + latest.dimension())));
        ChartSection.draw(cohortsChart, latest.cohorts().isEmpty(), () -> OutcomeCharts.cohorts(latest.cohorts(),
                cohortTable::label, getTranslation("outcomes.column.sustainableShare"),
                getTranslation("outcomes.axis.sustainablePercent")));
        Map<String, String> compliance = new LinkedHashMap<>();
        for (String series : List.of("onTime", "late", "notReached", "overdue")) {
            compliance.put(series, getTranslation("outcomes.column." + series));
        }
        ChartSection.draw(complianceChart, latest.followUpCompliance().isEmpty(), () -> OutcomeCharts.compliance(
                latest.followUpCompliance(), compliance, getTranslation("outcomes.axis.followUps")));
        ChartSection.draw(supportChart, latest.supportDelivered().isEmpty(), () -> OutcomeCharts.support(
                latest.supportDelivered(), kind -> getTranslation("supportKind." + kind),
                getTranslation("outcomes.axis.entries")));
        tables.forEach((chart, table) -> table.fill(OutcomeCsv.of(chart, latest)));
        cohortTable.show(latest.cohorts(), latest.cohortsBy());
    }

    Dashboard latest() {
        return latest;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outcomes.title");
    }

    /** {@code ?snapshot=<id>} opens the dashboard on that snapshot; one that is unknown or not ready is said so. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(SnapshotChoice.PARAMETER).ifPresent(id -> {
            if (!snapshot.choose(id)) {
                Notification.show(getTranslation("snapshot.unavailable"), 5_000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        });
    }
}
