package org.homeward.api;

import java.net.URI;
import java.util.UUID;

import org.homeward.casefile.CaseOpening;
import org.homeward.casefile.CaseRecord;
import org.homeward.casefile.CaseRecords;
import org.homeward.casefile.OpenedCase;
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

@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CaseOpening opening;
    private final CaseRecords records;

    CaseController(CaseOpening opening, CaseRecords records) {
        this.opening = opening;
        this.records = records;
    }

    @PostMapping
    ResponseEntity<OpenedCase> open(@Valid @RequestBody OpenCaseRequest request,
                                    @AuthenticationPrincipal HomewardUser officer) {
        OpenedCase opened = opening.open(request.toNewCase(), officer);
        return ResponseEntity.created(URI.create("/api/cases/" + opened.caseId())).body(opened);
    }

    @GetMapping("/{caseId}")
    CaseRecord get(@PathVariable UUID caseId, @AuthenticationPrincipal HomewardUser reader) {
        return records.find(caseId, reader).orElseThrow(() -> new UnknownCase(caseId));
    }
}
