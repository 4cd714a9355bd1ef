package org.homeward.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.homeward.casefile.CaseOpening;
import org.homeward.casefile.CaseRecord;
import org.homeward.casefile.CaseRecords;
import org.homeward.casefile.OpenedCase;
import org.homeward.casefile.UnknownCase;
import org.homeward.replay.Basis;
import org.homeward.replay.CaseAsOf;
import org.homeward.replay.CaseReplays;
import org.homeward.security.HomewardUser;
import org.homeward.security.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.Operation;
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
    private final CaseReplays replays;

    CaseController(CaseOpening opening, CaseRecords records, CaseReplays replays) {
        this.opening = opening;
        this.records = records;
        this.replays = replays;
    }

    @PostMapping
    ResponseEntity<OpenedCase> open(@Valid @RequestBody OpenCaseRequest request,
                                    @AuthenticationPrincipal HomewardUser officer) {
        OpenedCase opened = opening.open(request.toNewCase(), officer);
        return ResponseEntity.created(URI.create("/api/cases/" + opened.caseId())).body(opened);
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "A case as it stands now, with its personal details", description = "For officers of the "
            + "case's office. Add asOf (and basis) for the pseudonymous state as of a past date.")
    CaseRecord get(@PathVariable UUID caseId, @AuthenticationPrincipal HomewardUser reader) {
        if (!reader.hasRole(Role.OFFICER)) {
            throw new AccessDeniedException("Personal details are for the officers of the case's office; "
                    + "ask with ?asOf=YYYY-MM-DD for the pseudonymous state");
        }
        return records.find(caseId, reader).orElseThrow(() -> new UnknownCase(caseId));
    }

    @GetMapping(value = "/{caseId}", params = "asOf")
    @Operation(summary = "A case as of a past date", description = "basis=effective (default): what had happened by "
            + "the end of that day, as known now, every correction applied. basis=recorded: what Homeward knew at the "
            + "end of that day (UTC); a correction recorded later is not visible. Pseudonymous; state is null when "
            + "the case did not exist yet on that basis. For officers, managers and evaluators of the case's office.")
    CaseAsOf asOf(@PathVariable UUID caseId,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                  @RequestParam(defaultValue = "effective") String basis,
                  @AuthenticationPrincipal HomewardUser reader) {
        Basis chosen = switch (basis.toLowerCase(Locale.ROOT)) {
            case "effective" -> Basis.EFFECTIVE;
            case "recorded" -> Basis.RECORDED;
            default -> throw new InvalidParameter("basis", "must be effective or recorded");
        };
        return replays.asOf(caseId, reader, asOf, chosen).orElseThrow(() -> new UnknownCase(caseId));
    }
}
