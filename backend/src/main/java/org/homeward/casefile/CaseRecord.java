package org.homeward.casefile;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.homeward.casefile.identification.ScreeningOutcome;

/**
 * A case's current state, read from its events with every correction applied. {@code personalDetails} is null
 * once they are erased ({@code personalDataErased}).
 */
public record CaseRecord(
        UUID caseId,
        String reference,
        CaseStatus status,
        String office,
        String officer,
        PersonalDetails personalDetails,
        Sex sex,
        int birthYear,
        String nationality,
        ReferralSource referralSource,
        LocalDate referredOn,
        Consent consent,
        LocalDate exploitationBeganOn,
        ScreeningOutcome screening,
        LocalDate returnedOn,
        boolean planAgreed,
        List<Grant> grants,
        List<FollowUp> followUps,
        LocalDate closedOn,
        String openedBy,
        Instant openedAt,
        long version,
        boolean personalDataErased) {

    public record Grant(UUID grantId, LocalDate approvedOn, Money amount, BigDecimal disbursed, int tranches) {
    }

    /**
     * @param status    SCHEDULED (pending), COMPLETED, MISSED or CANCELLED (the case was closed while it was pending)
     * @param contactOn when it was completed or last attempted; null while scheduled and when cancelled
     */
    public record FollowUp(UUID followUpId, LocalDate scheduledOn, LocalDate dueOn, String status, LocalDate contactOn) {
    }
}
