package org.homeward.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.homeward.casefile.EventRules.require;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.homeward.casefile.assessment.RecordReintegrationAssessment;
import org.homeward.casefile.assessment.ReintegrationAssessed;
import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.casefile.followup.CompleteFollowUp;
import org.homeward.casefile.followup.FollowUpCancellation;
import org.homeward.casefile.followup.FollowUpCancelled;
import org.homeward.casefile.followup.FollowUpCompleted;
import org.homeward.casefile.followup.FollowUpMissed;
import org.homeward.casefile.followup.FollowUpPlan;
import org.homeward.casefile.followup.FollowUpScheduled;
import org.homeward.casefile.followup.RecordMissedFollowUp;
import org.homeward.casefile.followup.ScheduleFollowUp;
import org.homeward.casefile.identification.CompleteScreening;
import org.homeward.casefile.identification.ConsentRecorded;
import org.homeward.casefile.identification.ConsentScope;
import org.homeward.casefile.identification.ConsentWithdrawn;
import org.homeward.casefile.identification.ExploitationRecorded;
import org.homeward.casefile.identification.RecordConsent;
import org.homeward.casefile.identification.RecordExploitation;
import org.homeward.casefile.identification.ScreeningCompleted;
import org.homeward.casefile.identification.WithdrawConsent;
import org.homeward.casefile.journey.ArrangeReturnTravel;
import org.homeward.casefile.journey.AssistanceProvided;
import org.homeward.casefile.journey.ProvideAssistance;
import org.homeward.casefile.journey.RecordReturnHome;
import org.homeward.casefile.journey.ReturnTravelArranged;
import org.homeward.casefile.journey.ReturnedHome;
import org.homeward.casefile.reintegration.AgreeReintegrationPlan;
import org.homeward.casefile.reintegration.ApproveBusinessGrant;
import org.homeward.casefile.reintegration.BusinessGrantApproved;
import org.homeward.casefile.reintegration.BusinessGrantTrancheDisbursed;
import org.homeward.casefile.reintegration.BusinessStatusReported;
import org.homeward.casefile.reintegration.DisburseGrantTranche;
import org.homeward.casefile.reintegration.EconomicSupportProvided;
import org.homeward.casefile.reintegration.MakeReferral;
import org.homeward.casefile.reintegration.ProvideEconomicSupport;
import org.homeward.casefile.reintegration.ProvideSocialSupport;
import org.homeward.casefile.reintegration.PsychosocialCheckInRecorded;
import org.homeward.casefile.reintegration.RecordPsychosocialCheckIn;
import org.homeward.casefile.reintegration.ReferralMade;
import org.homeward.casefile.reintegration.ReintegrationPlanAgreed;
import org.homeward.casefile.reintegration.ReportBusinessStatus;
import org.homeward.casefile.reintegration.SocialSupportProvided;

/**
 * One survivor's case: decides which commands become facts and records them as events, never editing the past.
 * Field rules live in {@link EventRules}; the rules that depend on the case's history live here.
 */
@Aggregate(repository = "caseRepository")
public class ReintegrationCase {

    /** The latest calendar date anywhere on Earth: an office east of UTC may already be a day ahead. */
    private static final ZoneOffset EARLIEST_TIME_ZONE_TO_START_A_DAY = ZoneOffset.ofHours(14);
    private static final List<Class<?>> NOT_CORRECTABLE = List.of(EntryCorrected.class, CaseReassigned.class,
            CaseTransferred.class, FollowUpCancelled.class, PersonalDataErased.class);

    @AggregateIdentifier
    private UUID caseId;
    private final CorrectedHistory history = new CorrectedHistory();
    private CaseState state = new CaseState();
    private String lastEventId;

    protected ReintegrationCase() {
        // for Axon to rebuild the case from its events
    }

    // --- opening and identification

    @CommandHandler
    public ReintegrationCase(OpenCase command, Clock clock) {
        require(command.caseId() != null, "caseId", "a case needs an identifier");
        require(notBlank(command.reference()), "reference", "a case needs a reference");
        require(command.personalDetails() != null, "personalDetails", "personal details are required");
        require(notBlank(command.office()), "office", "a case belongs to an office");
        require(notBlank(command.openedBy()), "openedBy", "the officer opening the case is required");
        require(command.consent() != null && command.consent().dataProcessing(), "consent.dataProcessing",
                "consent to data processing must be recorded before a case can be opened");
        require(command.referredOn() != null, "referredOn", "the referral date is required");
        record(new CaseOpened(command.caseId(), command.reference(), command.personalDetails(), command.sex(),
                command.birthYear(), command.nationality(), command.office(), command.referralSource(),
                command.referredOn(), command.consent(), command.openedBy()), "referredOn", null, clock, null);
    }

