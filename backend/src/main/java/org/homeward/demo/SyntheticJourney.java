package org.homeward.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.homeward.casefile.Money;
import org.homeward.casefile.assessment.ScoringScheme;
import org.homeward.casefile.followup.CompleteFollowUp;
import org.homeward.casefile.followup.ContactMode;
import org.homeward.casefile.followup.FollowUpPlan;
import org.homeward.casefile.followup.RecordMissedFollowUp;
import org.homeward.casefile.identification.CompleteScreening;
import org.homeward.casefile.identification.FormOfExploitation;
import org.homeward.casefile.identification.RecordExploitation;
import org.homeward.casefile.identification.RecruitmentChannel;
import org.homeward.casefile.identification.ScreeningOutcome;
import org.homeward.casefile.journey.ArrangeReturnTravel;
import org.homeward.casefile.journey.AssistanceKind;
import org.homeward.casefile.journey.TravelMode;
import org.homeward.casefile.reintegration.EconomicSupportKind;
import org.homeward.casefile.reintegration.MakeReferral;
import org.homeward.casefile.reintegration.ProvideEconomicSupport;
import org.homeward.casefile.reintegration.ProvideSocialSupport;
import org.homeward.casefile.reintegration.ReferralService;
import org.homeward.casefile.reintegration.SocialSupportKind;
import org.homeward.casefile.journey.ProvideAssistance;
import org.homeward.casefile.journey.RecordReturnHome;
import org.homeward.casefile.reintegration.AgreeReintegrationPlan;
import org.homeward.casefile.reintegration.ApproveBusinessGrant;
import org.homeward.casefile.reintegration.BusinessStatus;
import org.homeward.casefile.reintegration.BusinessType;
import org.homeward.casefile.reintegration.ReportBusinessStatus;
import org.homeward.casefile.reintegration.CheckInMode;
import org.homeward.casefile.reintegration.DisburseGrantTranche;
import org.homeward.casefile.reintegration.EconomicGoal;
import org.homeward.casefile.reintegration.PsychosocialConcern;
import org.homeward.casefile.reintegration.PsychosocialGoal;
import org.homeward.casefile.reintegration.RecordPsychosocialCheckIn;
import org.homeward.casefile.reintegration.SocialGoal;

/**
 * The invented steps of one case after its referral, shaped like the field reports: months in a scam compound in
 * Myanmar, Cambodia or Laos reached through Thailand (some sold on to a compound in a second country); most
 * screened as identified victims; shelter, food, legal counselling and interpretation in transit; most home within two
 * months, with a reintegration allowance for most, training, family mediation or a counselling referral for some; the follow-ups of the programme's plan (which the case schedules
 * itself when the return is recorded) completed with a check-in once due, some missed; a business grant for some;
 * reintegration assessments about 3, 6 and 12 months after the return (18 and 24 for some), whose answers improve
 * over time for most people and decline for some ({@link SyntheticAssessments}). Only steps dated up to today are
 * produced, in the order they happened.
 */
final class SyntheticJourney {

    private static final List<String> COMPOUND_COUNTRIES = List.of("MM", "KH", "LA");
    private static final List<String> HOME_PROVINCES_ID = List.of("Jawa Barat", "Jawa Timur", "Sumatera Utara", "Bali");
    private static final List<String> HOME_PROVINCES_EAST_AFRICA = List.of("Nairobi", "Mombasa", "Kampala", "Addis Ababa");

    private final Random random;
    private final LocalDate today;
    private final FollowUpPlan plan;
    private final SyntheticAssessments assessments;

    /**
     * @param scheme the questionnaire the assessments answer (the newest, as an officer's form would use)
     * @param plan   the follow-up plan the case schedules on the return, whose follow-ups the journey completes or misses
     */
    SyntheticJourney(Random random, LocalDate today, ScoringScheme scheme, FollowUpPlan plan) {
        this.random = random;
        this.today = today;
        this.plan = plan;
        this.assessments = new SyntheticAssessments(random, today, scheme);
    }

