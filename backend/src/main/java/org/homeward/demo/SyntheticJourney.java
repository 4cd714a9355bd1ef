package org.homeward.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.homeward.casefile.Money;
import org.homeward.casefile.followup.CompleteFollowUp;
import org.homeward.casefile.followup.ContactMode;
import org.homeward.casefile.followup.FollowUpPurpose;
import org.homeward.casefile.followup.RecordMissedFollowUp;
import org.homeward.casefile.followup.ScheduleFollowUp;
import org.homeward.casefile.identification.CompleteScreening;
import org.homeward.casefile.identification.FormOfExploitation;
import org.homeward.casefile.identification.RecordExploitation;
import org.homeward.casefile.identification.RecruitmentChannel;
import org.homeward.casefile.identification.ScreeningOutcome;
import org.homeward.casefile.journey.AssistanceKind;
import org.homeward.casefile.journey.ProvideAssistance;
import org.homeward.casefile.journey.RecordReturnHome;
import org.homeward.casefile.reintegration.AgreeReintegrationPlan;
import org.homeward.casefile.reintegration.ApproveBusinessGrant;
import org.homeward.casefile.reintegration.BusinessType;
import org.homeward.casefile.reintegration.CheckInMode;
import org.homeward.casefile.reintegration.DisburseGrantTranche;
import org.homeward.casefile.reintegration.EconomicGoal;
import org.homeward.casefile.reintegration.PsychosocialConcern;
import org.homeward.casefile.reintegration.PsychosocialGoal;
import org.homeward.casefile.reintegration.RecordPsychosocialCheckIn;
import org.homeward.casefile.reintegration.SocialGoal;

/**
 * The invented steps of one demo case after its referral, shaped like the field reports: months in a scam
 * compound in Myanmar, Cambodia or Laos reached through Thailand; most screened as identified victims; shelter and
 * food in transit; most home within two months; follow-ups at one, three and six months, some missed; a business
 * grant for some. Only steps dated up to today are produced, in the order they happened.
 */
final class SyntheticJourney {

    private static final List<String> COMPOUND_COUNTRIES = List.of("MM", "MM", "KH", "LA");
    private static final List<String> HOME_PROVINCES_ID = List.of("Jawa Barat", "Jawa Timur", "Sumatera Utara", "Bali");
    private static final List<String> HOME_PROVINCES_EAST_AFRICA = List.of("Nairobi", "Mombasa", "Kampala", "Addis Ababa");

    private final Random random;
    private final LocalDate today;

    SyntheticJourney(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    List<Object> steps(UUID caseId, String nationality, LocalDate referredOn) {
        List<Object> steps = new ArrayList<>();
        LocalDate exploitationEnded = referredOn.minusDays(1 + random.nextInt(20));
        steps.add(new RecordExploitation(caseId, FormOfExploitation.FORCED_CRIMINALITY_ONLINE_SCAMS,
                COMPOUND_COUNTRIES.get(random.nextInt(COMPOUND_COUNTRIES.size())), List.of("TH"),
                random.nextBoolean() ? RecruitmentChannel.SOCIAL_MEDIA : RecruitmentChannel.ONLINE_JOB_ADVERT,
                exploitationEnded.minusMonths(3 + random.nextInt(10)), exploitationEnded));
        int screening = random.nextInt(100);
        ScreeningOutcome outcome = screening < 86 ? ScreeningOutcome.IDENTIFIED_VICTIM
                : screening < 96 ? ScreeningOutcome.PRESUMED_VICTIM : ScreeningOutcome.NOT_A_VICTIM;
        addIfPast(steps, referredOn.plusDays(1 + random.nextInt(4)), on -> new CompleteScreening(caseId, outcome, on));
        addIfPast(steps, referredOn.plusDays(1), on -> new ProvideAssistance(caseId, AssistanceKind.ACCOMMODATION, "TH",
                "Transit shelter", new Money(new BigDecimal(150 + random.nextInt(200)), "USD"), on));
        addIfPast(steps, referredOn.plusDays(2), on -> new ProvideAssistance(caseId, AssistanceKind.LEGAL_COUNSELLING, "TH",
                "Legal aid clinic", null, on));
        LocalDate returnedOn = referredOn.plusDays(20 + random.nextInt(40));
        if (random.nextInt(10) < 2 || returnedOn.isAfter(today)) {
            return steps;
        }
        List<String> provinces = "ID".equals(nationality) ? HOME_PROVINCES_ID : HOME_PROVINCES_EAST_AFRICA;
        steps.add(new RecordReturnHome(caseId, returnedOn, provinces.get(random.nextInt(provinces.size())), null));
        int[] months = {1, 3, 6};
        for (int month : months) {
            UUID followUpId = UUID.randomUUID();
            LocalDate due = returnedOn.plusMonths(month);
            steps.add(new ScheduleFollowUp(caseId, followUpId, FollowUpPurpose.CHECK_IN, due, returnedOn));
            LocalDate contact = due.plusDays(random.nextInt(10));
            if (!contact.isAfter(today)) {
                if (random.nextInt(5) == 0) {
                    steps.add(new RecordMissedFollowUp(caseId, followUpId, 1 + random.nextInt(4), contact));
                } else {
                    steps.add(new CompleteFollowUp(caseId, followUpId, ContactMode.PHONE, contact));
                    steps.add(new RecordPsychosocialCheckIn(caseId, CheckInMode.PHONE, Math.min(10, 3 + month / 2 + random.nextInt(5)),
                            random.nextBoolean() ? Set.of(PsychosocialConcern.DEBT_PRESSURE) : Set.of(), false, contact));
                }
            }
        }
        LocalDate planned = returnedOn.plusDays(14);
        if (outcome.isVictim() && random.nextInt(10) < 5 && !planned.plusDays(30).isAfter(today)) {
            steps.add(new AgreeReintegrationPlan(caseId, EconomicGoal.START_BUSINESS, SocialGoal.FAMILY_RECONCILIATION,
                    PsychosocialGoal.COUNSELLING, new Money(new BigDecimal("1500"), "USD"), planned));
            UUID grantId = UUID.randomUUID();
            steps.add(new ApproveBusinessGrant(caseId, grantId, BusinessType.values()[random.nextInt(BusinessType.values().length)],
                    new Money(new BigDecimal("1000"), "USD"), planned.plusDays(10)));
            steps.add(new DisburseGrantTranche(caseId, grantId, new Money(new BigDecimal("600"), "USD"), planned.plusDays(20)));
        }
        steps.sort(java.util.Comparator.comparing(SyntheticJourney::dateOf));
        return steps;
    }

    private void addIfPast(List<Object> steps, LocalDate on, java.util.function.Function<LocalDate, Object> step) {
        if (!on.isAfter(today)) {
            steps.add(step.apply(on));
        }
    }

    /** When a step happened, to record steps in the order of their dates. */
    private static LocalDate dateOf(Object step) {
        return switch (step) {
            case RecordExploitation s -> s.startedOn();
            case CompleteScreening s -> s.screenedOn();
            case ProvideAssistance s -> s.providedOn();
            case RecordReturnHome s -> s.returnedOn();
            case ScheduleFollowUp s -> s.scheduledOn();
            case CompleteFollowUp s -> s.completedOn();
            case RecordMissedFollowUp s -> s.lastAttemptOn();
            case RecordPsychosocialCheckIn s -> s.checkedInOn();
            case AgreeReintegrationPlan s -> s.agreedOn();
            case ApproveBusinessGrant s -> s.approvedOn();
            case DisburseGrantTranche s -> s.disbursedOn();
            default -> LocalDate.MIN;
        };
    }
}
