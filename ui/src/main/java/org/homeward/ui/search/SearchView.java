package org.homeward.ui.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.homeward.search.CaseQuery;
import org.homeward.search.CaseSearch;
import org.homeward.search.CaseSearchResult;
import org.homeward.search.projection.CaseDocument;
import org.homeward.security.HomewardUser;
import org.homeward.snapshot.PortfolioSnapshot;
import org.homeward.snapshot.PortfolioSnapshots;
import org.homeward.ui.snapshots.SnapshotChoice;
import org.homeward.ui.layout.MainLayout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * Case search for officers, managers and evaluators, live or in a portfolio snapshot: free text, filters whose choices show how many cases each would give (with
 * the other filters applied), and a lazily loaded, sortable list. Only the viewer's offices are ever searched. The
 * filters ({@link SearchFilters}) and the list ({@link SearchResults}) are components of their own.
 */
@Route(value = "search", layout = MainLayout.class)
@RolesAllowed({"OFFICER", "MANAGER", "EVALUATOR"})
public class SearchView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 50;

    final TextField text = new TextField();
    final Map<String, MultiSelectComboBox<String>> facets;
    final DatePicker returnedFrom;
    final DatePicker returnedTo;
    final ComboBox<String> overdue;
    final Span total = new Span();
    final Grid<CaseDocument> grid;
    final SnapshotChoice snapshot;

    private final CaseSearch search;
    private final HomewardUser viewer;
    private final SearchFilters filters;
    private CaseSearchResult latest;
    /** Set while refresh() puts the counted choices back, so that doing so does not search again. */
    private boolean refreshing;

    public SearchView(CaseSearch search, PortfolioSnapshots snapshots, AuthenticationContext authentication) {
        this.search = search;
        this.snapshot = new SnapshotChoice(snapshots, "search");
        snapshot.select().addValueChangeListener(change -> changed());
        this.viewer = authentication.getAuthenticatedUser(HomewardUser.class).orElseThrow();

        text.setId("search-text");
        text.setPlaceholder(getTranslation("search.text.placeholder"));
        text.setAriaLabel(getTranslation("search.text"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidthFull();
        text.addValueChangeListener(change -> changed());

        filters = new SearchFilters(getLocale(), () -> latest, this::changed);
        facets = filters.facets;
        returnedFrom = filters.returnedFrom;
        returnedTo = filters.returnedTo;
        overdue = filters.overdue;
        grid = new SearchResults(getLocale(), this::today,
                (sort, descending, page, size) -> reader().page(viewer, criteria(sort, descending, page, size)).stream(),
                () -> latest == null ? 0 : latest.total());
        total.setId("search-total");

        add(new H2(getTranslation("search.title")), snapshot, text, filters, new HorizontalLayout(total), grid);
        setSizeFull();
        refresh();
    }

    /** Searches again when the officer changes a choice (not while the choices are being put back). */
    private void changed() {
        if (!refreshing) {
            refresh();
        }
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
            SearchFilters.first(parameters, SnapshotChoice.PARAMETER).ifPresent(id -> {
                if (!snapshot.choose(id)) {
                    Notification.show(getTranslation("snapshot.unavailable"), 5_000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_WARNING);
                }
            });
            if (snapshot.chosen().isPresent()) {
                latest = reader().search(viewer, criteria(null, true, 0, 1)); // the snapshot's choices and counts
            }
            filters.choose(parameters);
            SearchFilters.first(parameters, "q").ifPresent(text::setValue);
        } finally {
            refreshing = false;
        }
        refresh();
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
            filters.showCounts();
        } finally {
            refreshing = false;
        }
        filters.refreshOverdue();
        grid.getDataProvider().refreshAll();
    }

    private CaseQuery criteria(String sort, boolean descending, int page, int size) {
        return filters.criteria(text.getValue(), sort, descending, page, size);
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
