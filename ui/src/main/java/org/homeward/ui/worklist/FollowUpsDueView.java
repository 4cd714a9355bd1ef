package org.homeward.ui.worklist;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;

import org.homeward.casefile.CaseRecording;
import org.homeward.casefile.CaseRuleViolation;
import org.homeward.casefile.UnknownCase;
import org.homeward.casefile.followup.CompleteFollowUp;
import org.homeward.casefile.followup.ContactMode;
import org.homeward.casefile.followup.RecordMissedFollowUp;
import org.homeward.search.CaseSearch;
import org.homeward.search.DueFollowUp;
import org.homeward.search.FollowUpWorklist;
import org.homeward.security.HomewardUser;
import org.homeward.ui.casepage.CasePageView;
import org.homeward.ui.layout.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.RolesAllowed;

/**
 * Follow-ups due this week and overdue, most overdue first, with one click to record that the check-in happened
 * (today, by phone; the timeline lets the officer correct the details) or that the person could not be reached.
 * A recorded row leaves the list at once.
 */
@Route(value = "follow-ups", layout = MainLayout.class)
@RolesAllowed("OFFICER")
public class FollowUpsDueView extends VerticalLayout implements HasDynamicTitle {

    final Grid<DueFollowUp> grid = new Grid<>();
    final Checkbox onlyMine = new Checkbox();
    final Span total = new Span();
    private final FollowUpWorklist worklist;
    private final CaseRecording recording;
    private final CaseSearch search;
    private final HomewardUser officer;

    public FollowUpsDueView(FollowUpWorklist worklist, CaseRecording recording, CaseSearch search,
                            AuthenticationContext authentication) {
        this.worklist = worklist;
        this.recording = recording;
        this.search = search;
        this.officer = authentication.getAuthenticatedUser(HomewardUser.class).orElseThrow();
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());

        onlyMine.setId("worklist-mine");
        onlyMine.setLabel(getTranslation("caseload.onlyMine"));
        onlyMine.setValue(true);
        onlyMine.addValueChangeListener(change -> refresh());
        total.setId("worklist-total");

        grid.setId("worklist");
        grid.addColumn(DueFollowUp::reference).setHeader(getTranslation("case.reference")).setKey("reference")
                .setAutoWidth(true).setFrozen(true);
        grid.addColumn(due -> date.format(due.dueOn())).setHeader(getTranslation("worklist.dueOn")).setKey("dueOn");
        grid.addColumn(due -> due.overdue() ? getTranslation("worklist.overdueDays", due.daysOverdue())
                : getTranslation("worklist.dueSoon")).setHeader(getTranslation("worklist.state")).setKey("state");
        grid.addColumn(due -> getTranslation("enum.FollowUpPurpose." + due.purpose())).setHeader(getTranslation("field.purpose"))
                .setKey("purpose");
        grid.addColumn(due -> due.lastContactOn() == null ? "" : date.format(due.lastContactOn()))
                .setHeader(getTranslation("case.lastContact")).setKey("lastContactOn");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("worklist.record")).setKey("actions").setAutoWidth(true);
        grid.setPartNameGenerator(due -> due.overdue() ? "overdue" : null);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("worklist.empty"));
        grid.addItemDoubleClickListener(click -> getUI().ifPresent(ui -> ui.navigate(CasePageView.class,
                new RouteParameters("caseId", click.getItem().caseId().toString()))));
        grid.setSizeFull();

        add(new H2(getTranslation("worklist.title")), new HorizontalLayout(onlyMine, total), grid);
        setSizeFull();
        refresh();
    }

    private HorizontalLayout actions(DueFollowUp due) {
        Button done = new Button(getTranslation("worklist.checkInDone"), click -> checkIn(due));
        done.setId("check-in-" + due.followUpId());
        done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        Button missed = new Button(getTranslation("worklist.missed"), click -> missed(due));
        missed.setId("missed-" + due.followUpId());
        missed.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
        HorizontalLayout buttons = new HorizontalLayout(done, missed);
        buttons.setSpacing(true);
        return buttons;
    }

    void checkIn(DueFollowUp due) {
        record(due.caseId(), new CompleteFollowUp(due.caseId(), due.followUpId(), ContactMode.PHONE, today()),
                "worklist.checkInRecorded", due);
    }

    void missed(DueFollowUp due) {
        record(due.caseId(), new RecordMissedFollowUp(due.caseId(), due.followUpId(), 1, today()),
                "worklist.missedRecorded", due);
    }

    private void record(UUID caseId, Object command, String message, DueFollowUp due) {
        try {
            String eventId = recording.record(caseId, command, officer);
            search.awaitIndexed(caseId, eventId, Duration.ofSeconds(5));
            Notification.show(getTranslation(message, due.reference()), 4_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (CaseRuleViolation refused) {
            Notification.show(getTranslation("openCase.refused", refused.getMessage()), 8_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (org.axonframework.modelling.command.ConcurrencyException collision) {
            Notification.show(getTranslation("step.collision"), 8_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        } catch (UnknownCase unknown) {
            Notification.show(getTranslation("case.notFound"), 8_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private LocalDate today() {
        return org.homeward.ui.OfficersDay.today();
    }

    /** Reads the worklist again, page by page. */
    void refresh() {
        LocalDate today = today();
        long count = worklist.count(officer, onlyMine.getValue(), today);
        total.setText(getTranslation("worklist.total", count));
        // The list goes as deep as the index pages (MOST_CASES); the total above says how many there are in all.
        grid.setItems(query -> worklist.due(officer, onlyMine.getValue(), today, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(FollowUpWorklist.MOST_CASES, worklist.count(officer, onlyMine.getValue(), today)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("worklist.title");
    }
}
