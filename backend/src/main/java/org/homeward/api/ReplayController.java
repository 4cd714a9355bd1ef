package org.homeward.api;

import java.util.UUID;

import org.homeward.casefile.UnknownCase;
import org.homeward.replay.CaseReplay;
import org.homeward.replay.CaseReplays;
import org.homeward.replay.ReplayReport;
import org.homeward.security.HomewardUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** A case's history replayed step by step, for evaluation files; pseudonymous. */
@RestController
@RequestMapping("/api/cases/{caseId}/replay")
class ReplayController {

    private final CaseReplays replays;

    ReplayController(CaseReplays replays) {
        this.replays = replays;
    }

    @GetMapping
    @Operation(summary = "Replay a case", description = "Every event in the order recorded, with the case's state "
            + "after it and the fields it changed. For officers, managers and evaluators of the case's office.")
    ResponseEntity<CaseReplay> replay(@PathVariable UUID caseId, @AuthenticationPrincipal HomewardUser reader) {
        CaseReplay replay = replays.replay(caseId, reader).orElseThrow(() -> new UnknownCase(caseId));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename("case-" + replay.reference() + "-history.json").build().toString()).body(replay);
    }

    @GetMapping(value = "/report", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "A case's history as a printable report (HTML)")
    String report(@PathVariable UUID caseId, @AuthenticationPrincipal HomewardUser reader) {
        return ReplayReport.html(replays.replay(caseId, reader).orElseThrow(() -> new UnknownCase(caseId)));
    }
}
