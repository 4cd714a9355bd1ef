package org.homeward.casefile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.homeward.casefile.assessment.ReintegrationAssessed;
import org.homeward.casefile.assessment.ScoringScheme;
import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.casefile.followup.FollowUpCancelled;
import org.homeward.casefile.followup.FollowUpCompleted;
import org.homeward.casefile.followup.FollowUpMissed;
import org.homeward.casefile.followup.FollowUpScheduled;
import org.homeward.casefile.identification.ConsentRecorded;
import org.homeward.casefile.identification.ConsentWithdrawn;
import org.homeward.casefile.identification.ExploitationRecorded;
import org.homeward.casefile.identification.ScreeningCompleted;
import org.homeward.casefile.journey.AssistanceProvided;
import org.homeward.casefile.journey.ReturnTravelArranged;
import org.homeward.casefile.journey.ReturnedHome;
import org.homeward.casefile.reintegration.BusinessGrantApproved;
import org.homeward.casefile.reintegration.BusinessGrantTrancheDisbursed;
import org.homeward.casefile.reintegration.BusinessStatusReported;
import org.homeward.casefile.reintegration.EconomicSupportProvided;
import org.homeward.casefile.reintegration.PsychosocialCheckInRecorded;
import org.homeward.casefile.reintegration.ReferralMade;
import org.homeward.casefile.reintegration.ReintegrationPlanAgreed;
import org.homeward.casefile.reintegration.SocialSupportProvided;

/**
 * The rules every event must satisfy on its own: required fields, codes, ranges, amounts and its effective date
 * (not in the future, not before the person was born, not before the exploitation began where that is known), and an
 * assessment's answers against its scoring scheme. Checked when a command would record the event, and again when a
 * correction would change it.
 */
final class EventRules {

    static final int LONGEST_NAME = 200;

    private EventRules() {
    }

    /**
     * @param dateField the name under which the caller gave the effective date (such as {@code returnedOn}), so that
     *                  a refusal points at the field the caller knows
     * @param schemes   the scoring schemes, needed for an assessment only ({@code null} where no assessment can occur)
     */
    static void check(CaseEvent event, String dateField, CaseState state, LocalDate latestToday, ScoringSchemes schemes) {
        LocalDate effectiveOn = event.effectiveOn();
        require(effectiveOn != null, dateField, "the date is required");
        // first, so that the field rules' date arithmetic never meets an absurd year
        require(!effectiveOn.isAfter(latestToday), dateField, "the date cannot be in the future");
        checkFields(event, latestToday, schemes);
        if (state != null && state.birthYear > 0) {
            require(effectiveOn.getYear() >= state.birthYear, dateField, "the date cannot be before the person was born");
        }
        if (state != null && state.exploitationStartedOn != null && !(event instanceof ExploitationRecorded)) {
            require(!effectiveOn.isBefore(state.exploitationStartedOn), dateField,
                    "the date cannot be before the exploitation began (" + state.exploitationStartedOn + ")");
        }
    }

