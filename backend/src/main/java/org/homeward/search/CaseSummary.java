package org.homeward.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.homeward.casefile.CaseStatus;
import org.homeward.casefile.ReferralSource;
import org.homeward.casefile.Sex;

/** A case as lists show it, read from the search index. */
public record CaseSummary(
        UUID caseId,
        String reference,
        CaseStatus status,
        String office,
        Sex sex,
        int birthYear,
        String nationality,
        ReferralSource referralSource,
        LocalDate referredOn,
        Instant openedAt) {
}
