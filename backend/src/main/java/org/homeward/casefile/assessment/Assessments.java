package org.homeward.casefile.assessment;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;

import org.axonframework.commandhandling.CommandHandler;
import org.homeward.casefile.StageRecorder;

/** The assessment stage of a case: the returnee's answers to a version of the questionnaire. */
public final class Assessments {

    /** Not state: how this stage records in its case. */
    private final transient StageRecorder recorder;

    public Assessments(StageRecorder recorder) {
        this.recorder = recorder;
    }

    /**
     * Whether the answers fit their questionnaire depends on the scoring schemes, which are configuration, not case
     * history. Axon hands the {@link ScoringSchemes} bean to this handler as a parameter, as it hands every handler the
     * {@link Clock}, so the case checks the answers itself, among its other rules and under its lock, whoever sends
     * the command (the API, the demo caseload, a later import), and a correction of the answers meets the same rule.
     * A check in {@link org.homeward.casefile.CaseRecording} before sending, as done for what only the application
     * knows (offices, users), would leave the other senders and the corrections unchecked.
     */
    @CommandHandler
    String handle(RecordReintegrationAssessment command, Clock clock, ScoringSchemes schemes) {
        return recorder.record(new ReintegrationAssessed(recorder.caseId(), command.assessmentId(), command.schemeVersion(),
                command.answers() == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(command.answers())),
                command.assessedOn()), "assessedOn", clock, schemes);
    }
}
