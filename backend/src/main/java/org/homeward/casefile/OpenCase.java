package org.homeward.casefile;

import java.time.LocalDate;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An officer opens a case for a person referred to the programme. */
public record OpenCase(
        @TargetAggregateIdentifier UUID caseId,
        String reference,
        SealedPersonalDetails personalDetails,
        Sex sex,
        int birthYear,
        String nationality,
        String office,
        ReferralSource referralSource,
        LocalDate referredOn,
        Consent consent,
        String openedBy) {
}
