package org.homeward.casefile;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.homeward.casefile.EventRules.require;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.homeward.casefile.followup.CompleteFollowUp;
import org.homeward.casefile.followup.FollowUpCompleted;
import org.homeward.casefile.followup.FollowUpMissed;
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
@Aggregate
public class ReintegrationCase {

    /** The latest calendar date anywhere on Earth: an office east of UTC may already be a day ahead. */
    private static final ZoneOffset EARLIEST_TIME_ZONE_TO_START_A_DAY = ZoneOffset.ofHours(14);
    private static final List<Class<?>> NOT_CORRECTABLE = List.of(EntryCorrected.class, CaseReassigned.class,
            CaseTransferred.class);

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
                command.referredOn(), command.consent(), command.openedBy()), "referredOn", null, clock);
    }

    @CommandHandler
    String handle(RecordExploitation command, Clock clock) {
        requireActive();
        require(command.startedOn() != null, "startedOn", "the date the exploitation began is required");
        require(!command.startedOn().isAfter(state.referredOn), "startedOn", "the exploitation cannot begin after the referral");
        require(command.endedOn() == null || !command.endedOn().isAfter(latestToday(clock)), "endedOn",
                "the end of the exploitation cannot be in the future");
        return record(new ExploitationRecorded(caseId, command.form(), command.countryOfExploitation(),
                command.transitCountries() == null ? List.of() : List.copyOf(command.transitCountries()),
                command.recruitmentChannel(), command.startedOn(), command.endedOn()), "startedOn", clock);
    }

    @CommandHandler
    String handle(CompleteScreening command, Clock clock) {
        requireActive();
        return record(new ScreeningCompleted(caseId, command.outcome(), command.screenedOn()), "screenedOn", clock);
    }

    @CommandHandler
    String handle(RecordConsent command, Clock clock) {
        requireOpen();
        return record(new ConsentRecorded(caseId, command.dataProcessing(), command.dataSharing(), command.givenOn()), "givenOn", clock);
    }

    @CommandHandler
    String handle(WithdrawConsent command, Clock clock) {
        requireOpen();
        require(command.scope() != null, "scope", "say which consent is withdrawn");
        require(command.scope() == ConsentScope.DATA_PROCESSING ? state.consentToDataProcessing : state.consentToDataSharing,
                "scope", "there is no consent to " + command.scope().name().toLowerCase().replace('_', ' ') + " to withdraw");
        return record(new ConsentWithdrawn(caseId, command.scope(), command.withdrawnOn()), "withdrawnOn", clock);
    }

    // --- before and during the return

    @CommandHandler
    String handle(ProvideAssistance command, Clock clock) {
        requireActive();
        return record(new AssistanceProvided(caseId, command.kind(), command.country(), command.provider(), command.cost(),
                command.providedOn()), "providedOn", clock);
    }

    @CommandHandler
    String handle(ArrangeReturnTravel command, Clock clock) {
        requireActive();
        require(state.returnedOn == null, "arrangedOn", "the person has already returned home");
        return record(new ReturnTravelArranged(caseId, command.fromCountry(), command.toCountry(), command.mode(),
                command.departureOn(), command.arrangedOn()), "arrangedOn", clock);
    }

    @CommandHandler
    String handle(RecordReturnHome command, Clock clock) {
        requireActive();
        require(state.returnedOn == null, "returnedOn", "the return home is already recorded (on " + state.returnedOn
                + "); correct that entry instead");
        return record(new ReturnedHome(caseId, command.province(), command.district(), command.returnedOn()), "returnedOn", clock);
    }

    // --- reintegration

    @CommandHandler
    String handle(AgreeReintegrationPlan command, Clock clock) {
        requireActive();
        requireReturned();
        return record(new ReintegrationPlanAgreed(caseId, command.economicGoal(), command.socialGoal(),
                command.psychosocialGoal(), command.budget(), command.agreedOn()), "agreedOn", clock);
    }

    @CommandHandler
    String handle(ProvideEconomicSupport command, Clock clock) {
        requireActive();
        requireReturned();
        return record(new EconomicSupportProvided(caseId, command.kind(), command.value(), command.providedOn()), "providedOn", clock);
    }

    @CommandHandler
    String handle(ApproveBusinessGrant command, Clock clock) {
        requireActive();
        requireReturned();
        require(state.planAgreed, "grantId", "a business grant needs an agreed reintegration plan");
        require(state.screening == null || state.screening.isVictim(), "grantId",
                "the person was screened as not a victim of trafficking");
        require(!state.grants.containsKey(command.grantId()), "grantId", "this grant is already approved");
        return record(new BusinessGrantApproved(caseId, command.grantId(), command.businessType(), command.amount(),
                command.approvedOn()), "approvedOn", clock);
    }

    @CommandHandler
    String handle(DisburseGrantTranche command, Clock clock) {
        requireActive();
        CaseState.Grant grant = grant(command.grantId());
        String amountProblem = Money.problemWith(command.amount());
        require(amountProblem == null, "amount", amountProblem);
        require(grant.amount().currency().equals(command.amount().currency()), "amount.currency",
                "tranches are paid in the grant's currency, " + grant.amount().currency());
        require(command.disbursedOn() == null || !command.disbursedOn().isBefore(grant.approvedOn()), "disbursedOn",
                "a tranche cannot be paid before the grant was approved");
        require(!grant.disbursed().add(command.amount()).exceeds(grant.amount()), "amount",
                "this tranche would take the payments to " + grant.disbursed().add(command.amount())
                        + ", beyond the approved " + grant.amount());
        return record(new BusinessGrantTrancheDisbursed(caseId, command.grantId(), grant.tranches() + 1, command.amount(),
                command.disbursedOn()), "disbursedOn", clock);
    }

    @CommandHandler
    String handle(ReportBusinessStatus command, Clock clock) {
        requireActive();
        CaseState.Grant grant = grant(command.grantId());
        require(grant.tranches() > 0, "grantId", "no tranche of this grant has been paid yet");
        require(command.reportedOn() == null || !command.reportedOn().isBefore(grant.approvedOn()), "reportedOn",
                "the report cannot be dated before the grant was approved");
        return record(new BusinessStatusReported(caseId, command.grantId(), command.status(), command.monthlyIncome(),
                command.reportedOn()), "reportedOn", clock);
    }

    @CommandHandler
    String handle(RecordPsychosocialCheckIn command, Clock clock) {
        requireActive();
        return record(new PsychosocialCheckInRecorded(caseId, command.mode(), command.wellbeingScore(),
                command.concerns() == null ? null : java.util.Set.copyOf(command.concerns()),
                command.referredToSpecialist(), command.checkedInOn()), "checkedInOn", clock);
    }

    @CommandHandler
    String handle(ProvideSocialSupport command, Clock clock) {
        requireActive();
        return record(new SocialSupportProvided(caseId, command.kind(), command.providedOn()), "providedOn", clock);
    }

    @CommandHandler
    String handle(MakeReferral command, Clock clock) {
        requireActive();
        return record(new ReferralMade(caseId, command.service(), command.organisation(), command.referredOn()), "referredOn", clock);
    }

    // --- follow-up

    @CommandHandler
    String handle(ScheduleFollowUp command, Clock clock) {
        requireActive();
        require(!state.followUps.containsKey(command.followUpId()), "followUpId", "this follow-up is already scheduled");
        return record(new FollowUpScheduled(caseId, command.followUpId(), command.purpose(), command.dueOn(),
                command.scheduledOn()), "scheduledOn", clock);
    }

    @CommandHandler
    String handle(CompleteFollowUp command, Clock clock) {
        requireActive();
        pendingFollowUp(command.followUpId(), command.completedOn(), "completedOn");
        return record(new FollowUpCompleted(caseId, command.followUpId(), command.mode(), command.completedOn()), "completedOn", clock);
    }

    @CommandHandler
    String handle(RecordMissedFollowUp command, Clock clock) {
        requireActive();
        pendingFollowUp(command.followUpId(), command.lastAttemptOn(), "lastAttemptOn");
        return record(new FollowUpMissed(caseId, command.followUpId(), command.attempts(), command.lastAttemptOn()), "lastAttemptOn", clock);
    }

    // --- case life

    @CommandHandler
    String handle(ReassignCase command, Clock clock) {
        requireOpen();
        require(command.toOfficer() == null || !command.toOfficer().equals(state.officer), "toOfficer",
                "the case is already assigned to " + state.officer);
        return record(new CaseReassigned(caseId, state.officer, command.toOfficer(), command.reassignedOn()), "reassignedOn", clock);
    }

    @CommandHandler
    String handle(TransferCase command, Clock clock) {
        requireOpen();
        require(command.toOffice() == null || !command.toOffice().equals(state.office), "toOffice",
                "the case already belongs to " + state.office);
        return record(new CaseTransferred(caseId, state.office, command.toOffice(), command.toOfficer(), command.transferredOn()), "transferredOn", clock);
    }

    @CommandHandler
    String handle(AddNote command, Clock clock) {
        requireOpen();
        return record(new NoteAdded(caseId, command.note(), command.notedOn()), "notedOn", clock);
    }

    @CommandHandler
    String handle(CloseCase command, Clock clock) {
        requireOpen();
        return record(new CaseClosed(caseId, command.reason(), command.closedOn()), "closedOn", clock);
    }

    @CommandHandler
    String handle(ReopenCase command, Clock clock) {
        require(state.status == CaseStatus.CLOSED, "caseId", "the case is not closed");
        require(command.reopenedOn() == null || !command.reopenedOn().isBefore(state.closedOn), "reopenedOn",
                "a case cannot be reopened before it was closed (" + state.closedOn + ")");
        return record(new CaseReopened(caseId, command.reason(), command.reopenedOn()), "reopenedOn", clock);
    }

    @CommandHandler
    String handle(CorrectEntry command, Clock clock) {
        requireOpen();
        CaseEvent original = history.get(command.correctedEventId());
        require(original != null, "correctedEventId", "this case has no such entry");
        require(NOT_CORRECTABLE.stream().noneMatch(type -> type.isInstance(original)), "correctedEventId",
                original.getClass().getSimpleName() + " cannot be corrected; record a new one instead");
        require(command.correctedValues() != null && !command.correctedValues().isEmpty(), "correctedValues",
                "say which values are corrected");
        require(command.reason() != null, "reason", "the reason for the correction is required");
        CaseEvent corrected = Corrections.apply(original, command.correctedValues());
        EventRules.check(corrected, "correctedValues", original instanceof CaseOpened ? null : state, latestToday(clock));
        CaseState after;
        try {
            after = history.with(command.correctedEventId(), corrected).state();
        } catch (IllegalArgumentException mismatch) {
            throw new CaseRuleViolation("correctedValues", "the corrected amounts do not match their grant's currency");
        }
        after.grants.forEach((grantId, grant) -> require(!grant.disbursed().exceeds(grant.amount()), "correctedValues",
                "after this correction the tranches of grant " + grantId + " would exceed the approved amount"));
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
        record(event, dateField, state, clock);
        return lastEventId;
    }

    private static void record(CaseEvent event, String dateField, CaseState state, Clock clock) {
        EventRules.check(event, dateField, state, latestToday(clock));
        apply(event);
    }

    private void requireOpen() {
        require(state.status == CaseStatus.OPEN, "caseId", "the case is closed; reopen it first");
    }

    /** Open, and the person's consent to data processing in force. */
    private void requireActive() {
        requireOpen();
        require(state.consentToDataProcessing, "caseId",
                "consent to data processing was withdrawn: record renewed consent, or close the case");
    }

    private void requireReturned() {
        require(state.returnedOn != null, "caseId", "the person has not returned home yet; record the return first");
    }

    private CaseState.Grant grant(UUID grantId) {
        CaseState.Grant grant = state.grants.get(grantId);
        require(grant != null, "grantId", "this case has no such grant");
        return grant;
    }

    private void pendingFollowUp(UUID followUpId, LocalDate on, String dateField) {
        CaseState.FollowUp followUp = state.followUps.get(followUpId);
        require(followUp != null, "followUpId", "this case has no such follow-up");
        require(followUp.status() == CaseState.FollowUpStatus.SCHEDULED, "followUpId",
                "this follow-up was already recorded as " + followUp.status().name().toLowerCase());
        require(on == null || !on.isBefore(followUp.scheduledOn()), dateField,
                "the contact cannot be before the follow-up was scheduled");
    }

    private static LocalDate latestToday(Clock clock) {
        return LocalDate.now(clock.withZone(EARLIEST_TIME_ZONE_TO_START_A_DAY));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
