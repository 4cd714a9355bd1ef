package org.homeward.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReintegrationCaseTest {

    /** Noon UTC on 22 November 2026: already 23 November in Kiribati (UTC+14). */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
    private static final UUID CASE_ID = UUID.fromString("7f1c2a9e-0000-4000-8000-000000000001");
    private static final SealedPersonalDetails SEALED = new SealedPersonalDetails("key-1", "c2VhbGVk");

    private FixtureConfiguration<ReintegrationCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ReintegrationCase.class);
        fixture.registerInjectableResource(NOW);
        fixture.registerInjectableResource(CaseHistories.SCHEMES);
    }

    private static OpenCase openCase(int birthYear, String nationality, LocalDate referredOn, Consent consent) {
        return new OpenCase(CASE_ID, "JKT-2026-00001", SEALED, Sex.FEMALE, birthYear, nationality, "JKT",
                ReferralSource.IOM, referredOn, consent, "officer-jkt");
    }

    private static OpenCase validOpenCase() {
        return openCase(1998, "ID", LocalDate.of(2026, 10, 3), new Consent(true, false));
    }

    @Test
    @DisplayName("an officer opens a case for a person who consented to data processing")
    void opensCase() {
        fixture.givenNoPriorActivity()
                .when(validOpenCase())
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CaseOpened(CASE_ID, "JKT-2026-00001", SEALED, Sex.FEMALE, 1998, "ID", "JKT",
                        ReferralSource.IOM, LocalDate.of(2026, 10, 3), new Consent(true, false), "officer-jkt"));
    }

    @Test
    @DisplayName("a referral dated today somewhere on Earth is not in the future")
    void acceptsReferralDatedTodayEastOfUtc() {
        fixture.givenNoPriorActivity()
                .when(openCase(1998, "ID", LocalDate.of(2026, 11, 23), new Consent(true, true)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    @DisplayName("no case is opened without consent to data processing")
    void refusesWithoutConsent() {
        fixture.givenNoPriorActivity()
                .when(openCase(1998, "ID", LocalDate.of(2026, 10, 3), new Consent(false, true)))
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage("consent to data processing must be recorded before a case can be opened")
                .expectNoEvents();
    }

    @Test
    @DisplayName("a nationality must be an ISO 3166-1 alpha-2 code")
    void refusesUnknownNationality() {
        fixture.givenNoPriorActivity()
                .when(openCase(1998, "XX", LocalDate.of(2026, 10, 3), new Consent(true, false)))
                .expectException(CaseRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("a referral cannot be dated after today")
    void refusesReferralInTheFuture() {
        fixture.givenNoPriorActivity()
                .when(openCase(1998, "ID", LocalDate.of(2026, 11, 24), new Consent(true, false)))
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage("the date cannot be in the future")
                .expectNoEvents();
    }

    @Test
    @DisplayName("a birth year must be plausible")
    void refusesImplausibleBirthYear() {
        fixture.givenNoPriorActivity()
                .when(openCase(1890, "ID", LocalDate.of(2026, 10, 3), new Consent(true, false)))
                .expectException(CaseRuleViolation.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(openCase(2027, "ID", LocalDate.of(2026, 10, 3), new Consent(true, false)))
                .expectException(CaseRuleViolation.class)
                .expectNoEvents();
    }

    @Test
    @DisplayName("a referral cannot predate the person's birth")
    void refusesReferralBeforeBirth() {
        fixture.givenNoPriorActivity()
                .when(openCase(2010, "ID", LocalDate.of(2009, 5, 1), new Consent(true, false)))
                .expectException(CaseRuleViolation.class)
                .expectExceptionMessage("the referral date cannot be before the person was born")
                .expectNoEvents();
    }
}
