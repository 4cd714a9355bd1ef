package org.homeward.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.homeward.casefile.Money;
import org.homeward.casefile.assessment.RecordReintegrationAssessment;
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
 * over time for most people and decline for some. Only steps dated up to today are produced, in the order they
 * happened.
 */
final class SyntheticJourney {

    private static final List<String> COMPOUND_COUNTRIES = List.of("MM", "KH", "LA");
    private static final List<String> HOME_PROVINCES_ID = List.of("Jawa Barat", "Jawa Timur", "Sumatera Utara", "Bali");
    private static final List<String> HOME_PROVINCES_EAST_AFRICA = List.of("Nairobi", "Mombasa", "Kampala", "Addis Ababa");

    /** Months after the return at which people are assessed; the last two only for those followed longer. */
    private static final int[] ASSESSED_AFTER_MONTHS = {3, 6, 12, 18, 24};
    private static final String INCOME_ACTIVITY = "economic.income_activity";
    private static final String WORK_SATISFACTION = "economic.work_satisfaction";

    private final Random random;
    private final LocalDate today;
    private final ScoringScheme scheme;
    private final FollowUpPlan plan;

    /**
     * @param scheme the questionnaire the assessments answer (the newest, as an officer's form would use)
     * @param plan   the follow-up plan the case schedules on the return, whose follow-ups the journey completes or misses
     */
    SyntheticJourney(Random random, LocalDate today, ScoringScheme scheme, FollowUpPlan plan) {
        this.random = random;
        this.today = today;
        this.scheme = scheme;
        this.plan = plan;
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
        addAssessments(steps, caseId, returnedOn);
        steps.sort(Comparator.comparing(SyntheticJourney::dateOf));
        return steps;
    }

    /**
     * Each dimension has a level from 0 to 1: low at the first assessment for most people, rising by a varying step
     * at each later one; for about one person in five it starts higher and falls (debts, stigma, no work). Each answer
     * is the step of its indicator's scale nearest to the level give or take some noise; "not applicable" answers
     * (no school-age children, no work) stay the same person's from one assessment to the next.
     */
    private void addAssessments(List<Object> steps, UUID caseId, LocalDate returnedOn) {
        if (random.nextInt(10) == 0) {
            return; // never reached for an assessment
        }
        boolean declining = random.nextInt(5) == 0;
        int assessments = random.nextInt(10) < 4 ? ASSESSED_AFTER_MONTHS.length : 3;
        List<ScoringScheme.Dimension> dimensions = scheme.dimensions();
        double[] level = new double[dimensions.size()];
        double[] step = new double[dimensions.size()];
        for (int d = 0; d < level.length; d++) {
            level[d] = declining ? 0.45 + 0.25 * random.nextDouble() : 0.15 + 0.3 * random.nextDouble();
            step[d] = declining ? -(0.04 + 0.08 * random.nextDouble()) : 0.05 + 0.12 * random.nextDouble();
        }
        Map<String, Boolean> applies = new LinkedHashMap<>();
        scheme.indicators().stream().filter(indicator -> indicator.notApplicable() != null)
                .forEach(indicator -> applies.put(indicator.code(), random.nextInt(10) < 6));
        for (int a = 0; a < assessments; a++) {
            LocalDate assessedOn = returnedOn.plusMonths(ASSESSED_AFTER_MONTHS[a]).plusDays(random.nextInt(14));
            Map<String, String> answers = new LinkedHashMap<>();
            for (int d = 0; d < dimensions.size(); d++) {
                double dimensionLevel = Math.clamp(level[d] + a * step[d], 0.0, 1.0);
                for (ScoringScheme.Indicator indicator : dimensions.get(d).indicators()) {
                    answers.put(indicator.code(), answer(indicator, dimensionLevel, applies, answers));
                }
            }
            UUID assessmentId = UUID.nameUUIDFromBytes(("assessment " + random.nextLong()).getBytes(StandardCharsets.UTF_8));
            if (!assessedOn.isAfter(today) && random.nextInt(8) > 0) {
                steps.add(new RecordReintegrationAssessment(caseId, assessmentId, assessedOn, scheme.id(), answers));
            }
        }
    }

    private String answer(ScoringScheme.Indicator indicator, double level, Map<String, Boolean> applies,
                          Map<String, String> answersSoFar) {
        double target = level + 0.18 * random.nextGaussian();
        boolean applicable = WORK_SATISFACTION.equals(indicator.code())
                ? !withoutIncome(answersSoFar) // no work, no satisfaction with it
                : applies.getOrDefault(indicator.code(), true);
        if (!applicable && indicator.notApplicable() != null) {
            return indicator.notApplicable().code();
        }
        return indicator.scale().stream().min(Comparator.comparingDouble(answer -> Math.abs(answer.value() - target)))
                .orElseThrow().code();
    }

    private boolean withoutIncome(Map<String, String> answers) {
        return scheme.indicator(INCOME_ACTIVITY)
                .map(income -> income.scale().getFirst().code().equals(answers.get(INCOME_ACTIVITY))).orElse(false);
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

    /** When a step happened, to record steps in the order of their dates. */
    private static LocalDate dateOf(Object step) {
        return switch (step) {
            case RecordExploitation s -> s.startedOn();
            case CompleteScreening s -> s.screenedOn();
            case ProvideAssistance s -> s.providedOn();
            case ArrangeReturnTravel s -> s.arrangedOn();
            case ProvideEconomicSupport s -> s.providedOn();
            case ProvideSocialSupport s -> s.providedOn();
            case MakeReferral s -> s.referredOn();
            case RecordReturnHome s -> s.returnedOn();
            case CompleteFollowUp s -> s.completedOn();
            case RecordMissedFollowUp s -> s.lastAttemptOn();
            case RecordPsychosocialCheckIn s -> s.checkedInOn();
            case AgreeReintegrationPlan s -> s.agreedOn();
            case ApproveBusinessGrant s -> s.approvedOn();
            case DisburseGrantTranche s -> s.disbursedOn();
            case ReportBusinessStatus s -> s.reportedOn();
            case RecordReintegrationAssessment s -> s.assessedOn();
            default -> LocalDate.MIN;
        };
    }
}
