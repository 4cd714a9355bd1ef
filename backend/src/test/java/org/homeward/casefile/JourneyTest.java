package org.homeward.casefile;

import static org.homeward.casefile.CaseHistories.CASE_ID;
import static org.homeward.casefile.CaseHistories.exploited;
import static org.homeward.casefile.CaseHistories.fixture;
import static org.homeward.casefile.CaseHistories.opened;
import static org.homeward.casefile.CaseHistories.returned;
import static org.homeward.casefile.CaseHistories.usd;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.homeward.casefile.followup.FollowUpScheduled;
import org.homeward.casefile.journey.ArrangeReturnTravel;
import org.homeward.casefile.journey.AssistanceKind;
import org.homeward.casefile.journey.AssistanceProvided;
import org.homeward.casefile.journey.ProvideAssistance;
import org.homeward.casefile.journey.RecordReturnHome;
import org.homeward.casefile.journey.ReturnTravelArranged;
import org.homeward.casefile.journey.ReturnedHome;
import org.homeward.casefile.journey.TravelMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JourneyTest {

    private FixtureConfiguration<ReintegrationCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static ProvideAssistance assistance(String country, String provider, Money cost) {
        return new ProvideAssistance(CASE_ID, AssistanceKind.LEGAL_COUNSELLING, country, provider, cost, LocalDate.of(2025, 1, 20));
    }

    @Test
    void recordsAssistanceInTransit() {
        fixture.given(opened(), exploited())
                .when(assistance("TH", "Legal aid clinic", usd("120.50")))
                .expectEvents(new AssistanceProvided(CASE_ID, AssistanceKind.LEGAL_COUNSELLING, "TH", "Legal aid clinic",
                        usd("120.50"), LocalDate.of(2025, 1, 20)));
    }

    @Test
    void assistanceNeedsAKnownCountryAProviderAndAPlausibleCost() {
        fixture.given(opened()).when(assistance("Thailand", "Clinic", null)).expectException(CaseRuleViolation.class).expectNoEvents();
        fixture.given(opened()).when(assistance("TH", " ", null)).expectExceptionMessage("provider is required").expectNoEvents();
        fixture.given(opened()).when(assistance("TH", "Clinic", new Money(new BigDecimal("10"), "BAHT")))
                .expectExceptionMessage("the currency must be an ISO 4217 code such as USD, IDR or KES").expectNoEvents();
        fixture.given(opened()).when(assistance("TH", "Clinic", usd("0")))
                .expectExceptionMessage("the amount must be more than zero").expectNoEvents();
        fixture.given(opened()).when(assistance("TH", "Clinic", usd("10.555")))
                .expectExceptionMessage("the amount can have at most two decimals").expectNoEvents();
    }

    @Test
    void arrangesTravelHome() {
        fixture.given(opened())
                .when(new ArrangeReturnTravel(CASE_ID, "TH", "ID", TravelMode.AIR, LocalDate.of(2025, 2, 13), LocalDate.of(2025, 2, 1)))
                .expectEvents(new ReturnTravelArranged(CASE_ID, "TH", "ID", TravelMode.AIR, LocalDate.of(2025, 2, 13), LocalDate.of(2025, 2, 1)));
    }

    @Test
    void travelGoesToAnotherCountryNotBeforeItIsArrangedAndNotAfterTheReturn() {
        fixture.given(opened())
                .when(new ArrangeReturnTravel(CASE_ID, "ID", "ID", TravelMode.AIR, LocalDate.of(2025, 2, 13), LocalDate.of(2025, 2, 1)))
                .expectExceptionMessage("travel home goes to another country").expectNoEvents();
        fixture.given(opened())
                .when(new ArrangeReturnTravel(CASE_ID, "TH", "ID", TravelMode.LAND, LocalDate.of(2025, 1, 30), LocalDate.of(2025, 2, 1)))
                .expectExceptionMessage("the departure cannot be before the travel was arranged").expectNoEvents();
        fixture.given(opened(), returned())
                .when(new ArrangeReturnTravel(CASE_ID, "TH", "ID", TravelMode.AIR, LocalDate.of(2025, 3, 13), LocalDate.of(2025, 3, 1)))
                .expectExceptionMessage("the person has already returned home").expectNoEvents();
        fixture.given(opened())
                .when(new ArrangeReturnTravel(CASE_ID, "TH", "ID", TravelMode.SEA, LocalDate.of(2026, 2, 2), LocalDate.of(2025, 2, 1)))
                .expectExceptionMessage("the departure is more than a year ahead").expectNoEvents();
        fixture.given(opened())
                .when(new ArrangeReturnTravel(CASE_ID, "TH", "ID", TravelMode.SEA, LocalDate.MAX, LocalDate.MAX))
                .expectExceptionMessage("the date cannot be in the future").expectNoEvents();
    }

    @Test
    void recordsTheReturnHomeWithTheFollowUpsOfThePlan() {
        fixture.given(opened(), exploited())
                .when(new RecordReturnHome(CASE_ID, LocalDate.of(2025, 2, 14), "Jawa Barat", "Bandung"))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        equalTo(new ReturnedHome(CASE_ID, "Jawa Barat", "Bandung", LocalDate.of(2025, 2, 14))),
                        instanceOf(FollowUpScheduled.class), instanceOf(FollowUpScheduled.class),
                        instanceOf(FollowUpScheduled.class), instanceOf(FollowUpScheduled.class),
                        instanceOf(FollowUpScheduled.class), instanceOf(FollowUpScheduled.class), andNoMore())));
    }

    @Test
    void theReturnIsRecordedOnceAndThenCorrected() {
        fixture.given(opened(), returned())
                .when(new RecordReturnHome(CASE_ID, LocalDate.of(2025, 2, 15), "Jawa Barat", "Bandung"))
                .expectExceptionMessage("the return home is already recorded (on 2025-02-14); correct that entry instead")
                .expectNoEvents();
    }

    @Test
    void theReturnNeedsAProvinceAndAPlausibleDate() {
        fixture.given(opened()).when(new RecordReturnHome(CASE_ID, LocalDate.of(2025, 2, 14), "", null))
                .expectExceptionMessage("province is required").expectNoEvents();
        fixture.given(opened()).when(new RecordReturnHome(CASE_ID, CaseHistories.TOMORROW_EVERYWHERE, "Bali", null))
                .expectExceptionMessage("the date cannot be in the future").expectNoEvents();
        fixture.given(opened(), exploited()).when(new RecordReturnHome(CASE_ID, LocalDate.of(2024, 1, 1), "Bali", null))
                .expectException(CaseRuleViolation.class).expectNoEvents();
    }
}
