package org.homeward.casefile;

import static org.homeward.casefile.CaseHistories.CASE_ID;
import static org.homeward.casefile.CaseHistories.GRANT_ID;
import static org.homeward.casefile.CaseHistories.exploited;
import static org.homeward.casefile.CaseHistories.firstTranche;
import static org.homeward.casefile.CaseHistories.fixture;
import static org.homeward.casefile.CaseHistories.grantApproved;
import static org.homeward.casefile.CaseHistories.opened;
import static org.homeward.casefile.CaseHistories.planAgreed;
import static org.homeward.casefile.CaseHistories.returned;
import static org.homeward.casefile.CaseHistories.underWay;
import static org.homeward.casefile.CaseHistories.usd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.homeward.casefile.identification.ScreeningCompleted;
import org.homeward.casefile.identification.ScreeningOutcome;
import org.homeward.casefile.reintegration.AgreeReintegrationPlan;
import org.homeward.casefile.reintegration.ApproveBusinessGrant;
import org.homeward.casefile.reintegration.BusinessGrantApproved;
import org.homeward.casefile.reintegration.BusinessGrantTrancheDisbursed;
import org.homeward.casefile.reintegration.BusinessStatus;
import org.homeward.casefile.reintegration.BusinessStatusReported;
import org.homeward.casefile.reintegration.BusinessType;
import org.homeward.casefile.reintegration.CheckInMode;
import org.homeward.casefile.reintegration.DisburseGrantTranche;
import org.homeward.casefile.reintegration.EconomicGoal;
import org.homeward.casefile.reintegration.EconomicSupportKind;
import org.homeward.casefile.reintegration.EconomicSupportProvided;
import org.homeward.casefile.reintegration.MakeReferral;
import org.homeward.casefile.reintegration.ProvideEconomicSupport;
import org.homeward.casefile.reintegration.ProvideSocialSupport;
import org.homeward.casefile.reintegration.PsychosocialCheckInRecorded;
import org.homeward.casefile.reintegration.PsychosocialConcern;
import org.homeward.casefile.reintegration.PsychosocialGoal;
import org.homeward.casefile.reintegration.RecordPsychosocialCheckIn;
import org.homeward.casefile.reintegration.ReferralMade;
import org.homeward.casefile.reintegration.ReferralService;
import org.homeward.casefile.reintegration.ReintegrationPlanAgreed;
import org.homeward.casefile.reintegration.ReportBusinessStatus;
import org.homeward.casefile.reintegration.SocialGoal;
import org.homeward.casefile.reintegration.SocialSupportKind;
import org.homeward.casefile.reintegration.SocialSupportProvided;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReintegrationSupportTest {

    private static final LocalDate MAY = LocalDate.of(2025, 5, 10);
    private FixtureConfiguration<ReintegrationCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static AgreeReintegrationPlan plan() {
        return new AgreeReintegrationPlan(CASE_ID, EconomicGoal.START_BUSINESS, SocialGoal.NONE,
                PsychosocialGoal.COUNSELLING, usd("2500"), LocalDate.of(2025, 3, 1));
    }

    @Test
    void agreesAPlanOnceThePersonIsHome() {
        fixture.given(opened(), exploited(), returned())
                .when(plan())
                .expectEvents(new ReintegrationPlanAgreed(CASE_ID, EconomicGoal.START_BUSINESS, SocialGoal.NONE,
                        PsychosocialGoal.COUNSELLING, usd("2500"), LocalDate.of(2025, 3, 1)));
        fixture.given(opened(), exploited())
                .when(plan())
                .expectExceptionMessage("the person has not returned home yet; record the return first")
                .expectNoEvents();
    }

    @Test
    void supportAfterReturnWaitsForTheReturn() {
        fixture.given(opened(), exploited())
                .when(new ProvideEconomicSupport(CASE_ID, EconomicSupportKind.CASH, usd("50"), MAY))
                .expectExceptionMessage("the person has not returned home yet; record the return first").expectNoEvents();
        fixture.given(opened(), exploited())
                .when(new ApproveBusinessGrant(CASE_ID, GRANT_ID, BusinessType.RETAIL_SHOP, usd("1500"), MAY))
                .expectExceptionMessage("the person has not returned home yet; record the return first").expectNoEvents();
    }

    @Test
    void economicSupportInCashHasAValueTrainingNeedNot() {
        fixture.given(underWay())
                .when(new ProvideEconomicSupport(CASE_ID, EconomicSupportKind.VOCATIONAL_TRAINING, null, MAY))
                .expectEvents(new EconomicSupportProvided(CASE_ID, EconomicSupportKind.VOCATIONAL_TRAINING, null, MAY));
        fixture.given(underWay())
                .when(new ProvideEconomicSupport(CASE_ID, EconomicSupportKind.CASH, null, MAY))
                .expectExceptionMessage("the value of CASH support is required").expectNoEvents();
    }

    @Test
    void approvesABusinessGrantUnderAnAgreedPlan() {
        fixture.given(underWay())
                .when(new ApproveBusinessGrant(CASE_ID, GRANT_ID, BusinessType.FOOD_STALL, usd("1500"), LocalDate.of(2025, 4, 1)))
                .expectEvents(grantApproved());
    }

    @Test
    void noGrantWithoutAPlanForSomeoneScreenedOutOrTwice() {
        ApproveBusinessGrant approve = new ApproveBusinessGrant(CASE_ID, GRANT_ID, BusinessType.FOOD_STALL, usd("1500"), LocalDate.of(2025, 4, 1));
        fixture.given(opened(), exploited(), returned()).when(approve)
                .expectExceptionMessage("a business grant needs an agreed reintegration plan").expectNoEvents();
        fixture.given(opened(), new ScreeningCompleted(CASE_ID, ScreeningOutcome.NOT_A_VICTIM, LocalDate.of(2025, 1, 11)),
                        returned(), planAgreed()).when(approve)
                .expectExceptionMessage("the person was screened as not a victim of trafficking").expectNoEvents();
        fixture.given(opened(), exploited(), returned(), planAgreed(), grantApproved()).when(approve)
                .expectExceptionMessage("this grant is already approved").expectNoEvents();
    }

    @Test
    void paysTranchesNumberedUpToTheApprovedAmount() {
        fixture.given(opened(), exploited(), returned(), planAgreed(), grantApproved(), firstTranche())
                .when(new DisburseGrantTranche(CASE_ID, GRANT_ID, usd("500"), LocalDate.of(2025, 6, 1)))
                .expectEvents(new BusinessGrantTrancheDisbursed(CASE_ID, GRANT_ID, 2, usd("500"), LocalDate.of(2025, 6, 1)));
    }

    @Test
    void noTrancheBeyondTheGrantForAnUnknownGrantInAnotherCurrencyOrBeforeApproval() {
        Object[] granted = {opened(), exploited(), returned(), planAgreed(), grantApproved(), firstTranche()};
        fixture.given(granted).when(new DisburseGrantTranche(CASE_ID, GRANT_ID, usd("500.01"), LocalDate.of(2025, 6, 1)))
                .expectExceptionMessage("this tranche would take the payments to 1500.01 USD, beyond the approved 1500 USD")
                .expectNoEvents();
        fixture.given(granted).when(new DisburseGrantTranche(CASE_ID, UUID.randomUUID(), usd("100"), LocalDate.of(2025, 6, 1)))
                .expectExceptionMessage("this case has no such grant").expectNoEvents();
        fixture.given(granted).when(new DisburseGrantTranche(CASE_ID, GRANT_ID, new Money(new BigDecimal("100"), "IDR"), LocalDate.of(2025, 6, 1)))
                .expectExceptionMessage("tranches are paid in the grant's currency, USD").expectNoEvents();
        fixture.given(granted).when(new DisburseGrantTranche(CASE_ID, GRANT_ID, usd("100"), LocalDate.of(2025, 3, 31)))
                .expectExceptionMessage("a tranche cannot be paid before the grant was approved").expectNoEvents();
    }

    @Test
    void reportsHowTheBusinessIsDoingOnceMoneyWasPaid() {
        fixture.given(opened(), exploited(), returned(), planAgreed(), grantApproved(), firstTranche())
                .when(new ReportBusinessStatus(CASE_ID, GRANT_ID, BusinessStatus.OPERATING, usd("0"), LocalDate.of(2025, 8, 1)))
                .expectEvents(new BusinessStatusReported(CASE_ID, GRANT_ID, BusinessStatus.OPERATING, usd("0"), LocalDate.of(2025, 8, 1)));
        fixture.given(opened(), exploited(), returned(), planAgreed(), grantApproved())
                .when(new ReportBusinessStatus(CASE_ID, GRANT_ID, BusinessStatus.OPERATING, null, LocalDate.of(2025, 8, 1)))
                .expectExceptionMessage("no tranche of this grant has been paid yet").expectNoEvents();
        fixture.given(opened(), exploited(), returned(), planAgreed(), grantApproved(), firstTranche())
                .when(new ReportBusinessStatus(CASE_ID, GRANT_ID, BusinessStatus.SUSPENDED, null, LocalDate.of(2025, 3, 31)))
                .expectExceptionMessage("the report cannot be dated before the grant was approved").expectNoEvents();
        fixture.given(opened(), exploited(), returned(), planAgreed(), grantApproved(), firstTranche())
                .when(new ReportBusinessStatus(CASE_ID, UUID.randomUUID(), BusinessStatus.CLOSED, null, LocalDate.of(2025, 8, 1)))
                .expectExceptionMessage("this case has no such grant").expectNoEvents();
        fixture.given(opened(), exploited(), returned(), planAgreed(), grantApproved(), firstTranche())
                .when(new ReportBusinessStatus(CASE_ID, GRANT_ID, BusinessStatus.OPERATING, usd("-5"), LocalDate.of(2025, 8, 1)))
                .expectExceptionMessage("the monthly income cannot be negative or implausibly large").expectNoEvents();
    }

    @Test
    void checkInScoresRunFromZeroToTen() {
        fixture.given(underWay())
                .when(new RecordPsychosocialCheckIn(CASE_ID, CheckInMode.PHONE, 0, Set.of(PsychosocialConcern.ANXIETY), true, MAY))
                .expectEvents(new PsychosocialCheckInRecorded(CASE_ID, CheckInMode.PHONE, 0, Set.of(PsychosocialConcern.ANXIETY), true, MAY));
        fixture.given(underWay())
                .when(new RecordPsychosocialCheckIn(CASE_ID, CheckInMode.PHONE, 10, Set.of(), false, MAY))
                .expectSuccessfulHandlerExecution();
        fixture.given(underWay())
                .when(new RecordPsychosocialCheckIn(CASE_ID, CheckInMode.PHONE, 11, Set.of(), false, MAY))
                .expectExceptionMessage("the wellbeing score runs from 0 to 10").expectNoEvents();
        fixture.given(underWay())
                .when(new RecordPsychosocialCheckIn(CASE_ID, CheckInMode.PHONE, -1, Set.of(), false, MAY))
                .expectExceptionMessage("the wellbeing score runs from 0 to 10").expectNoEvents();
    }

    @Test
    void recordsSocialSupportAndReferralsToNamedOrganisations() {
        fixture.given(underWay())
                .when(new ProvideSocialSupport(CASE_ID, SocialSupportKind.FAMILY_MEDIATION, MAY))
                .expectEvents(new SocialSupportProvided(CASE_ID, SocialSupportKind.FAMILY_MEDIATION, MAY));
        fixture.given(underWay())
                .when(new MakeReferral(CASE_ID, ReferralService.MENTAL_HEALTH, "District health centre", MAY))
                .expectEvents(new ReferralMade(CASE_ID, ReferralService.MENTAL_HEALTH, "District health centre", MAY));
        fixture.given(underWay())
                .when(new MakeReferral(CASE_ID, ReferralService.MENTAL_HEALTH, "", MAY))
                .expectExceptionMessage("organisation is required").expectNoEvents();
    }
}
