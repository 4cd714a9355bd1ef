package org.homeward.ui.snapshots;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.homeward.security.HomewardUser;
import org.homeward.security.Role;
import org.homeward.snapshot.PortfolioSnapshot;
import org.homeward.snapshot.PortfolioSnapshots;
import org.homeward.snapshot.SnapshotRefused;
import org.homeward.snapshot.SnapshotStillBuilding;
import org.homeward.ui.OfficersDay;
import org.homeward.ui.layout.MainLayout;
import org.homeward.ui.outcomes.OutcomesView;
import org.homeward.ui.search.SearchView;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * Portfolio snapshots for evaluators (and managers): build one "as known on" a past day, follow its progress, open
 * the outcomes dashboard or the case search on it, and delete it. Administrators see and delete them only.
 */
@Route(value = "snapshots", layout = MainLayout.class)
@RolesAllowed({"EVALUATOR", "MANAGER", "ADMIN"})
public class SnapshotsView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 1_000;

    final TextField name = new TextField();
    final DatePicker asKnownOn = new DatePicker();
    final Button build = new Button();
    final Grid<PortfolioSnapshot> snapshots = new Grid<>();

    private final PortfolioSnapshots service;
    private final HomewardUser viewer;
    private final Locale locale;
    private Registration polling;

    public SnapshotsView(PortfolioSnapshots service, AuthenticationContext authentication) {
        this.service = service;
        this.viewer = authentication.getAuthenticatedUser(HomewardUser.class).orElseThrow();
        this.locale = getLocale();
        addClassName("snapshots");

        add(new H2(getTranslation("snapshot.title")), new Paragraph(getTranslation("snapshot.about")));
        if (viewer.hasRole(Role.EVALUATOR) || viewer.hasRole(Role.MANAGER)) {
            add(buildForm());
        }
        configureGrid();
        add(snapshots);
        setWidthFull();
        refresh();
    }

    private Component buildForm() {
        name.setId("snapshot-name");
        name.setLabel(getTranslation("snapshot.name"));
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        name.setWidth("20em");
        asKnownOn.setId("snapshot-date");
        asKnownOn.setLabel(getTranslation("snapshot.asKnownOn"));
        asKnownOn.setRequiredIndicatorVisible(true);
        asKnownOn.setMax(java.time.LocalDate.now(ZoneOffset.UTC));
        asKnownOn.setHelperText(getTranslation("snapshot.asKnownOn.help"));
        build.setId("snapshot-build");
        build.setText(getTranslation("snapshot.build"));
        build.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        build.addClickListener(click -> startBuild());
        HorizontalLayout form = new HorizontalLayout(name, asKnownOn, build);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setId("snapshot-form");
        return form;
    }

    private void configureGrid() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneOffset.UTC);
        NumberFormat count = NumberFormat.getIntegerInstance(locale);
        snapshots.setId("snapshots");
        snapshots.addColumn(PortfolioSnapshot::name).setHeader(getTranslation("snapshot.name")).setKey("name")
                .setAutoWidth(true);
        snapshots.addColumn(snapshot -> date.format(snapshot.asKnownOn())).setHeader(getTranslation("snapshot.asKnownOn"))
                .setKey("asKnownOn").setAutoWidth(true);
        snapshots.addComponentColumn(this::state).setHeader(getTranslation("snapshot.state")).setKey("state")
                .setAutoWidth(true);
        snapshots.addColumn(PortfolioSnapshot::builtBy).setHeader(getTranslation("snapshot.builtBy")).setKey("builtBy")
                .setAutoWidth(true);
        snapshots.addColumn(snapshot -> time.format(snapshot.startedAt()) + " UTC")
                .setHeader(getTranslation("snapshot.builtAt")).setKey("builtAt").setAutoWidth(true);
        snapshots.addColumn(snapshot -> count.format(snapshot.upToPosition()))
                .setHeader(getTranslation("snapshot.position")).setKey("position").setAutoWidth(true);
        snapshots.addColumn(snapshot -> count.format(snapshot.cases())).setHeader(getTranslation("snapshot.cases"))
                .setKey("cases");
        snapshots.addColumn(snapshot -> count.format(snapshot.eventsIncluded()))
                .setHeader(getTranslation("snapshot.events")).setKey("events");
        snapshots.addComponentColumn(this::actions).setHeader(getTranslation("snapshot.actions")).setKey("actions")
                .setAutoWidth(true);
        snapshots.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        snapshots.setAllRowsVisible(true);
        snapshots.setEmptyStateText(getTranslation("snapshot.none"));
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
            Button delete = new Button(getTranslation("snapshot.delete"), click -> confirmDelete(snapshot));
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

    void startBuild() {
        name.setInvalid(false);
        asKnownOn.setInvalid(false);
        try {
            PortfolioSnapshot started = service.build(name.getValue(), asKnownOn.getValue(), viewer);
            notify(getTranslation("snapshot.started", started.name(), started.eventsTotal()), true);
            name.clear();
            name.setInvalid(false); // clearing a required field would flag it
            getUI().ifPresent(ui -> ui.setPollInterval(POLL_MILLIS));
        } catch (SnapshotRefused refused) {
            fieldError("asKnownOn".equals(refused.field()) ? asKnownOn : name,
                    getTranslation("snapshot.error." + refused.reason().name()));
        }
        refresh();
    }

    private static void fieldError(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    void confirmDelete(PortfolioSnapshot snapshot) {
        Dialog confirm = new Dialog();
        confirm.setId("confirm-delete");
        confirm.setHeaderTitle(getTranslation("snapshot.delete.title", snapshot.name()));
        confirm.add(new Paragraph(getTranslation("snapshot.delete.about")));
        Button delete = new Button(getTranslation("snapshot.delete"), click -> {
            confirm.close();
            delete(snapshot);
        });
        delete.setId("confirm-delete-yes");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(getTranslation("snapshot.keep"), click -> confirm.close());
        confirm.getFooter().add(keep, delete);
        confirm.open();
    }

    void delete(PortfolioSnapshot snapshot) {
        try {
            service.delete(snapshot, viewer);
            notify(getTranslation("snapshot.deleted", snapshot.name()), true);
        } catch (SnapshotStillBuilding building) {
            notify(getTranslation("snapshot.stillBuilding"), false);
        }
        refresh();
    }

    /** Reads the snapshots again; stops polling once none is building. */
    void refresh() {
        List<PortfolioSnapshot> all = service.list();
        snapshots.setItems(all);
        if (all.stream().noneMatch(snapshot -> snapshot.state() == PortfolioSnapshot.State.BUILDING)) {
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        polling = attachEvent.getUI().addPollListener(poll -> refresh());
        boolean building = service.list().stream().anyMatch(snapshot -> snapshot.state() == PortfolioSnapshot.State.BUILDING);
        attachEvent.getUI().setPollInterval(building ? POLL_MILLIS : -1);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    private static void notify(String message, boolean success) {
        Notification notification = Notification.show(message, 5_000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("snapshot.title");
    }
}