    private static void checkFields(CaseEvent event, LocalDate latestToday, ScoringSchemes schemes) {
        switch (event) {
            case ExploitationRecorded e -> {
                require(e.form() != null, "form", "the form of exploitation is required");
                country(e.countryOfExploitation(), "countryOfExploitation");
                List<String> transit = e.transitCountries() == null ? List.of() : e.transitCountries();
                for (int i = 0; i < transit.size(); i++) {
                    country(transit.get(i), "transitCountries[" + i + "]");
                }
                require(e.recruitmentChannel() != null, "recruitmentChannel", "the recruitment channel is required (UNKNOWN if not known)");
                require(e.endedOn() == null || !e.endedOn().isBefore(e.startedOn()), "endedOn",
                        "the exploitation cannot end before it began");
                require(e.endedOn() == null || !e.endedOn().isAfter(latestToday), "endedOn",
                        "the end of the exploitation cannot be in the future");
            }
            case ScreeningCompleted e -> require(e.outcome() != null, "outcome", "the screening outcome is required");
            case ConsentRecorded e -> require(e.dataProcessing(), "dataProcessing",
                    "consent is recorded with consent to data processing; a refusal is recorded as a withdrawal");
            case ConsentWithdrawn e -> require(e.scope() != null, "scope", "say which consent is withdrawn");
            case AssistanceProvided e -> {
                require(e.kind() != null, "kind", "the kind of assistance is required");
                country(e.country(), "country");
                text(e.provider(), "provider");
                if (e.cost() != null) {
                    money(e.cost(), "cost");
                }
            }
            case ReturnTravelArranged e -> {
                country(e.fromCountry(), "fromCountry");
                country(e.toCountry(), "toCountry");
                require(!e.fromCountry().equals(e.toCountry()), "toCountry", "travel home goes to another country");
                require(e.mode() != null, "mode", "the mode of travel is required");
                require(e.departureOn() != null, "departureOn", "the departure date is required");
                require(!e.departureOn().isBefore(e.effectiveOn()), "departureOn", "the departure cannot be before the travel was arranged");
                require(!e.departureOn().isAfter(e.effectiveOn().plusYears(1)), "departureOn", "the departure is more than a year ahead");
            }
            case ReturnedHome e -> {
                text(e.province(), "province");
                require(e.district() == null || e.district().length() <= LONGEST_NAME, "district", "is too long");
            }
            case ReintegrationPlanAgreed e -> {
                require(e.economicGoal() != null, "economicGoal", "an economic goal is required (NONE if none)");
                require(e.socialGoal() != null, "socialGoal", "a social goal is required (NONE if none)");
                require(e.psychosocialGoal() != null, "psychosocialGoal", "a psychosocial goal is required (NONE if none)");
                money(e.budget(), "budget");
            }
            case EconomicSupportProvided e -> {
                require(e.kind() != null, "kind", "the kind of support is required");
                require(e.value() != null || !e.kind().requiresValue(), "value", "the value of " + e.kind() + " support is required");
                if (e.value() != null) {
                    money(e.value(), "value");
                }
            }
            case BusinessGrantApproved e -> {
                require(e.grantId() != null, "grantId", "a grant needs an identifier");
                require(e.businessType() != null, "businessType", "the type of business is required");
                money(e.amount(), "amount");
            }
            case BusinessGrantTrancheDisbursed e -> money(e.amount(), "amount");
            case BusinessStatusReported e -> {
                require(e.status() != null, "status", "the business status is required");
                if (e.monthlyIncome() != null) {
                    require(e.monthlyIncome().amount() != null && e.monthlyIncome().amount().signum() >= 0
                            && e.monthlyIncome().amount().compareTo(Money.CEILING) < 0, "monthlyIncome",
                            "the monthly income cannot be negative or implausibly large");
                    require(CurrencyCodes.isIso4217(e.monthlyIncome().currency()), "monthlyIncome.currency",
                            "the currency must be an ISO 4217 code such as USD, IDR or KES");
                }
            }
            case PsychosocialCheckInRecorded e -> {
                require(e.mode() != null, "mode", "the mode of the check-in is required");
                require(e.wellbeingScore() >= PsychosocialCheckInRecorded.LOWEST_SCORE
                        && e.wellbeingScore() <= PsychosocialCheckInRecorded.HIGHEST_SCORE, "wellbeingScore",
                        "the wellbeing score runs from 0 to 10");
                require(e.concerns() != null, "concerns", "list the concerns (empty when there are none)");
            }
            case SocialSupportProvided e -> require(e.kind() != null, "kind", "the kind of support is required");
            case ReferralMade e -> {
                require(e.service() != null, "service", "the service referred to is required");
                text(e.organisation(), "organisation");
            }
            case FollowUpScheduled e -> {
                require(e.followUpId() != null, "followUpId", "a follow-up needs an identifier");
                require(e.purpose() != null, "purpose", "the purpose of the follow-up is required");
                require(e.dueOn() != null, "dueOn", "the due date is required");
                require(!e.dueOn().isBefore(e.effectiveOn()), "dueOn", "a follow-up cannot be due before it was scheduled");
                require(!e.dueOn().isAfter(e.effectiveOn().plusYears(5)), "dueOn", "a follow-up cannot be due more than five years ahead");
            }
            case FollowUpCompleted e -> require(e.mode() != null, "mode", "the mode of contact is required");
            case FollowUpCancelled e -> {
                require(e.followUpId() != null, "followUpId", "say which follow-up is cancelled");
                require(e.reason() != null, "reason", "the reason for the cancellation is required");
            }
            case FollowUpMissed e -> require(e.attempts() >= 1 && e.attempts() <= FollowUpMissed.MOST_ATTEMPTS, "attempts",
                    "a missed follow-up takes between 1 and " + FollowUpMissed.MOST_ATTEMPTS + " attempts");
            case ReintegrationAssessed e -> {
                require(e.assessmentId() != null, "assessmentId", "an assessment needs an identifier");
                answers(e, Objects.requireNonNull(schemes, "an assessment is checked against the scoring schemes"));
            }
            case CaseReassigned e -> text(e.toOfficer(), "toOfficer");
            case CaseTransferred e -> {
                text(e.toOffice(), "toOffice");
                text(e.toOfficer(), "toOfficer");
            }
            case NoteAdded e -> require(e.note() != null && e.note().ciphertext() != null, "note", "the note is empty");
            case CaseClosed e -> require(e.reason() != null, "reason", "the reason for closing is required");
            case CaseReopened e -> require(e.reason() != null, "reason", "the reason for reopening is required");
            case PersonalDataErased e -> require(e.reason() != null, "reason", "the reason for the erasure is required");
            case CaseOpened e -> {
                require(CountryCodes.isAlpha2(e.nationality()), "nationality", "nationality must be an ISO 3166-1 alpha-2 country code");
                require(BirthYears.isPlausible(e.birthYear(), java.time.Year.from(latestToday)), "birthYear",
                        "birth year must be between " + (latestToday.getYear() - BirthYears.OLDEST_AGE) + " and " + latestToday.getYear());
                require(e.referredOn().getYear() >= e.birthYear(), "referredOn",
                        "the referral date cannot be before the person was born");
                require(e.sex() != null, "sex", "sex is required (UNKNOWN if not known)");
                require(e.referralSource() != null, "referralSource", "the referral source is required");
            }
            default -> {
                // EntryCorrected is checked through the event it corrects
            }
        }
    }

