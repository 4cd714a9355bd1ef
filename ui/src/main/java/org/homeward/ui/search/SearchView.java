package org.homeward.ui.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.homeward.search.CaseQuery;
import org.homeward.search.CaseSearch;
import org.homeward.search.CaseSearchResult;
import org.homeward.search.CaseSearchResult.FacetValue;
import org.homeward.search.projection.CaseDocument;
import org.homeward.security.HomewardUser;
import org.homeward.snapshot.PortfolioSnapshot;
import org.homeward.snapshot.PortfolioSnapshots;
import org.homeward.ui.cases.Countries;
import org.homeward.ui.snapshots.SnapshotChoice;
import org.homeward.ui.layout.MainLayout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

/**
 * Case search for officers, managers and evaluators, live or in a portfolio snapshot: free text, filters whose choices show how many cases each would give (with
 * the other filters applied), and a lazily loaded, sortable list. Only the viewer's offices are ever searched.
 */
@Route(value = "search", layout = MainLayout.class)
@RolesAllowed({"OFFICER", "MANAGER", "EVALUATOR"})
public class SearchView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 50;

    final TextField text = new TextField();
    final Map<String, MultiSelectComboBox<String>> facets = new LinkedHashMap<>();
    final DatePicker returnedFrom = new DatePicker();
    final DatePicker returnedTo = new DatePicker();
    final ComboBox<String> overdue = new ComboBox<>();
    final Span total = new Span();
    final Grid<CaseDocument> grid = new Grid<>();
    final SnapshotChoice snapshot;

    private final CaseSearch search;
    private final HomewardUser viewer;
    private final Locale locale;
    private CaseSearchResult latest;
    /** Set while refresh() puts the counted choices back, so that doing so does not search again. */
    private boolean refreshing;

    public SearchView(CaseSearch search, PortfolioSnapshots snapshots, AuthenticationContext authentication) {
        this.search = search;
        this.snapshot = new SnapshotChoice(snapshots, "search");
        snapshot.select().addValueChangeListener(change -> {
            if (!refreshing) {
                refresh();
            }
        });
        this.viewer = authentication.getAuthenticatedUser(HomewardUser.class).orElseThrow();
        this.locale = getLocale();

        text.setId("search-text");
        text.setPlaceholder(getTranslation("search.text.placeholder"));
        text.setAriaLabel(getTranslation("search.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidthFull();
        text.addValueChangeListener(change -> {
            if (!refreshing) {
                refresh();
            }
        });

        for (String facet : CaseSearch.FACETS.keySet()) {
            MultiSelectComboBox<String> choice = new MultiSelectComboBox<>(getTranslation("search.facet." + facet));
            choice.setId("facet-" + facet);
            choice.setItemLabelGenerator(value -> label(facet, value) + " (" + count(facet, value) + ")");
            choice.addValueChangeListener(change -> {
                if (!refreshing) {
                    refresh();
                }
            });
            choice.setClearButtonVisible(true);
            facets.put(facet, choice);
        }
        returnedFrom.setLabel(getTranslation("search.returnedFrom"));
        returnedTo.setLabel(getTranslation("search.returnedTo"));
        returnedFrom.setId("returned-from");
        returnedTo.setId("returned-to");
        returnedFrom.addValueChangeListener(change -> {
            returnedTo.setMin(change.getValue());
            if (!refreshing) {
                refresh();
            }
        });
        returnedTo.addValueChangeListener(change -> {
            returnedFrom.setMax(change.getValue());
            if (!refreshing) {
                refresh();
            }
        });
        overdue.setId("facet-overdue");
        overdue.setLabel(getTranslation("search.facet.overdue"));
        overdue.setItems("true", "false");
        overdue.setPlaceholder(getTranslation("search.overdue.any"));
        overdue.setClearButtonVisible(true);
        overdue.setItemLabelGenerator(value -> getTranslation("search.overdue." + value) + " ("
                + count(CaseSearch.OVERDUE, value) + ")");
        overdue.addValueChangeListener(change -> {
            if (!refreshing) {
                refresh();
            }
        });

        configureGrid();
        total.setId("search-total");

        FlexLayout filters = new FlexLayout();
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassNames(LumoUtility.Gap.MEDIUM);
        facets.values().forEach(filters::add);
        filters.add(returnedFrom, returnedTo, overdue);
        Details filterPanel = new Details(getTranslation("search.filters"), filters);
        filterPanel.setOpened(true);
        filterPanel.setWidthFull();

        add(new H2(getTranslation("search.title")), snapshot, text, filterPanel, new HorizontalLayout(total), grid);
        setSizeFull();
        refresh();
    }

    private void configureGrid() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        Function<LocalDate, String> formatDate = value -> value == null ? "" : date.format(value);
        grid.setId("search-results");
        grid.addColumn(CaseDocument::reference).setHeader(getTranslation("case.reference")).setKey("reference")
                .setSortable(true).setAutoWidth(true).setFrozen(true);
        grid.addColumn(found -> getTranslation("case.status." + found.status())).setHeader(getTranslation("case.status"))
                .setKey("status").setSortable(true);
        grid.addColumn(CaseDocument::office).setHeader(getTranslation("case.office")).setKey("office").setSortable(true);
        grid.addColumn(found -> Countries.name(found.nationality(), locale)).setHeader(getTranslation("case.nationality"))
                .setKey("nationality");
        grid.addColumn(found -> formatDate.apply(found.returnedOn())).setHeader(getTranslation("case.returnedOn"))
                .setKey("returnedOn").setSortable(true);
        grid.addColumn(found -> found.returnedOn() == null ? "" : String.valueOf(ChronoUnit.DAYS.between(found.returnedOn(),
                        today()))).setHeader(getTranslation("case.daysSinceReturn")).setKey("daysSinceReturn");
        grid.addColumn(found -> formatDate.apply(found.nextFollowUpDueOn())).setHeader(getTranslation("case.nextFollowUpDue"))
                .setKey("nextFollowUpDueOn").setSortable(true);
        grid.addColumn(found -> formatDate.apply(found.lastContactOn())).setHeader(getTranslation("case.lastContact"))
                .setKey("lastContactOn").setSortable(true);
        grid.addColumn(found -> found.flags() == null ? "" : String.join(", ", found.flags().stream().map(flag -> getTranslation("flag." + flag)).toList()))
                .setHeader(getTranslation("case.flags")).setKey("flags");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setPageSize(PAGE);
        grid.setMultiSort(false);
        grid.setEmptyStateText(getTranslation("search.empty"));
        grid.setSizeFull();
        grid.setItems(query -> {
            String sort = null;
            boolean descending = true;
            for (var order : query.getSortOrders()) {
                sort = order.getSorted();
                descending = order.getDirection() == SortDirection.DESCENDING;
                break;
            }
            CaseQuery page = criteria(sort, descending, query.getPage(), query.getPageSize());
            return reader().page(viewer, page).stream();
        }, query -> latest == null ? 0 : (int) Math.min(latest.total(), CaseQuery.MOST_RESULTS));
    }

    /**
     * Takes filters from the address ({@code ?status=OPEN&nationality=KE&returnedFrom=2026-01-01…}, the names of
     * {@code GET /api/search}), so that other views, such as the outcomes dashboard, can link to a list of cases.
     * Values that cannot be read are left out.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.isEmpty()) {
            return;
        }
        refreshing = true;
        try {
            first(parameters, SnapshotChoice.PARAMETER).ifPresent(id -> {
                if (!snapshot.choose(id)) {
                    Notification.show(getTranslation("snapshot.unavailable"), 5_000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_WARNING);
                }
            });
            if (snapshot.chosen().isPresent()) {
                latest = reader().search(viewer, criteria(null, true, 0, 1)); // the snapshot's choices and counts
            }
            facets.forEach((facet, choice) -> {
                List<String> wanted = parameters.getOrDefault(facet, List.of()).stream()
                        .filter(value -> value.matches("[A-Za-z0-9_-]{1,40}")).toList();
                if (!wanted.isEmpty()) {
                    List<String> values = new ArrayList<>(latest == null ? List.of() : latest.facets()
                            .getOrDefault(facet, List.of()).stream().map(FacetValue::value).toList());
                    wanted.stream().filter(value -> !values.contains(value)).forEach(values::add);
                    choice.setItems(values);
                    choice.setValue(Set.copyOf(wanted));
                }
            });
            first(parameters, "q").ifPresent(text::setValue);
            first(parameters, "returnedFrom").flatMap(SearchView::date).ifPresent(returnedFrom::setValue);
            first(parameters, "returnedTo").flatMap(SearchView::date).ifPresent(returnedTo::setValue);
            first(parameters, "overdue").filter(value -> value.equals("true") || value.equals("false"))
                    .ifPresent(overdue::setValue);
        } finally {
            refreshing = false;
        }
        refresh();
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).findFirst();
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    /** The live cases, or the chosen snapshot's as known on its date. */
    private CaseSearch reader() {
        return snapshot.chosen().map(chosen -> search.reading(chosen.indices(), chosen.clock())).orElse(search);
    }

    /** Today, or the chosen snapshot's date. */
    private LocalDate today() {
        return snapshot.chosen().map(PortfolioSnapshot::asKnownOn).orElseGet(org.homeward.ui.OfficersDay::today);
    }

    /** Runs the search for the current filters: totals and facet counts, then the list reloads page by page. */
    void refresh() {
        latest = reader().search(viewer, criteria(null, true, 0, 1));
        total.setText(getTranslation("search.total", latest.total()));
        refreshing = true;
        try {
            facets.forEach((facet, choice) -> {
                Set<String> chosen = Set.copyOf(choice.getValue());
                List<String> values = new ArrayList<>(latest.facets().getOrDefault(facet, List.of()).stream()
                        .map(FacetValue::value).toList());
                chosen.stream().filter(value -> !values.contains(value)).forEach(values::add);
                choice.setItems(values);
                choice.setValue(chosen);
            });
        } finally {
            refreshing = false;
        }
        overdue.getDataProvider().refreshAll();
        grid.getDataProvider().refreshAll();
    }

    private CaseQuery criteria(String sort, boolean descending, int page, int size) {
        Map<String, List<String>> chosen = new LinkedHashMap<>();
        facets.forEach((facet, choice) -> chosen.put(facet, List.copyOf(choice.getValue())));
        Boolean late = overdue.getValue() == null ? null : Boolean.valueOf(overdue.getValue());
        return new CaseQuery(text.getValue(), chosen.get("status"), chosen.get("office"), chosen.get("nationality"),
                chosen.get("exploitationCountry"), chosen.get("sex"), chosen.get("supportKind"), chosen.get("flag"),
                chosen.get(CaseSearch.RETURN_QUARTER), returnedFrom.getValue(), returnedTo.getValue(), late, null, sort, descending, page, size);
    }

    private long count(String facet, String value) {
        if (latest == null) {
            return 0;
        }
        return latest.facets().getOrDefault(facet, List.of()).stream().filter(v -> v.value().equals(value))
                .mapToLong(FacetValue::count).findFirst().orElse(0);
    }

    private String label(String facet, String value) {
        return switch (facet) {
            case "nationality", "exploitationCountry" -> Countries.name(value, locale);
            case "office", CaseSearch.RETURN_QUARTER -> value;
            default -> getTranslation(facet + "." + value);
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }

    List<GridSortOrder<CaseDocument>> sortOrder() {
        return grid.getSortOrder();
    }

    /** The filter choices, by facet name (for tests of the views that link here). */
    public Map<String, MultiSelectComboBox<String>> facets() {
        return facets;
    }

    Component totalLabel() {
        return total;
    }
}