    List<Object> steps(UUID caseId, SyntheticCase synthetic) {
        String nationality = synthetic.referral().nationality();
        LocalDate referredOn = synthetic.referral().referredOn();
        List<Object> steps = new ArrayList<>();
        LocalDate exploitationEnded = referredOn.minusDays(1 + random.nextInt(20));
        LocalDate exploitationStarted = exploitationEnded.minusMonths(3 + random.nextInt(10));
        // Indonesians in the reports crossed Malaysia by land into Thailand; others flew to Bangkok
        List<String> transit = "ID".equals(nationality) ? List.of("MY", "TH") : List.of("TH");
        RecruitmentChannel channel = switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> RecruitmentChannel.SOCIAL_MEDIA;
            case 4, 5, 6 -> RecruitmentChannel.ONLINE_JOB_ADVERT;
            case 7, 8 -> RecruitmentChannel.FRIEND_OR_RELATIVE;
            default -> RecruitmentChannel.RECRUITMENT_AGENCY;
        };
        if (random.nextInt(100) < 15) {
            // sold on from one compound to another across a border
            LocalDate movedOn = exploitationStarted.plusDays(
                    java.time.temporal.ChronoUnit.DAYS.between(exploitationStarted, exploitationEnded) / 2);
            String first = synthetic.compoundCountry();
            String second = COMPOUND_COUNTRIES.stream().filter(country -> !country.equals(first)).toList()
                    .get(random.nextInt(2));
            steps.add(new RecordExploitation(caseId, FormOfExploitation.FORCED_CRIMINALITY_ONLINE_SCAMS, first, transit,
                    channel, exploitationStarted, movedOn));
            steps.add(new RecordExploitation(caseId, FormOfExploitation.FORCED_CRIMINALITY_ONLINE_SCAMS, second, List.of(),
                    channel, movedOn, exploitationEnded));
        } else {
            steps.add(new RecordExploitation(caseId, FormOfExploitation.FORCED_CRIMINALITY_ONLINE_SCAMS,
                    synthetic.compoundCountry(), transit, channel, exploitationStarted, exploitationEnded));
        }
        // 86 in 100 referred are identified as victims (the field report's share), a few more presumed
        int screening = random.nextInt(100);
        ScreeningOutcome outcome = screening < 86 ? ScreeningOutcome.IDENTIFIED_VICTIM
                : screening < 94 ? ScreeningOutcome.PRESUMED_VICTIM : ScreeningOutcome.NOT_A_VICTIM;
        addIfPast(steps, referredOn.plusDays(1 + random.nextInt(4)), on -> new CompleteScreening(caseId, outcome, on));
        // food, shelter, legal counselling and interpretation during a stay of weeks in Bangkok
        addIfPast(steps, referredOn.plusDays(1), on -> new ProvideAssistance(caseId, AssistanceKind.ACCOMMODATION, "TH",
                "Transit shelter", new Money(new BigDecimal(150 + random.nextInt(200)), "USD"), on));
        addIfPast(steps, referredOn.plusDays(1), on -> new ProvideAssistance(caseId, AssistanceKind.FOOD, "TH",
                "Transit shelter", new Money(new BigDecimal(40 + random.nextInt(80)), "USD"), on));
        addIfPast(steps, referredOn.plusDays(2), on -> new ProvideAssistance(caseId, AssistanceKind.LEGAL_COUNSELLING, "TH",
                "Legal aid clinic", null, on));
        if (!"PH".equals(nationality) && random.nextInt(3) > 0) {
            addIfPast(steps, referredOn.plusDays(2), on -> new ProvideAssistance(caseId, AssistanceKind.INTERPRETATION,
                    "TH", "Interpreter pool", new Money(new BigDecimal(30 + random.nextInt(60)), "USD"), on));
        }
        LocalDate returnedOn = referredOn.plusDays(20 + random.nextInt(40));
        if (random.nextInt(10) < 2 || returnedOn.isAfter(today)) {
            return steps;
        }
        addIfPast(steps, returnedOn.minusDays(5), on -> new ArrangeReturnTravel(caseId, "TH", nationality, TravelMode.AIR,
                returnedOn, on));
        List<String> provinces = "ID".equals(nationality) ? HOME_PROVINCES_ID : HOME_PROVINCES_EAST_AFRICA;
        // the case schedules the plan's follow-ups itself when the return is recorded; the journey settles them
        steps.add(new RecordReturnHome(caseId, returnedOn, provinces.get(random.nextInt(provinces.size())), null));
        boolean worried = false;
        for (FollowUpPlan.Planned followUp : plan.followUps(caseId, returnedOn)) {
            LocalDate contact = followUp.dueOn().plusDays(random.nextInt(10));
            if (!contact.isAfter(today)) {
                if (random.nextInt(5) == 0) {
                    steps.add(new RecordMissedFollowUp(caseId, followUp.followUpId(), 1 + random.nextInt(4), contact));
                } else {
                    steps.add(new CompleteFollowUp(caseId, followUp.followUpId(), ContactMode.PHONE, contact));
                    int month = Math.min(followUp.month(), 6);
                    boolean debts = random.nextBoolean();
                    worried |= debts;
                    steps.add(new RecordPsychosocialCheckIn(caseId, CheckInMode.PHONE, Math.min(10, 3 + month / 2 + random.nextInt(5)),
                            debts ? Set.of(PsychosocialConcern.DEBT_PRESSURE) : Set.of(), false, contact));
                }
            }
        }
        // a reintegration allowance on arrival for most, training for some, family mediation and counselling referrals
        addIfPast(steps, returnedOn.plusDays(3), on -> random.nextInt(10) < 7 ? new ProvideEconomicSupport(caseId,
                EconomicSupportKind.CASH, new Money(BigDecimal.valueOf(100 + 50L * random.nextInt(5)), "USD"), on) : null);
        addIfPast(steps, returnedOn.plusMonths(2), on -> random.nextInt(10) < 3 ? new ProvideEconomicSupport(caseId,
                EconomicSupportKind.VOCATIONAL_TRAINING, null, on) : null);
        addIfPast(steps, returnedOn.plusDays(21), on -> random.nextInt(10) < 3
                ? new ProvideSocialSupport(caseId, SocialSupportKind.FAMILY_MEDIATION, on) : null);
        if (worried) {
            addIfPast(steps, returnedOn.plusMonths(1), on -> random.nextInt(3) == 0
                    ? new MakeReferral(caseId, ReferralService.MENTAL_HEALTH, "Community counselling centre", on) : null);
        }
        LocalDate planned = returnedOn.plusDays(14);
        if (outcome.isVictim() && random.nextInt(10) < 5 && !planned.plusDays(30).isAfter(today)) {
            steps.add(new AgreeReintegrationPlan(caseId, EconomicGoal.START_BUSINESS, SocialGoal.FAMILY_RECONCILIATION,
                    PsychosocialGoal.COUNSELLING, new Money(new BigDecimal("1500"), "USD"), planned));
            UUID grantId = new UUID(random.nextLong(), random.nextLong());
            steps.add(new ApproveBusinessGrant(caseId, grantId, BusinessType.values()[random.nextInt(BusinessType.values().length)],
                    new Money(new BigDecimal("1000"), "USD"), planned.plusDays(10)));
            steps.add(new DisburseGrantTranche(caseId, grantId, new Money(new BigDecimal("600"), "USD"), planned.plusDays(20)));
            // most businesses still run six months after the return, fewer after a year (the field reports' pattern)
            boolean operating = true;
            for (int month : new int[] {6, 12}) {
                LocalDate reportedOn = returnedOn.plusMonths(month).plusDays(random.nextInt(10));
                if (!reportedOn.isAfter(today)) {
                    operating = operating && random.nextInt(10) < 8;
                    steps.add(new ReportBusinessStatus(caseId, grantId, operating ? BusinessStatus.OPERATING
                            : BusinessStatus.CLOSED, operating ? new Money(BigDecimal.valueOf(80 + random.nextInt(200)), "USD")
                            : null, reportedOn));
                }
            }
        }
        assessments.add(steps, caseId, returnedOn);
        steps.sort(Comparator.comparing(SyntheticStepDates::dateOf));
        return steps;
    }

    /** Adds the step made on that day, if the day has come and the step is made (not null). */
    private void addIfPast(List<Object> steps, LocalDate on, java.util.function.Function<LocalDate, Object> step) {
        if (!on.isAfter(today)) {
            Object made = step.apply(on);
            if (made != null) {
                steps.add(made);
            }
        }
    }
}
