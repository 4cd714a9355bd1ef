package org.homeward.casefile.identification;

import java.time.Clock;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.homeward.casefile.StageRecorder;

/** The identification stage of a case: how the person was exploited, the screening, consent. */
public final class Identification {

    /** Not state: how this stage records in its case. */
    private final transient StageRecorder recorder;

    public Identification(StageRecorder recorder) {
        this.recorder = recorder;
    }

    @CommandHandler
    String handle(RecordExploitation command, Clock clock) {
        return recorder.record(new ExploitationRecorded(recorder.caseId(), command.form(), command.countryOfExploitation(),
                command.transitCountries() == null ? List.of() : List.copyOf(command.transitCountries()),
                command.recruitmentChannel(), command.startedOn(), command.endedOn()), "startedOn", clock);
    }

    @CommandHandler
    String handle(CompleteScreening command, Clock clock) {
        return recorder.record(new ScreeningCompleted(recorder.caseId(), command.outcome(), command.screenedOn()), "screenedOn", clock);
    }

    @CommandHandler
    String handle(RecordConsent command, Clock clock) {
        return recorder.record(new ConsentRecorded(recorder.caseId(), command.dataProcessing(), command.dataSharing(),
                command.givenOn()), "givenOn", clock);
    }

    @CommandHandler
    String handle(WithdrawConsent command, Clock clock) {
        return recorder.record(new ConsentWithdrawn(recorder.caseId(), command.scope(), command.withdrawnOn()), "withdrawnOn", clock);
    }
}
