package org.homeward.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case as recorded, read back from its events. {@code personalDetails} is null once they are erased.
 */
public record CaseRecord(
        UUID caseId,
        String reference,
        CaseStatus status,
        String office,
        PersonalDetails personalDetails,
        Sex sex,
        int birthYear,
        String nationality,
        ReferralSource referralSource,
        LocalDate referredOn,
        Consent consent,
        String openedBy,
        Instant openedAt,
        long version) {
}
