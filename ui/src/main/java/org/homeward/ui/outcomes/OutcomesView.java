package org.homeward.ui.outcomes;

import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.outcomes.AssessmentWindow;
import org.homeward.outcomes.CohortDimension;
import org.homeward.outcomes.CohortOutcome;
import org.homeward.outcomes.Dashboard;
import org.homeward.outcomes.Headline;
import org.homeward.outcomes.OutcomeCsv;
import org.homeward.outcomes.OutcomeFigures;
import org.homeward.outcomes.OutcomeFilter;
import org.homeward.search.CaseQuery;
import org.homeward.search.CaseSearch;
import org.homeward.search.CaseSearchResult.FacetValue;
import org.homeward.security.HomewardUser;
import org.homeward.snapshot.PortfolioSnapshot;
import org.homeward.snapshot.PortfolioSnapshots;
import org.homeward.ui.snapshots.SnapshotChoice;
import org.homeward.ui.OfficersDay;
import org.homeward.ui.cases.Countries;
import org.homeward.ui.layout.MainLayout;
import org.homeward.ui.search.SearchView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * The managers' outcomes dashboard: headline figures that link to the matching cases, the score trajectory, cohorts
 * compared, follow-up compliance and support delivered over time. Every figure comes from Elasticsearch aggregations
 * within the manager's offices and the filters above; every chart shows its figures in a table and downloads as CSV.
 */
