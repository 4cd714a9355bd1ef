package org.homeward.casefile;

import java.time.LocalDate;

/** What an officer or a partner system knows when a person is referred: the input for opening a case. */
public record NewCase(
        PersonalDetails personalDetails,
        Sex sex,
        Integer birthYear,
        String nationality,
        String office,
        ReferralSource referralSource,
        LocalDate referredOn,
        Consent consent) {
}
