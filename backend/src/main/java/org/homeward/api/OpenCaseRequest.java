package org.homeward.api;

import java.time.LocalDate;

import org.homeward.casefile.Consent;
import org.homeward.casefile.NewCase;
import org.homeward.casefile.PersonalDetails;
import org.homeward.casefile.ReferralSource;
import org.homeward.casefile.Sex;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /api/cases}. Unknown fields are refused, so that a misspelt field never passes unnoticed. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record OpenCaseRequest(
        @NotNull @Valid PersonalDetailsRequest personalDetails,
        @NotNull Sex sex,
        @NotNull @PlausibleBirthYear Integer birthYear,
        @NotNull @CountryCode String nationality,
        @NotBlank @KnownOffice String office,
        @NotNull ReferralSource referralSource,
        @NotNull @PastOrPresent LocalDate referredOn,
        @NotNull @Valid ConsentRequest consent) {

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record PersonalDetailsRequest(
            @NotBlank @Size(max = 200) String fullName,
            @Size(max = 32) @Pattern(regexp = "\\+?[0-9 ()-]{6,32}", message = "must be a phone number such as +62 812 3456 7890")
            String phone) {
        @Override
        public String toString() {
            return "PersonalDetailsRequest[redacted]";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record ConsentRequest(
            @NotNull @AssertTrue(message = "consent to data processing must be recorded before a case can be opened")
            Boolean dataProcessing,
            @NotNull Boolean dataSharing) {
    }

    NewCase toNewCase() {
        return new NewCase(new PersonalDetails(personalDetails.fullName().strip(), personalDetails.phone()), sex,
                birthYear, nationality, office, referralSource, referredOn,
                new Consent(consent.dataProcessing(), consent.dataSharing()));
    }
}
