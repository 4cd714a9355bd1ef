package org.homeward.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.serialization.Revision;

/**
 * A case was opened. {@code referredOn} is the effective date; when it was recorded is the event's own time stamp.
 */
@Revision("1")
public record CaseOpened(
        UUID caseId,
        @Uncorrectable String reference,
        SealedPersonalDetails personalDetails,
        Sex sex,
        int birthYear,
        String nationality,
        @Uncorrectable String office,
        ReferralSource referralSource,
        LocalDate referredOn,
        @Uncorrectable Consent consent,
        @Uncorrectable String openedBy) implements CaseEvent {

    @Override
    public LocalDate effectiveOn() {
        return referredOn;
    }
}