    static void require(boolean rule, String field, String reason) {
        if (!rule) {
            throw new CaseRuleViolation(field, reason);
        }
    }

    /** The scheme must exist, and the answers must answer each of its indicators with one of that indicator's codes. */
    private static void answers(ReintegrationAssessed e, ScoringSchemes schemes) {
        require(e.schemeVersion() != null && !e.schemeVersion().isBlank(), "schemeVersion",
                "the version of the scoring scheme is required, such as " + schemes.newest().id());
        ScoringScheme scheme = schemes.find(e.schemeVersion()).orElseThrow(() -> new CaseRuleViolation("schemeVersion",
                "no such scoring scheme; known: " + schemes.ids()));
        scheme.problemWith(e.answers()).ifPresent(problem -> {
            throw new CaseRuleViolation(problem.field(), problem.reason());
        });
    }

    private static void country(String code, String field) {
        require(CountryCodes.isAlpha2(code), field, field + " must be an ISO 3166-1 alpha-2 country code");
    }

    private static void text(String value, String field) {
        require(value != null && !value.isBlank(), field, field + " is required");
        require(value.length() <= LONGEST_NAME, field, field + " is too long");
    }

    private static void money(Money money, String field) {
        String problem = Money.problemWith(money);
        require(problem == null, field, problem);
    }
}
