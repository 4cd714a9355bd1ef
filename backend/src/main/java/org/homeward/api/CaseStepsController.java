package org.homeward.api;

import static org.homeward.api.Recorded.recorded;

import java.util.List;
import java.util.UUID;

import org.homeward.casefile.CaseRecording;
import org.homeward.casefile.CaseRecords;
import org.homeward.casefile.CloseCase;
import org.homeward.casefile.CorrectEntry;
import org.homeward.casefile.ErasePersonalData;
import org.homeward.casefile.HistoryEntry;
import org.homeward.casefile.ReassignCase;
import org.homeward.casefile.ReopenCase;
import org.homeward.casefile.TransferCase;
import org.homeward.casefile.UnknownCase;
import org.homeward.security.HomewardUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;

/**
 * The steps that concern the case itself (who holds it, notes, corrections, closing, reopening, erasure) and its
 * history. The steps of the person's journey are the other {@code *StepsController}s' (identification, journey,
 * reintegration, follow-ups); each answers 201 with the recorded history entry's location (see {@link Recorded}).
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
class CaseStepsController {

    private final CaseRecording recording;
    private final CaseRecords records;

    CaseStepsController(CaseRecording recording, CaseRecords records) {
        this.recording = recording;
        this.records = records;
    }

    @PostMapping("/reassignment")
    ResponseEntity<Recorded> reassignment(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Reassignment body,
                                          @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new ReassignCase(caseId, body.toOfficer(), body.reassignedOn()), officer));
    }

    @PostMapping("/transfer")
    ResponseEntity<Recorded> transfer(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Transfer body,
                                      @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new TransferCase(caseId, body.toOffice(), body.toOfficer(),
                body.transferredOn()), officer));
    }

    @PostMapping("/notes")
    ResponseEntity<Recorded> note(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Note body,
                                  @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.addNote(caseId, body.text(), body.notedOn(), officer));
    }

    @PostMapping("/corrections")
    ResponseEntity<Recorded> correction(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Correction body,
                                        @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new CorrectEntry(caseId, body.correctedEventId(),
                body.correctedValues(), body.reason()), officer));
    }

    @PostMapping("/closure")
    ResponseEntity<Recorded> closure(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Closure body,
                                     @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new CloseCase(caseId, body.reason(), body.closedOn()), officer));
    }

    @PostMapping("/reopening")
    ResponseEntity<Recorded> reopening(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Reopening body,
                                       @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new ReopenCase(caseId, body.reason(), body.reopenedOn()), officer));
    }

    @PostMapping("/personal-data-erasure")
    @io.swagger.v3.oas.annotations.Operation(summary = "Erase the person's personal data for good, at their request",
            description = "The case's key is destroyed with the recording of PersonalDataErased: name, contact details "
            + "and notes can never be read again; everything non-personal stays. For officers of the case's office. "
            + "(Erasure at the end of the retention period is the retention policy's.)")
    ResponseEntity<Recorded> erasure(@PathVariable UUID caseId, @Valid @RequestBody CaseStepRequests.Erasure body,
                                     @AuthenticationPrincipal HomewardUser officer) {
        return recorded(caseId, null, recording.record(caseId, new ErasePersonalData(caseId, body.requestedOn()), officer));
    }

    @GetMapping("/history")
    List<HistoryEntry> history(@PathVariable UUID caseId, @AuthenticationPrincipal HomewardUser reader) {
        return records.history(caseId, reader).orElseThrow(() -> new UnknownCase(caseId));
    }

    @GetMapping("/history/{eventId}")
    HistoryEntry historyEntry(@PathVariable UUID caseId, @PathVariable String eventId,
                              @AuthenticationPrincipal HomewardUser reader) {
        return history(caseId, reader).stream().filter(entry -> entry.eventId().equals(eventId)).findFirst()
                .orElseThrow(() -> new UnknownCase(caseId));
    }
}
