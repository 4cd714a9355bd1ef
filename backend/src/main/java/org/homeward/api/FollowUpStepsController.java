package org.homeward.api;

import static org.homeward.api.Recorded.recorded;

import java.util.UUID;

import org.homeward.casefile.CaseRecording;
import org.homeward.casefile.assessment.RecordReintegrationAssessment;
import org.homeward.casefile.followup.CompleteFollowUp;
import org.homeward.casefile.followup.RecordMissedFollowUp;
import org.homeward.casefile.followup.ScheduleFollowUp;
import org.homeward.security.HomewardUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/**
 * The steps of monitoring after the return: follow-ups and reintegration assessments, which also answer their
 * identifier. Each answers 201 with the recorded history entry's location (see {@link Recorded}).
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
class FollowUpStepsController {

    private final CaseRecording recording;

    FollowUpStepsController(CaseRecording recording) {
        this.recording = recording;
    }

    @PostMapping("/follow-ups")
    ResponseEntity<Recorded> followUp(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.FollowUp body,
                                      @AuthenticationPrincipal HomewardUser officer) {
        UUID followUpId = UUID.randomUUID();
        return recorded(caseId, followUpId, recording.record(caseId, new ScheduleFollowUp(caseId, followUpId, body.purpose(),
                body.dueOn(), body.scheduledOn()), officer));
    }

    @PostMapping("/follow-ups/{followUpId}/completion")
    ResponseEntity<Recorded> followUpCompletion(@PathVariable UUID caseId, @PathVariable UUID followUpId,
                                                @Valid @RequestBody CaseStepRequests.FollowUpCompletion body,
                                                @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new CompleteFollowUp(caseId, followUpId, body.mode(),
                body.completedOn()), officer));
    }

    @PostMapping("/follow-ups/{followUpId}/missed")
    ResponseEntity<Recorded> followUpMissed(@PathVariable UUID caseId, @PathVariable UUID followUpId,
                                            @Valid @RequestBody CaseStepRequests.FollowUpMissed body,
                                            @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new RecordMissedFollowUp(caseId, followUpId,
                body.attempts(), body.lastAttemptOn()), officer));
    }

    @PostMapping("/assessments")
    ResponseEntity<Recorded> assessment(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Assessment body,
                                        @AuthenticationPrincipal HomewardUser officer) {
        UUID assessmentId = UUID.randomUUID();
        return recorded(caseId, assessmentId, recording.record(caseId, new RecordReintegrationAssessment(caseId,
                assessmentId, body.assessedOn(), body.schemeVersion(), body.answers()), officer));
    }
}
