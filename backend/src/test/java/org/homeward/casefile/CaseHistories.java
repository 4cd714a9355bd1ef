package org.homeward.casefile;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.homeward.casefile.assessment.ScoringConfiguration;
import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.casefile.followup.FollowUpPlan;
import org.homeward.casefile.followup.FollowUpPurpose;
import org.homeward.casefile.followup.FollowUpScheduled;
import org.homeward.casefile.identification.ExploitationRecorded;
import org.homeward.casefile.identification.FormOfExploitation;
import org.homeward.casefile.identification.RecruitmentChannel;
import org.homeward.casefile.journey.ReturnedHome;
import org.homeward.casefile.reintegration.BusinessGrantApproved;
import org.homeward.casefile.reintegration.BusinessGrantTrancheDisbursed;
import org.homeward.casefile.reintegration.BusinessType;
import org.homeward.casefile.reintegration.EconomicGoal;
import org.homeward.casefile.reintegration.PsychosocialGoal;
import org.homeward.casefile.reintegration.ReintegrationPlanAgreed;
import org.homeward.casefile.reintegration.SocialGoal;

/**
 * Events of a typical case, for given/when/then tests: referred in 2025, exploited from 2024-03, home in 2025-02.
 * Public for the tests of the feature packages ({@code assessment}).
 */
public final class CaseHistories {

    /** Noon UTC on 22 November 2026: already 23 November in Kiribati (UTC+14). */
    public static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
    public static final LocalDate TOMORROW_EVERYWHERE = LocalDate.of(2026, 11, 24);
    public static final UUID CASE_ID = UUID.fromString("7f1c2a9e-0000-4000-8000-000000000001");
    public static final UUID GRANT_ID = UUID.fromString("7f1c2a9e-0000-4000-8000-0000000000a1");
    public static final UUID FOLLOW_UP_ID = UUID.fromString("7f1c2a9e-0000-4000-8000-0000000000f1");
    /** The scoring schemes shipped under {@code scoring/}, as the application loads them. */
    public static final ScoringSchemes SCHEMES = ScoringConfiguration.fromClasspath();
    public static final SealedPersonalDetails SEALED = new SealedPersonalDetails("key-1", "c2VhbGVk");

    private CaseHistories() {
    }

    public static FixtureConfiguration<ReintegrationCase> fixture() {
        FixtureConfiguration<ReintegrationCase> fixture = new AggregateTestFixture<>(ReintegrationCase.class);
        fixture.registerInjectableResource(NOW);
        fixture.registerInjectableResource(SCHEMES);
        fixture.registerInjectableResource(FollowUpPlan.DEFAULT);
        return fixture;
    }

    public static Money usd(String amount) {
        return new Money(new BigDecimal(amount), "USD");
    }

    public static CaseOpened opened() {
        return new CaseOpened(CASE_ID, "JKT-2025-00007", SEALED, Sex.MALE, 1999, "ID", "JKT", ReferralSource.IOM,
                LocalDate.of(2025, 1, 10), new Consent(true, false), "officer-jkt");
    }

    public static ExploitationRecorded exploited() {
        return new ExploitationRecorded(CASE_ID, FormOfExploitation.FORCED_CRIMINALITY_ONLINE_SCAMS, "MM", List.of("TH"),
                RecruitmentChannel.SOCIAL_MEDIA, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 20));
    }

    public static ReturnedHome returned() {
        return new ReturnedHome(CASE_ID, "Jawa Barat", "Bandung", LocalDate.of(2025, 2, 14));
    }

    public static ReintegrationPlanAgreed planAgreed() {
        return new ReintegrationPlanAgreed(CASE_ID, EconomicGoal.START_BUSINESS, SocialGoal.FAMILY_RECONCILIATION,
                PsychosocialGoal.COUNSELLING, usd("2000"), LocalDate.of(2025, 3, 1));
    }

    public static BusinessGrantApproved grantApproved() {
        return new BusinessGrantApproved(CASE_ID, GRANT_ID, BusinessType.FOOD_STALL, usd("1500"), LocalDate.of(2025, 4, 1));
    }

    public static BusinessGrantTrancheDisbursed firstTranche() {
        return new BusinessGrantTrancheDisbursed(CASE_ID, GRANT_ID, 1, usd("1000"), LocalDate.of(2025, 4, 15));
    }

    public static FollowUpScheduled followUpScheduled() {
        return new FollowUpScheduled(CASE_ID, FOLLOW_UP_ID, FollowUpPurpose.CHECK_IN, LocalDate.of(2025, 5, 14),
                LocalDate.of(2025, 2, 14));
    }

    public static CaseClosed closed() {
        return new CaseClosed(CASE_ID, ClosureReason.LOST_CONTACT, LocalDate.of(2025, 9, 1));
    }

    /** A case home and under way: opened, exploitation known, returned, plan agreed. */
    public static Object[] underWay() {
        return new Object[] {opened(), exploited(), returned(), planAgreed()};
    }
}
