package org.homeward.ui.snapshots;

import java.time.ZoneOffset;
import java.util.List;

import org.homeward.security.HomewardUser;
import org.homeward.security.Role;
import org.homeward.snapshot.PortfolioSnapshot;
import org.homeward.snapshot.PortfolioSnapshots;
import org.homeward.snapshot.SnapshotRefused;
import org.homeward.snapshot.SnapshotStillBuilding;
import org.homeward.ui.layout.MainLayout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * Portfolio snapshots for evaluators (and managers): build one "as known on" a past day, follow its progress, open
 * the outcomes dashboard or the case search on it, and delete it. Administrators see and delete them only. The list
 * itself is {@link SnapshotList}.
 */
@Route(value = "snapshots", layout = MainLayout.class)
@RolesAllowed({"EVALUATOR", "MANAGER", "ADMIN"})
public class SnapshotsView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 1_000;

    final TextField name = new TextField();
    final DatePicker asKnownOn = new DatePicker();
    final Button build = new Button();
    final Grid<PortfolioSnapshot> snapshots;

    private final PortfolioSnapshots service;
    private final HomewardUser viewer;
    private Registration polling;

    public SnapshotsView(PortfolioSnapshots service, AuthenticationContext authentication) {
        this.service = service;
        this.viewer = authentication.getAuthenticatedUser(HomewardUser.class).orElseThrow();
        addClassName("snapshots");

        add(new H2(getTranslation("snapshot.title")), new Paragraph(getTranslation("snapshot.about")));
        if (viewer.hasRole(Role.EVALUATOR) || viewer.hasRole(Role.MANAGER)) {
            add(buildForm());
        }
        snapshots = new SnapshotList(getLocale(), viewer, this::confirmDelete);
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
