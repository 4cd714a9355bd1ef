package org.homeward.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.homeward.privacy.PersonalDataReads;
import org.homeward.security.SignInAttempts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** The audit trails administrators review: reads of personal data, failed and refused sign-ins. ADMIN only. */
@RestController
@RequestMapping("/api/admin/audit")
class AuditController {

    private final PersonalDataReads reads;
    private final SignInAttempts signIns;

    AuditController(PersonalDataReads reads, SignInAttempts signIns) {
        this.reads = reads;
        this.signIns = signIns;
    }

    @GetMapping("/personal-data-reads")
    @Operation(summary = "Who opened which case's personal details, and when", description = "Newest first, at most "
            + "1,000; filter by user name, case, and days from/to (UTC, both included).")
    List<PersonalDataReads.Read> personalDataReads(@RequestParam(required = false) String username,
                                                   @RequestParam(required = false) UUID caseId,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkPeriod(from, to);
        return reads.find(new PersonalDataReads.Filter(username == null || username.isBlank() ? null : username.strip(),
                caseId, start(from), end(to)));
    }

    @GetMapping("/security-events")
    @Operation(summary = "Failed sign-ins, names locked and sign-ins refused while locked", description = "Newest "
            + "first, at most 1,000; days from/to (UTC, both included).")
    List<SignInAttempts.SecurityEvent> securityEvents(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        checkPeriod(from, to);
        return signIns.events(start(from), end(to));
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameter("to", "must not be before from");
        }
    }

    private static Instant start(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant end(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
