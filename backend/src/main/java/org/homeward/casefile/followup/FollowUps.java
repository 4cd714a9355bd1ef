package org.homeward.casefile.followup;

import java.time.Clock;

import org.axonframework.commandhandling.CommandHandler;
import org.homeward.casefile.StageRecorder;

/**
 * The follow-up stage of a case: contacts scheduled by hand, then completed or missed. The programme's plan is
 * scheduled with the return home, and pending follow-ups are cancelled by the closing of the case.
 */
public final class FollowUps {

    /** Not state: how this stage records in its case. */
    private final transient StageRecorder recorder;

    public FollowUps(StageRecorder recorder) {
        this.recorder = recorder;
    }

    @CommandHandler
    String handle(ScheduleFollowUp command, Clock clock) {
        return recorder.record(new FollowUpScheduled(recorder.caseId(), command.followUpId(), command.purpose(),
                command.dueOn(), command.scheduledOn()), "scheduledOn", clock);
    }

    @CommandHandler
    String handle(CompleteFollowUp command, Clock clock) {
        return recorder.record(new FollowUpCompleted(recorder.caseId(), command.followUpId(), command.mode(),
                command.completedOn()), "completedOn", clock);
    }

    @CommandHandler
    String handle(RecordMissedFollowUp command, Clock clock) {
        return recorder.record(new FollowUpMissed(recorder.caseId(), command.followUpId(), command.attempts(),
                command.lastAttemptOn()), "lastAttemptOn", clock);
    }
}