    @CommandHandler
    String handle(RecordExploitation command, Clock clock) {
        return record(new ExploitationRecorded(caseId, command.form(), command.countryOfExploitation(),
                command.transitCountries() == null ? List.of() : List.copyOf(command.transitCountries()),
                command.recruitmentChannel(), command.startedOn(), command.endedOn()), "startedOn", clock);
    }

    @CommandHandler
    String handle(CompleteScreening command, Clock clock) {
        return record(new ScreeningCompleted(caseId, command.outcome(), command.screenedOn()), "screenedOn", clock);
    }

    @CommandHandler
    String handle(RecordConsent command, Clock clock) {
        return record(new ConsentRecorded(caseId, command.dataProcessing(), command.dataSharing(), command.givenOn()), "givenOn", clock);
    }

    @CommandHandler
    String handle(WithdrawConsent command, Clock clock) {
        return record(new ConsentWithdrawn(caseId, command.scope(), command.withdrawnOn()), "withdrawnOn", clock);
    }

    // --- before and during the return

    @CommandHandler
    String handle(ProvideAssistance command, Clock clock) {
        return record(new AssistanceProvided(caseId, command.kind(), command.country(), command.provider(), command.cost(),
                command.providedOn()), "providedOn", clock);
    }

    @CommandHandler
    String handle(ArrangeReturnTravel command, Clock clock) {
        return record(new ReturnTravelArranged(caseId, command.fromCountry(), command.toCountry(), command.mode(),
                command.departureOn(), command.arrangedOn()), "arrangedOn", clock);
    }

    /**
     * The return home also records the programme's follow-up plan, one {@link FollowUpScheduled} per month of the
     * {@link FollowUpPlan} (a bean Axon hands to this handler), scheduled on the return date: the schedule is part
     * of the history, replayed like the rest, whoever records the return. The follow-ups' identifiers are derived
     * from the case and the month. Answers the identifier of the {@link ReturnedHome}.
     * <p>
     * A later correction of the return date changes the return only: the plan's follow-ups keep the due dates they
     * were given (they are what was planned, and some may have taken place already). Where a due date should move,
     * the officer corrects that follow-up's {@link FollowUpScheduled} entry, as any other entry.
     */
    @CommandHandler
    String handle(RecordReturnHome command, Clock clock, FollowUpPlan plan) {
        String returnedHome = record(new ReturnedHome(caseId, command.province(), command.district(),
                command.returnedOn()), "returnedOn", clock);
        for (FollowUpPlan.Planned followUp : plan.followUps(caseId, state.returnedOn)) {
            record(new FollowUpScheduled(caseId, followUp.followUpId(), followUp.purpose(), followUp.dueOn(),
                    state.returnedOn), "returnedOn", clock);
        }
        return returnedHome;
    }

    // --- reintegration

    @CommandHandler
    String handle(AgreeReintegrationPlan command, Clock clock) {
        return record(new ReintegrationPlanAgreed(caseId, command.economicGoal(), command.socialGoal(),
                command.psychosocialGoal(), command.budget(), command.agreedOn()), "agreedOn", clock);
    }

    @CommandHandler
    String handle(ProvideEconomicSupport command, Clock clock) {
        return record(new EconomicSupportProvided(caseId, command.kind(), command.value(), command.providedOn()), "providedOn", clock);
    }

    @CommandHandler
    String handle(ApproveBusinessGrant command, Clock clock) {
        return record(new BusinessGrantApproved(caseId, command.grantId(), command.businessType(), command.amount(),
                command.approvedOn()), "approvedOn", clock);
    }

    @CommandHandler
    String handle(DisburseGrantTranche command, Clock clock) {
        CaseState.Grant grant = state.grants.get(command.grantId());
        int trancheNumber = grant == null ? 1 : grant.tranches() + 1;
        return record(new BusinessGrantTrancheDisbursed(caseId, command.grantId(), trancheNumber, command.amount(),
                command.disbursedOn()), "disbursedOn", clock);
    }

    @CommandHandler
    String handle(ReportBusinessStatus command, Clock clock) {
        return record(new BusinessStatusReported(caseId, command.grantId(), command.status(), command.monthlyIncome(),
                command.reportedOn()), "reportedOn", clock);
    }

