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
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;
import org.homeward.casefile.assessment.Assessments;
import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.casefile.followup.FollowUpCancellation;
import org.homeward.casefile.followup.FollowUpCancelled;
import org.homeward.casefile.followup.FollowUps;
import org.homeward.casefile.identification.Identification;
import org.homeward.casefile.journey.Journey;
import org.homeward.casefile.reintegration.Reintegration;

/**
 * One survivor's case: decides which commands become facts and records them as events, never editing the past.
 * The commands of each stage are handled by that stage's member ({@link Identification}, {@link Journey},
 * {@link Reintegration}, {@link FollowUps}, {@link Assessments}), beside its events; the case opens, closes,
 * reopens, moves between officers and offices, erases and corrects here, and records every event of every stage
 * through {@link StageRecorder#record}, under the {@link CaseRules}, which a correction meets again over the whole
 * corrected history.
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

    /** Not state: how the stages record in this case. */
    private final transient StageRecorder recorder = new Recorder();
    @AggregateMember
    private final Identification identification = new Identification(recorder);
    @AggregateMember
    private final Journey journey = new Journey(recorder);
    @AggregateMember
    private final Reintegration reintegration = new Reintegration(recorder);
    @AggregateMember
    private final FollowUps followUps = new FollowUps(recorder);
    @AggregateMember
    private final Assessments assessments = new Assessments(recorder);

    protected ReintegrationCase() {
        // for Axon to rebuild the case from its events
    }

    // --- opening

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
        CaseRules.checkCorrected(history.with(command.correctedEventId(), corrected), latestToday(clock), schemes);
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

    /** The stages' way into this case: its identifier, its grants' payments so far, and its recording. */
    private final class Recorder implements StageRecorder {

        @Override
        public UUID caseId() {
            return caseId;
        }

        @Override
        public String record(CaseEvent event, String dateField, Clock clock) {
            return ReintegrationCase.this.record(event, dateField, clock);
        }

        @Override
        public String record(CaseEvent event, String dateField, Clock clock, ScoringSchemes schemes) {
            return ReintegrationCase.this.record(event, dateField, clock, schemes);
        }

        @Override
        public int tranchesPaid(UUID grantId) {
            CaseState.Grant grant = state.grants.get(grantId);
            return grant == null ? 0 : grant.tranches();
        }
    }

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
        CaseRules.check(event, dateField, before, latestToday(clock), schemes);
        apply(event);
    }

    private static LocalDate latestToday(Clock clock) {
        return LocalDate.now(clock.withZone(EARLIEST_TIME_ZONE_TO_START_A_DAY));
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