@Route(value = "outcomes", layout = MainLayout.class)
@RolesAllowed({"MANAGER", "EVALUATOR"})
public class OutcomesView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(OutcomesView.class);

    final MultiSelectComboBox<String> offices = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> nationalities = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> cohorts = new MultiSelectComboBox<>();
    final DatePicker returnedFrom = new DatePicker();
    final DatePicker returnedTo = new DatePicker();
    final Select<String> dimension = new Select<>();
    final Select<String> scheme = new Select<>();
    final Select<CohortDimension> cohortsBy = new Select<>();
    final Select<AssessmentWindow> window = new Select<>();
    final FlexLayout headline = new FlexLayout();
    final Div trajectoryChart = new Div();
    final Div cohortsChart = new Div();
    final Div complianceChart = new Div();
    final Div supportChart = new Div();
    final Grid<CohortOutcome> cohortTable = new Grid<>();
    final Map<String, Grid<List<String>>> tables = new LinkedHashMap<>();
    final SnapshotChoice snapshot;

    private final OutcomeFigures figures;
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

        configureFilters(search);
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

        headline.setId("outcome-headline");
        headline.addClassName("outcome-headline");
        headline.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        configureCohortTable();

        add(new H2(getTranslation("outcomes.title")), new Paragraph(getTranslation("outcomes.scope")), snapshot,
                filterPanel(), headline,
                section("trajectory", trajectoryChart, new HorizontalLayout(dimension, scheme), table("trajectory")),
                section("cohorts", cohortsChart, new HorizontalLayout(cohortsBy, window), cohortTable),
                section("follow-up-compliance", complianceChart, null, table("follow-up-compliance")),
                section("support-delivered", supportChart, null, table("support-delivered")));
        setWidthFull();
        refresh();
    }

    private void configureFilters(CaseSearch search) {
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
            choice.addValueChangeListener(change -> refresh());
        });
        returnedFrom.addValueChangeListener(change -> refresh());
        returnedTo.addValueChangeListener(change -> refresh());
    }

    private static List<String> values(Map<String, List<FacetValue>> facets, String facet) {
        return facets.getOrDefault(facet, List.of()).stream().map(FacetValue::value).toList();
    }

    private Details filterPanel() {
        FlexLayout filters = new FlexLayout(offices, nationalities, cohorts, returnedFrom, returnedTo);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("outcome-filters");
        Details panel = new Details(getTranslation("search.filters"), filters);
        panel.setOpened(true);
        panel.setWidthFull();
        return panel;
    }

    private Component section(String chart, Div drawing, Component controls, Component table) {
        drawing.setId("chart-" + chart);
        drawing.addClassName("outcome-chart");
        Anchor csv = new Anchor(download(chart), getTranslation("outcomes.csv"));
        csv.setId("csv-" + chart);
        Details figuresTable = new Details(getTranslation("outcomes.table"), table);
        figuresTable.setWidthFull();
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("outcomes.chart." + chart)));
        if (controls != null) {
            section.add(controls);
        }
        section.add(new Paragraph(getTranslation("outcomes.chart." + chart + ".about")), drawing, figuresTable, csv);
        section.setId("section-" + chart);
        section.addClassName("outcome-section");
        section.setPadding(false);
        return section;
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

    private Grid<List<String>> table(String chart) {
        Grid<List<String>> grid = new Grid<>();
        grid.setId("table-" + chart);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        tables.put(chart, grid);
        return grid;
    }

    private void configureCohortTable() {
        cohortTable.setId("table-cohorts");
        cohortTable.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        cohortTable.setAllRowsVisible(true);
        cohortTable.addComponentColumn(cohort -> {
            String label = cohortLabel(cohort.cohort());
            if ("NONE".equals(cohort.cohort())) {
                return new Span(label);
            }
            return casesLink(label, Map.of(cohortsBy.getValue().searchFilter(), List.of(cohort.cohort())));
        }).setHeader(getTranslation("outcomes.column.cohort")).setKey("cohort").setAutoWidth(true);
        cohortTable.addColumn(CohortOutcome::assessments).setHeader(getTranslation("outcomes.column.assessments")).setKey("assessments");
        cohortTable.addColumn(cohort -> OutcomeCharts.percent(cohort.sustainable().value(), locale))
                .setHeader(getTranslation("outcomes.column.sustainableShare")).setKey("sustainableShare");
        cohortTable.addColumn(cohort -> decimal(cohort.medianOverall())).setHeader(getTranslation("outcomes.column.medianOverall"))
                .setKey("medianOverall");
    }

    OutcomeFilter filter() {
        return new OutcomeFilter(List.copyOf(offices.getValue()), returnedFrom.getValue(), returnedTo.getValue(),
                List.copyOf(nationalities.getValue()), List.copyOf(cohorts.getValue()));
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
        showHeadline(latest.headline(), today);
        draw(trajectoryChart, latest.trajectory().isEmpty(), () -> OutcomeCharts.trajectory(latest.trajectory(),
                getTranslation("outcomes.median"), getTranslation("outcomes.axis.monthsSinceReturn"),
                getTranslation("outcomes.dimension." + latest.dimension())));
        draw(cohortsChart, latest.cohorts().isEmpty(), () -> OutcomeCharts.cohorts(latest.cohorts(), this::cohortLabel,
                getTranslation("outcomes.column.sustainableShare"), getTranslation("outcomes.axis.sustainablePercent")));
        Map<String, String> compliance = new LinkedHashMap<>();
        for (String series : List.of("onTime", "late", "notReached", "overdue")) {
            compliance.put(series, getTranslation("outcomes.column." + series));
        }
        draw(complianceChart, latest.followUpCompliance().isEmpty(), () -> OutcomeCharts.compliance(
                latest.followUpCompliance(), compliance, getTranslation("outcomes.axis.followUps")));
        draw(supportChart, latest.supportDelivered().isEmpty(), () -> OutcomeCharts.support(latest.supportDelivered(),
                kind -> getTranslation("supportKind." + kind), getTranslation("outcomes.axis.entries")));
        tables.forEach((chart, grid) -> fill(grid, OutcomeCsv.of(chart, latest)));
        cohortTable.setItems(latest.cohorts());
        cohortTable.getColumnByKey("cohort").setHeader(getTranslation("outcomes.cohortsBy." + latest.cohortsBy().name()));
    }

    private void draw(Div target, boolean empty, Supplier<String> svg) {
        target.removeAll();
        if (empty) {
            target.add(new Paragraph(getTranslation("outcomes.noData")));
            return;
        }
        try {
            target.add(new Svg(svg.get()));
        } catch (RuntimeException | LinkageError broken) {
            // a JVM without fonts cannot draw; the table below still has every figure
            log.warn("Could not draw the chart {}: {}", target.getId().orElse("?"), broken.toString());
            target.add(new Paragraph(getTranslation("outcomes.chartUnavailable")));
        }
    }

    /** Shows a chart's CSV as a table: the same figures, with headers in the viewer's language. */
    private void fill(Grid<List<String>> grid, String csv) {
        List<List<String>> rows = csv.lines().map(line -> Arrays.asList(line.split(",", -1))).toList();
        List<String> header = rows.getFirst();
        grid.removeAllColumns();
        for (int i = 0; i < header.size(); i++) {
            int column = i;
            String key = header.get(i);
            String label = key.equals(key.toUpperCase(Locale.ROOT)) ? getTranslation("supportKind." + key)
                    : getTranslation("outcomes.column." + key);
            grid.addColumn(row -> column < row.size() ? localised(row.get(column)) : "").setHeader(label).setKey(key)
                    .setAutoWidth(true);
        }
        grid.setItems(new ArrayList<>(rows.subList(1, rows.size())));
    }

    /** A CSV cell as the viewer's locale writes numbers (the CSV itself keeps a dot and four decimals). */
    private String localised(String cell) {
        if (cell.matches("-?\\d+\\.\\d+")) {
            return decimal(Double.parseDouble(cell));
        }
        if (cell.matches("-?\\d{1,15}")) {
            return NumberFormat.getIntegerInstance(locale).format(Long.parseLong(cell));
        }
        return cell;
    }

    private void showHeadline(Headline figures, LocalDate today) {
        headline.removeAll();
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        headline.add(
                figure("activeCases", count.format(figures.activeCases()), null,
                        Map.of("status", List.of("OPEN"))),
                figure("returnedThisQuarter", count.format(figures.returnedThisQuarter()), null,
                        Map.of("returnedFrom", List.of(quarterStart.toString()), "returnedTo", List.of(today.toString()))),
                figure("casesWithOverdueFollowUp", count.format(figures.casesWithOverdueFollowUp()), null,
                        Map.of("status", List.of("OPEN"), "overdue", List.of("true"))),
                share("sustainableAt6Months", figures.sustainableAt6Months()),
                share("sustainableAt12Months", figures.sustainableAt12Months()),
                figure("grantsDisbursed", grants(figures), null, Map.of("supportKind", List.of("BUSINESS_GRANT"))),
                share("businessOperatingAt6Months", figures.businessOperatingAt6Months()),
                share("businessOperatingAt12Months", figures.businessOperatingAt12Months()));
    }

    private String grants(Headline figures) {
        if (figures.grantsDisbursed().isEmpty()) {
            return "0";
        }
        List<String> amounts = new ArrayList<>();
        figures.grantsDisbursed().forEach((currency, amount) -> {
            NumberFormat money = NumberFormat.getNumberInstance(locale);
            money.setMaximumFractionDigits(0);
            amounts.add(currency + " " + money.format(amount));
        });
        return String.join(" · ", amounts);
    }

    private Component share(String name, Headline.Share share) {
        return figure(name, OutcomeCharts.percent(share.value(), locale),
                getTranslation("outcomes.figure.of", share.of()), null);
    }

    /** One headline figure; with {@code link}, a link to the search listing the cases it counts. */
    private Component figure(String name, String value, String detail, Map<String, List<String>> link) {
        Span number = new Span(value);
        number.addClassName("outcome-figure-value");
        Span label = new Span(getTranslation("outcomes.figure." + name));
        label.addClassName("outcome-figure-label");
        Div card = new Div(number, label);
        if (detail != null) {
            Span of = new Span(detail);
            of.addClassName("outcome-figure-detail");
            card.add(of);
        }
        card.addClassName("outcome-figure");
        card.setId("figure-" + name);
        if (link == null) {
            return card;
        }
        RouterLink cases = casesLink(null, link);
        cases.add(card);
        cases.setId("link-" + name);
        return cases;
    }

    /** A link to the case search with the dashboard's filters and {@code more}. */
    private RouterLink casesLink(String text, Map<String, List<String>> more) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        OutcomeFilter filter = filter();
        if (!filter.offices().isEmpty()) {
            parameters.put("office", filter.offices());
        }
        if (!filter.nationalities().isEmpty()) {
            parameters.put("nationality", filter.nationalities());
        }
        if (!filter.cohorts().isEmpty()) {
            parameters.put(CaseSearch.RETURN_QUARTER, filter.cohorts());
        }
        if (filter.returnedFrom() != null) {
            parameters.put("returnedFrom", List.of(filter.returnedFrom().toString()));
        }
        if (filter.returnedTo() != null) {
            parameters.put("returnedTo", List.of(filter.returnedTo().toString()));
        }
        parameters.putAll(more);
        snapshot.chosen().ifPresent(chosen -> parameters.put(SnapshotChoice.PARAMETER, List.of(chosen.id().toString())));
        RouterLink link = text == null ? new RouterLink() : new RouterLink(text, SearchView.class);
        link.setRoute(SearchView.class);
        link.setQueryParameters(new QueryParameters(parameters));
        return link;
    }

    private String cohortLabel(String cohort) {
        return switch (cohortsBy.getValue()) {
            case NATIONALITY, EXPLOITATION_COUNTRY -> Countries.name(cohort, locale);
            case SEX -> getTranslation("sex." + cohort);
            case SUPPORT_RECEIVED -> "NONE".equals(cohort) ? getTranslation("outcomes.cohort.noSupport")
                    : getTranslation("supportKind." + cohort);
            default -> cohort;
        };
    }

    private String decimal(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
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