    @CommandHandler
    String handle(RecordPsychosocialCheckIn command, Clock clock) {
        return record(new PsychosocialCheckInRecorded(caseId, command.mode(), command.wellbeingScore(),
                command.concerns() == null ? null : java.util.Set.copyOf(command.concerns()),
                command.referredToSpecialist(), command.checkedInOn()), "checkedInOn", clock);
    }

    @CommandHandler
    String handle(ProvideSocialSupport command, Clock clock) {
        return record(new SocialSupportProvided(caseId, command.kind(), command.providedOn()), "providedOn", clock);
    }

    @CommandHandler
    String handle(MakeReferral command, Clock clock) {
        return record(new ReferralMade(caseId, command.service(), command.organisation(), command.referredOn()), "referredOn", clock);
    }

    // --- follow-up

    @CommandHandler
    String handle(ScheduleFollowUp command, Clock clock) {
        return record(new FollowUpScheduled(caseId, command.followUpId(), command.purpose(), command.dueOn(),
                command.scheduledOn()), "scheduledOn", clock);
    }

    @CommandHandler
    String handle(CompleteFollowUp command, Clock clock) {
        return record(new FollowUpCompleted(caseId, command.followUpId(), command.mode(), command.completedOn()), "completedOn", clock);
    }

    @CommandHandler
    String handle(RecordMissedFollowUp command, Clock clock) {
        return record(new FollowUpMissed(caseId, command.followUpId(), command.attempts(), command.lastAttemptOn()), "lastAttemptOn", clock);
    }

    // --- outcomes

