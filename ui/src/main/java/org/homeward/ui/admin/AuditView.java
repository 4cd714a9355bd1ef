package org.homeward.ui.admin;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.UUID;

import org.homeward.privacy.PersonalDataReads;
import org.homeward.security.SignInAttempts;
import org.homeward.ui.layout.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The audit trails for administrators: who opened which case's personal details and when, and the failed and refused
 * sign-ins. Cases are shown by identifier only: reviewing the trail reveals nothing personal.
 */
@Route(value = "admin/audit", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    final TextField username = new TextField();
    final TextField caseId = new TextField();
    final Button show = new Button();
    final Grid<PersonalDataReads.Read> reads = new Grid<>();
    final Grid<SignInAttempts.SecurityEvent> signIns = new Grid<>();

    private final PersonalDataReads personalDataReads;

    public AuditView(PersonalDataReads personalDataReads, SignInAttempts signInAttempts) {
        this.personalDataReads = personalDataReads;
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneOffset.UTC);

        username.setLabel(getTranslation("audit.username"));
        username.setClearButtonVisible(true);
        caseId.setLabel(getTranslation("audit.caseId"));
        caseId.setClearButtonVisible(true);
        caseId.setMaxLength(36);
        show.setText(getTranslation("audit.show"));
        show.addClickListener(click -> showReads());
        FlexLayout filters = new FlexLayout(username, caseId, show);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        reads.setId("personal-data-reads");
        reads.addColumn(read -> time.format(read.readAt())).setHeader(getTranslation("audit.readAt")).setKey("readAt").setAutoWidth(true);
        reads.addColumn(PersonalDataReads.Read::username).setHeader(getTranslation("audit.username")).setKey("username");
        reads.addColumn(read -> read.caseId().toString()).setHeader(getTranslation("audit.caseId")).setKey("caseId").setAutoWidth(true);
        reads.addColumn(read -> getTranslation("audit.what." + read.what())).setHeader(getTranslation("audit.what")).setKey("what");
        reads.addThemeVariants(GridVariant.LUMO_COMPACT);

        signIns.setId("security-events");
        signIns.addColumn(event -> time.format(event.occurredAt())).setHeader(getTranslation("audit.occurredAt")).setKey("occurredAt").setAutoWidth(true);
        signIns.addColumn(SignInAttempts.SecurityEvent::username).setHeader(getTranslation("audit.username")).setKey("username");
        signIns.addColumn(event -> getTranslation("audit.kind." + event.kind())).setHeader(getTranslation("audit.kind")).setKey("kind");
        signIns.addColumn(SignInAttempts.SecurityEvent::remoteAddress).setHeader(getTranslation("audit.remoteAddress")).setKey("remoteAddress");
        signIns.addColumn(SignInAttempts.SecurityEvent::actor).setHeader(getTranslation("audit.actor")).setKey("actor");
        signIns.addThemeVariants(GridVariant.LUMO_COMPACT);
        signIns.setItems(signInAttempts.events(Instant.now().minus(java.time.Duration.ofDays(90)), null));

        add(new H2(getTranslation("audit.title")), new H3(getTranslation("audit.reads")), filters, reads,
                new H3(getTranslation("audit.signIns")), signIns);
        setSizeFull();
        showReads();
    }

    void showReads() {
        Optional<UUID> id = Optional.empty();
        caseId.setInvalid(false);
        if (!caseId.getValue().isBlank()) {
            try {
                id = Optional.of(UUID.fromString(caseId.getValue().strip()));
            } catch (IllegalArgumentException notAnId) {
                caseId.setErrorMessage(getTranslation("audit.caseId.invalid"));
                caseId.setInvalid(true);
                return;
            }
        }
        String name = username.getValue().isBlank() ? null : username.getValue().strip();
        reads.setItems(personalDataReads.find(new PersonalDataReads.Filter(name, id.orElse(null), null, null)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
