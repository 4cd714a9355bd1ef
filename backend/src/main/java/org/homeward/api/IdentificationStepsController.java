package org.homeward.api;

import static org.homeward.api.Recorded.recorded;

import java.util.UUID;

import org.homeward.casefile.CaseRecording;
import org.homeward.casefile.identification.CompleteScreening;
import org.homeward.casefile.identification.RecordConsent;
import org.homeward.casefile.identification.RecordExploitation;
import org.homeward.casefile.identification.WithdrawConsent;
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
 * The steps of identifying a victim: the exploitation, the screening and consent. Each answers 201 with the recorded
 * history entry's location (see {@link Recorded}).
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
class IdentificationStepsController {

    private final CaseRecording recording;

    IdentificationStepsController(CaseRecording recording) {
        this.recording = recording;
    }

    @PostMapping("/exploitation")
    ResponseEntity<Recorded> exploitation(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Exploitation body,
                                          @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new RecordExploitation(caseId, body.form(),
                body.countryOfExploitation(), body.transitCountries(), body.recruitmentChannel(), body.startedOn(),
                body.endedOn()), officer));
    }

    @PostMapping("/screening")
    ResponseEntity<Recorded> screening(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Screening body,
                                       @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new CompleteScreening(caseId, body.outcome(), body.screenedOn()), officer));
    }

    @PostMapping("/consent")
    ResponseEntity<Recorded> consent(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.ConsentGiven body,
                                     @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new RecordConsent(caseId, body.dataProcessing(),
                body.dataSharing(), body.givenOn()), officer));
    }

    @PostMapping("/consent-withdrawals")
    ResponseEntity<Recorded> consentWithdrawal(@PathVariable UUID caseId,
                                               @Valid @RequestBody CaseStepRequests.ConsentWithdrawal body,
                                               @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new WithdrawConsent(caseId, body.scope(), body.withdrawnOn()), officer));
    }
}
