package org.homeward.casefile.journey;

import java.time.Clock;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.homeward.casefile.StageRecorder;
import org.homeward.casefile.followup.FollowUpPlan;
import org.homeward.casefile.followup.FollowUpScheduled;

/** The journey stage of a case: assistance before and during the return, the travel, the arrival home. */
public final class Journey {

    /** Not state: how this stage records in its case. */
    private final transient StageRecorder recorder;

    public Journey(StageRecorder recorder) {
        this.recorder = recorder;
    }

    @CommandHandler
    String handle(ProvideAssistance command, Clock clock) {
        return recorder.record(new AssistanceProvided(recorder.caseId(), command.kind(), command.country(), command.provider(),
                command.cost(), command.providedOn()), "providedOn", clock);
    }

    @CommandHandler
    String handle(ArrangeReturnTravel command, Clock clock) {
        return recorder.record(new ReturnTravelArranged(recorder.caseId(), command.fromCountry(), command.toCountry(),
                command.mode(), command.departureOn(), command.arrangedOn()), "arrangedOn", clock);
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
        UUID caseId = recorder.caseId();
        ReturnedHome returned = new ReturnedHome(caseId, command.province(), command.district(), command.returnedOn());
        String returnedHome = recorder.record(returned, "returnedOn", clock);
        for (FollowUpPlan.Planned followUp : plan.followUps(caseId, returned.effectiveOn())) {
            recorder.record(new FollowUpScheduled(caseId, followUp.followUpId(), followUp.purpose(), followUp.dueOn(),
                    returned.effectiveOn()), "returnedOn", clock);
        }
        return returnedHome;
    }
}