    /**
     * Whether the answers fit their questionnaire depends on the scoring schemes, which are configuration, not case
     * history. Axon hands the {@link ScoringSchemes} bean to this handler as a parameter, as it hands every handler the
     * {@link Clock}, so the case checks the answers itself, among its other rules and under its lock, whoever sends
     * the command (the API, the demo caseload, a later import), and a correction of the answers meets the same rule.
     * A check in {@link CaseRecording} before sending, as done for what only the application knows (offices, users),
     * would leave the other senders and the corrections unchecked.
     */
    @CommandHandler
    String handle(RecordReintegrationAssessment command, Clock clock, ScoringSchemes schemes) {
        return record(new ReintegrationAssessed(caseId, command.assessmentId(), command.schemeVersion(),
                command.answers() == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(command.answers())),
                command.assessedOn()), "assessedOn", clock, schemes);
    }

    // --- case life

    @CommandHandler
    String handle(ReassignCase command, Clock clock) {
        return record(new CaseReassigned(caseId, state.officer, command.toOfficer(), command.reassignedOn()), "reassignedOn", clock);
    }

    @CommandHandler
    String handle(TransferCase command, Clock clock) {
        return record(new CaseTransferred(caseId, state.office, command.toOffice(), command.toOfficer(),
                command.transferredOn()), "transferredOn", clock);
    }

    @CommandHandler
    String handle(AddNote command, Clock clock) {
        return record(new NoteAdded(caseId, command.note(), command.notedOn()), "notedOn", clock);
    }

    /**
     * Closing also cancels every follow-up still pending (scheduled, neither completed, missed nor cancelled), each
     * by a {@link FollowUpCancelled} after the {@link CaseClosed}, effective on the closing date, in the order of
     * their due dates. Reopening brings none back: officers schedule what is needed. Answers the identifier of the
     * {@link CaseClosed}.
     */
    @CommandHandler
    String handle(CloseCase command, Clock clock) {
        List<UUID> pending = state.followUps.entrySet().stream()
                .filter(followUp -> followUp.getValue().status() == CaseState.FollowUpStatus.SCHEDULED)
                .sorted(Comparator.comparing((Map.Entry<UUID, CaseState.FollowUp> followUp) -> followUp.getValue().dueOn())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList();
        String closed = record(new CaseClosed(caseId, command.reason(), command.closedOn()), "closedOn", clock);
        for (UUID followUpId : pending) {
            record(new FollowUpCancelled(caseId, followUpId, FollowUpCancellation.CASE_CLOSED, state.closedOn), "closedOn", clock);
        }
        return closed;
    }

    @CommandHandler
    String handle(ReopenCase command, Clock clock) {
        return record(new CaseReopened(caseId, command.reason(), command.reopenedOn()), "reopenedOn", clock);
    }

    /** The case's key is destroyed by {@link PersonalDataShredder} in the same transaction as this event. */
    @CommandHandler
    String handle(ErasePersonalData command, Clock clock) {
        return record(new PersonalDataErased(caseId, ErasureReason.SURVIVOR_REQUEST, command.requestedOn()), "requestedOn", clock);
    }

    @CommandHandler
    String handle(ErasePersonalDataAfterRetention command, Clock clock) {
        require(command.closedOnOrBefore() != null, "closedOnOrBefore", "the retention cut-off is required");
        require(state.status != CaseStatus.CLOSED || !state.closedOn.isAfter(command.closedOnOrBefore()), "closedOnOrBefore",
                "the case was closed on " + state.closedOn + ", after the retention cut-off");
        return record(new PersonalDataErased(caseId, ErasureReason.RETENTION_EXPIRED, command.erasedOn()), "erasedOn", clock);
    }

    @CommandHandler
    String handle(CorrectEntry command, Clock clock, ScoringSchemes schemes) {
        require(state.status == CaseStatus.OPEN, "caseId", "the case is closed; reopen it first");
        CaseEvent original = history.get(command.correctedEventId());
        require(original != null, "correctedEventId", "this case has no such entry");
        require(NOT_CORRECTABLE.stream().noneMatch(type -> type.isInstance(original)), "correctedEventId",
                original.getClass().getSimpleName() + " cannot be corrected; record a new one instead");
        require(command.correctedValues() != null && !command.correctedValues().isEmpty(), "correctedValues",
                "say which values are corrected");
        require(command.reason() != null, "reason", "the reason for the correction is required");
        CaseEvent corrected = Corrections.apply(original, command.correctedValues());
        replayChecking(history.with(command.correctedEventId(), corrected), latestToday(clock), schemes);
        apply(new EntryCorrected(caseId, command.correctedEventId(), original.getClass().getSimpleName(),
                Collections.unmodifiableMap(new LinkedHashMap<>(command.correctedValues())), command.reason(),
                corrected.effectiveOn()));
        return lastEventId;
    }

    /**
     * The office check of the application was made before this command took the case's lock: a transfer may have
     * come in between. The case refuses commands recorded for any office but its own (commands without the
     * meta-data come from tests and tools, not from users).
     */
    @CommandHandlerInterceptor
    Object onlyForItsOwnOffice(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        Object office = command.getMetaData().get(RecordedBy.OFFICE);
        if (office != null && state.office != null && !office.equals(state.office)) {
            throw new UnknownCase(caseId);
        }
        return chain.proceed();
    }

    // --- the history

    @EventSourcingHandler
    void on(CaseEvent event, @MessageIdentifier String eventId) {
        lastEventId = eventId;
        if (event instanceof CaseOpened opened) {
            caseId = opened.caseId();
        }
        history.add(eventId, event);
        if (event instanceof EntryCorrected) {
            state = history.state();
        } else {
            state.apply(event);
        }
    }

    // --- helpers

    /** Records the event and answers its identifier, by which a correction can later point at it. */
    private String record(CaseEvent event, String dateField, Clock clock) {
        return record(event, dateField, clock, null);
    }

    /** @param schemes the scoring schemes, for an assessment; the handlers of other events have none to give */
    private String record(CaseEvent event, String dateField, Clock clock, ScoringSchemes schemes) {
        record(event, dateField, state, clock, schemes);
        return lastEventId;
    }

    private static void record(CaseEvent event, String dateField, CaseState before, Clock clock, ScoringSchemes schemes) {
        HistoryRules.checkAccepts(event, before);
        EventRules.check(event, dateField, before, latestToday(clock), schemes);
        HistoryRules.checkAgainst(event, before, dateField);
        apply(event);
    }

    /**
     * A corrected history must be one the case would have accepted: every event is checked again, in order,
     * against the state the corrected events before it lead to.
     */
    private static void replayChecking(CorrectedHistory corrected, LocalDate latestToday, ScoringSchemes schemes) {
        CaseState replayed = new CaseState();
        try {
            for (CaseEvent event : corrected.events()) {
                if (event instanceof EntryCorrected) {
                    continue; // its values are already in the events it corrected
                }
                HistoryRules.checkAccepts(event, replayed);
                EventRules.check(event, "correctedValues", event instanceof CaseOpened ? null : replayed, latestToday, schemes);
                HistoryRules.checkAgainst(event, replayed, "correctedValues");
                replayed.apply(event);
            }
        } catch (IllegalArgumentException mismatch) {
            throw new CaseRuleViolation("correctedValues", "the corrected amounts do not match their grant's currency");
        }
    }

    private static LocalDate latestToday(Clock clock) {
        return LocalDate.now(clock.withZone(EARLIEST_TIME_ZONE_TO_START_A_DAY));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
