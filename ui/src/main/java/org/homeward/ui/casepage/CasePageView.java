package org.homeward.ui.casepage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.homeward.casefile.CaseRecord;
import org.homeward.casefile.CaseRecording;
import org.homeward.casefile.CaseRecords;
import org.homeward.casefile.CaseStatus;
import org.homeward.casefile.HistoryEntry;
import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.offices.Office;
import org.homeward.offices.Offices;
import org.homeward.search.CaseSearch;
import org.homeward.security.HomewardUser;
import org.homeward.security.UserAccounts;
import org.homeward.ui.cases.Countries;
import org.homeward.ui.layout.MainLayout;

import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.RolesAllowed;

/**
 * One case for its officer: a header with the essentials, actions to record each kind of step, and the whole
 * history as a timeline, newest first, with corrections beside what they correct.
 */
@Route(value = "cases/:caseId", layout = MainLayout.class)
@RolesAllowed("OFFICER")
public class CasePageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final Div essentials = new Div();
    final MenuBar actions = new MenuBar();
    final Timeline timeline;
    private final CaseRecords records;
    private final CaseRecording recording;
    private final CaseSearch search;
    private final UserAccounts users;
    private final Offices offices;
    private final ScoringSchemes schemes;
    private final HomewardUser officer;
    private UUID caseId;
    private CaseRecord record;
    StepContext context;

    public CasePageView(CaseRecords records, CaseRecording recording, CaseSearch search, UserAccounts users,
                        Offices offices, ScoringSchemes schemes, AuthenticationContext authentication) {
        this.records = records;
        this.recording = recording;
        this.search = search;
        this.users = users;
        this.offices = offices;
        this.schemes = schemes;
        this.officer = authentication.getAuthenticatedUser(HomewardUser.class).orElseThrow();
        this.context = context(null);
        this.timeline = new Timeline(context);
        title.setId("case-title");
        essentials.setId("case-essentials");
        actions.setId("case-actions");
        actions.addThemeVariants(MenuBarVariant.LUMO_DROPDOWN_INDICATORS);
        H3 history = new H3(getTranslation("case.history"));
        add(title, essentials, actions, history, timeline);
        setMaxWidth("64em");
    }

    private StepContext context(CaseRecord forRecord) {
        return new StepContext(forRecord, offices.all().stream().map(Office::code).toList(), users::officersOf,
                schemes.newest(), org.homeward.ui.OfficersDay.today(), getLocale(),
                (key, parameters) -> getTranslation(key, parameters));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UUID> id = event.getRouteParameters().get("caseId").flatMap(CasePageView::uuid);
        // whether the case is there for this officer, without opening (and auditing) its personal details twice
        if (id.isEmpty() || !records.readable(id.get(), officer)) {
            // Another office's case and no case look the same: nothing to learn by trying ids.
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("case.notFound"));
            return;
        }
        caseId = id.get();
        refresh();
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /** Reads the case again from the event store and redraws the page. */
    void refresh() {
        record = records.find(caseId, officer).orElseThrow();
        context = context(record);
        title.setText(record.reference());
        showEssentials();
        showActions();
        List<HistoryEntry> history = records.history(caseId, officer).orElseThrow();
        timeline.show(history, record.status() == CaseStatus.OPEN, this::openCorrection);
    }

    private void showEssentials() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        essentials.removeAll();
        FlexLayout facts = new FlexLayout();
        facts.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        facts.addClassNames(LumoUtility.Gap.Column.LARGE, LumoUtility.Gap.Row.SMALL);
        fact(facts, "case.status", getTranslation("case.status." + record.status()), "fact-status");
        if (record.personalDetails() != null) {
            fact(facts, "case.fullName", record.personalDetails().fullName(), "fact-name");
        }
        if (record.personalDataErased()) {
            fact(facts, "case.personalData", getTranslation("case.personalData.erased"), "fact-personal-data");
        }
        fact(facts, "case.office", record.office(), "fact-office");
        fact(facts, "case.officer", record.officer(), "fact-officer");
        fact(facts, "case.sex", getTranslation("sex." + record.sex()), "fact-sex");
        fact(facts, "case.birthYear", String.valueOf(record.birthYear()), "fact-birth-year");
        fact(facts, "case.nationality", Countries.name(record.nationality(), getLocale()), "fact-nationality");
        if (record.returnedOn() != null) {
            long days = ChronoUnit.DAYS.between(record.returnedOn(), context.today());
            fact(facts, "case.returnedOn", getTranslation("case.returnedOnDays", date.format(record.returnedOn()), days),
                    "fact-returned");
        }
        record.followUps().stream().filter(followUp -> "SCHEDULED".equals(followUp.status()))
                .map(CaseRecord.FollowUp::dueOn).min(LocalDate::compareTo)
                .ifPresent(due -> fact(facts, "case.nextFollowUpDue", date.format(due), "fact-next-follow-up"));
        essentials.add(facts);
    }

    private void fact(FlexLayout facts, String label, String value, String id) {
        Div fact = new Div();
        fact.setId(id);
        Span name = new Span(getTranslation(label));
        name.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, LumoUtility.Display.BLOCK);
        fact.add(name, new Span(value));
        facts.add(fact);
    }

    private void showActions() {
        actions.removeAll();
        for (String stage : Steps.STAGES) {
            List<Steps.Step> offered = Steps.ALL.stream().filter(step -> step.stage().equals(stage))
                    .filter(step -> step.offered().test(record)).toList();
            if (offered.isEmpty()) {
                continue;
            }
            SubMenu menu = actions.addItem(getTranslation("stage." + stage)).getSubMenu();
            for (Steps.Step step : offered) {
                menu.addItem(getTranslation(step.key()), click -> openStep(step))
                        .setId("step-" + step.command().getSimpleName());
            }
        }
    }

    StepDialog openStep(Steps.Step step) {
        StepDialog dialog = StepDialog.record(step, context, caseId, recording, search, officer, this::recorded);
        dialog.open();
        return dialog;
    }

    StepDialog openCorrection(HistoryEntry entry, Map<String, Object> current) {
        StepDialog dialog = StepDialog.correct(EventTypes.named(entry.type()).orElseThrow(), entry.eventId(), current,
                context, caseId, recording, search, officer, this::recorded);
        dialog.open();
        return dialog;
    }

    private void recorded(String eventId) {
        if (!records.readable(caseId, officer)) {
            // Transferred to an office this officer does not work for: the case is no longer theirs to see.
            Notification.show(getTranslation("case.transferredAway"), 6_000, Notification.Position.BOTTOM_START);
            getUI().ifPresent(ui -> ui.navigate(org.homeward.ui.cases.CasesView.class));
            return;
        }
        refresh();
        Notification.show(getTranslation("step.recorded"), 3_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The step named by its command, if the case offers it now. */
    Optional<Steps.Step> offered(Class<? extends Record> command) {
        return Steps.ALL.stream().filter(step -> step.command() == command && step.offered().test(record)).findFirst();
    }

    @Override
    public String getPageTitle() {
        return record == null ? getTranslation("case.title") : record.reference();
    }

}
