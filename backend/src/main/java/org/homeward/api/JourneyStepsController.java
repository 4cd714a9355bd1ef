package org.homeward.api;

import static org.homeward.api.Recorded.recorded;

import java.util.UUID;

import org.homeward.casefile.CaseRecording;
import org.homeward.casefile.journey.ArrangeReturnTravel;
import org.homeward.casefile.journey.ProvideAssistance;
import org.homeward.casefile.journey.RecordReturnHome;
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
 * The steps of the journey home: assistance in transit, the return travel and the return. Each answers 201 with the
 * recorded history entry's location (see {@link Recorded}).
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
class JourneyStepsController {

    private final CaseRecording recording;

    JourneyStepsController(CaseRecording recording) {
        this.recording = recording;
    }

    @PostMapping("/assistance")
    ResponseEntity<Recorded> assistance(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Assistance body,
                                        @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new ProvideAssistance(caseId, body.kind(), body.country(),
                body.provider(), body.cost(), body.providedOn()), officer));
    }

    @PostMapping("/return-travel")
    ResponseEntity<Recorded> returnTravel(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.ReturnTravel body,
                                          @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new ArrangeReturnTravel(caseId, body.fromCountry(),
                body.toCountry(), body.mode(), body.departureOn(), body.arrangedOn()), officer));
    }

    @PostMapping("/returned-home")
    ResponseEntity<Recorded> returnedHome(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.ReturnHome body,
                                          @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new RecordReturnHome(caseId, body.returnedOn(),
                body.province(), body.district()), officer));
    }
}
