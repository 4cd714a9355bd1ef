package org.homeward.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.homeward.casefile.ClosureReason;
import org.homeward.casefile.CorrectionReason;
import org.homeward.casefile.Money;
import org.homeward.casefile.ReopeningReason;
import org.homeward.casefile.followup.ContactMode;
import org.homeward.casefile.followup.FollowUpPurpose;
import org.homeward.casefile.identification.ConsentScope;
import org.homeward.casefile.identification.FormOfExploitation;
import org.homeward.casefile.identification.RecruitmentChannel;
import org.homeward.casefile.identification.ScreeningOutcome;
import org.homeward.casefile.journey.AssistanceKind;
import org.homeward.casefile.journey.TravelMode;
import org.homeward.casefile.reintegration.BusinessStatus;
import org.homeward.casefile.reintegration.BusinessType;
import org.homeward.casefile.reintegration.CheckInMode;
import org.homeward.casefile.reintegration.EconomicGoal;
import org.homeward.casefile.reintegration.EconomicSupportKind;
import org.homeward.casefile.reintegration.PsychosocialConcern;
import org.homeward.casefile.reintegration.PsychosocialGoal;
import org.homeward.casefile.reintegration.ReferralService;
import org.homeward.casefile.reintegration.SocialGoal;
import org.homeward.casefile.reintegration.SocialSupportKind;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The request bodies of the steps recorded on a case. They check shape only (present, right type); the case's
 * rules (codes, ranges, dates, what may follow what) are the aggregate's and come back as 422 with the reason.
 */
final class CaseStepRequests {

    private CaseStepRequests() {
    }

    record Exploitation(@NotNull FormOfExploitation form, @NotNull String countryOfExploitation,
                        List<@NotNull String> transitCountries, @NotNull RecruitmentChannel recruitmentChannel,
                        @NotNull LocalDate startedOn, LocalDate endedOn) {
    }

    record Screening(@NotNull ScreeningOutcome outcome, @NotNull LocalDate screenedOn) {
    }

    record ConsentGiven(@NotNull Boolean dataProcessing, @NotNull Boolean dataSharing, @NotNull LocalDate givenOn) {
    }

    record ConsentWithdrawal(@NotNull ConsentScope scope, @NotNull LocalDate withdrawnOn) {
    }

    record Assistance(@NotNull AssistanceKind kind, @NotNull String country, @NotBlank @Size(max = 200) String provider,
                      Money cost, @NotNull LocalDate providedOn) {
    }

    record ReturnTravel(@NotNull String fromCountry, @NotNull String toCountry, @NotNull TravelMode mode,
                        @NotNull LocalDate departureOn, @NotNull LocalDate arrangedOn) {
    }

    record ReturnHome(@NotNull LocalDate returnedOn, @NotBlank @Size(max = 200) String province,
                      @Size(max = 200) String district) {
    }

    record Plan(@NotNull EconomicGoal economicGoal, @NotNull SocialGoal socialGoal,
                @NotNull PsychosocialGoal psychosocialGoal, @NotNull Money budget, @NotNull LocalDate agreedOn) {
    }

    record EconomicSupport(@NotNull EconomicSupportKind kind, Money value, @NotNull LocalDate providedOn) {
    }

    record Grant(@NotNull BusinessType businessType, @NotNull Money amount, @NotNull LocalDate approvedOn) {
    }

    record Tranche(@NotNull Money amount, @NotNull LocalDate disbursedOn) {
    }

    record BusinessStatusReport(@NotNull BusinessStatus status, Money monthlyIncome, @NotNull LocalDate reportedOn) {
    }

    record PsychosocialCheckIn(@NotNull CheckInMode mode, @NotNull Integer wellbeingScore,
                               @NotNull Set<@NotNull PsychosocialConcern> concerns, @NotNull Boolean referredToSpecialist,
                               @NotNull LocalDate checkedInOn) {
    }

    record SocialSupport(@NotNull SocialSupportKind kind, @NotNull LocalDate providedOn) {
    }

    record Referral(@NotNull ReferralService service, @NotBlank @Size(max = 200) String organisation,
                    @NotNull LocalDate referredOn) {
    }

    record FollowUp(@NotNull FollowUpPurpose purpose, @NotNull LocalDate dueOn, @NotNull LocalDate scheduledOn) {
    }

    record FollowUpCompletion(@NotNull ContactMode mode, @NotNull LocalDate completedOn) {
    }

    record FollowUpMissed(@NotNull Integer attempts, @NotNull LocalDate lastAttemptOn) {
    }

    /** {@code answers}: indicator code to answer code, every indicator of the scheme {@code schemeVersion}. */
    record Assessment(@NotNull LocalDate assessedOn, @NotBlank String schemeVersion,
                      @NotEmpty Map<@NotBlank String, @NotBlank String> answers) {
    }

    record Reassignment(@NotBlank String toOfficer, @NotNull LocalDate reassignedOn) {
    }

    record Transfer(@NotBlank String toOffice, @NotBlank String toOfficer, @NotNull LocalDate transferredOn) {
    }

    record Note(@NotBlank @Size(max = 4000) String text, @NotNull LocalDate notedOn) {
        @Override
        public String toString() {
            return "Note[redacted, notedOn=" + notedOn + "]";
        }
    }

    record Correction(@NotBlank String correctedEventId, @NotEmpty Map<String, Object> correctedValues,
                      @NotNull CorrectionReason reason) {
    }

    record Closure(@NotNull ClosureReason reason, @NotNull LocalDate closedOn) {
    }

    record Reopening(@NotNull ReopeningReason reason, @NotNull LocalDate reopenedOn) {
    }

    record Erasure(@NotNull LocalDate requestedOn) {
    }
}
