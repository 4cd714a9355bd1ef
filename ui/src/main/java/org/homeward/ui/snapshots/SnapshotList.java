package org.homeward.ui.snapshots;

import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Consumer;

import org.homeward.security.HomewardUser;
import org.homeward.security.Role;
import org.homeward.snapshot.PortfolioSnapshot;
import org.homeward.ui.outcomes.OutcomesView;
import org.homeward.ui.search.SearchView;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * The snapshots as a table: what each is and how far its build has come, and what the viewer may do with it (open
 * the dashboard or the search on a ready one, delete their own, or any as an administrator).
 */
final class SnapshotList extends Grid<PortfolioSnapshot> {

    private final HomewardUser viewer;
    private final Consumer<PortfolioSnapshot> delete;

    /** {@code delete} is asked to delete a snapshot (it confirms first). */
    SnapshotList(Locale locale, HomewardUser viewer, Consumer<PortfolioSnapshot> delete) {
        this.viewer = viewer;
        this.delete = delete;
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneOffset.UTC);
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        setId("snapshots");
        addColumn(PortfolioSnapshot::name).setHeader(getTranslation("snapshot.name")).setKey("name")
                .setAutoWidth(true);
        addColumn(snapshot -> date.format(snapshot.asKnownOn())).setHeader(getTranslation("snapshot.asKnownOn"))
                .setKey("asKnownOn").setAutoWidth(true);
        addComponentColumn(this::state).setHeader(getTranslation("snapshot.state")).setKey("state")
                .setAutoWidth(true);
        addColumn(PortfolioSnapshot::builtBy).setHeader(getTranslation("snapshot.builtBy")).setKey("builtBy")
                .setAutoWidth(true);
        addColumn(snapshot -> time.format(snapshot.startedAt()) + " UTC")
                .setHeader(getTranslation("snapshot.builtAt")).setKey("builtAt").setAutoWidth(true);
        addColumn(snapshot -> count.format(snapshot.upToPosition()))
                .setHeader(getTranslation("snapshot.position")).setKey("position").setAutoWidth(true);
        addColumn(snapshot -> count.format(snapshot.cases())).setHeader(getTranslation("snapshot.cases"))
                .setKey("cases");
        addColumn(snapshot -> count.format(snapshot.eventsIncluded()))
                .setHeader(getTranslation("snapshot.events")).setKey("events");
        addComponentColumn(this::actions).setHeader(getTranslation("snapshot.actions")).setKey("actions")
                .setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("snapshot.none"));
    }

    private Component state(PortfolioSnapshot snapshot) {
        Span label = new Span(getTranslation("snapshot.state." + snapshot.state().name()));
        if (snapshot.state() != PortfolioSnapshot.State.BUILDING) {
            if (snapshot.failure() != null) {
                label.setTitle(snapshot.failure());
            }
            return label;
        }
        ProgressBar progress = new ProgressBar(0, 100, snapshot.percentDone());
        progress.setWidth("8em");
        Span percent = new Span(getTranslation("snapshot.percent", snapshot.percentDone()));
        HorizontalLayout building = new HorizontalLayout(label, progress, percent);
        building.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return building;
    }

    private Component actions(PortfolioSnapshot snapshot) {
        HorizontalLayout actions = new HorizontalLayout();
        if (snapshot.ready()) {
            QueryParameters chosen = QueryParameters.of(SnapshotChoice.PARAMETER, snapshot.id().toString());
            if (viewer.hasRole(Role.EVALUATOR) || viewer.hasRole(Role.MANAGER)) {
                RouterLink dashboard = new RouterLink(getTranslation("snapshot.openDashboard"), OutcomesView.class);
                dashboard.setQueryParameters(chosen);
                dashboard.setId("dashboard-" + snapshot.id());
                RouterLink search = new RouterLink(getTranslation("snapshot.openSearch"), SearchView.class);
                search.setQueryParameters(chosen);
                search.setId("search-" + snapshot.id());
                actions.add(dashboard, search);
            }
        }
        if (mayDelete(snapshot) && snapshot.state() != PortfolioSnapshot.State.BUILDING) {
            Button delete = new Button(getTranslation("snapshot.delete"), click -> this.delete.accept(snapshot));
            delete.setId("delete-" + snapshot.id());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(delete);
        }
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    private boolean mayDelete(PortfolioSnapshot snapshot) {
        return viewer.username().equals(snapshot.builtBy()) || viewer.hasRole(Role.ADMIN);
    }
}
