package org.homeward.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.search.CaseSearch;
import org.homeward.security.HomewardUser;
import org.homeward.security.UserAccounts;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.CaseJourneys;
import org.homeward.testsupport.CaseJourneys.Profile;
import org.homeward.testsupport.CaseJourneys.RecordedCase;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Outcome figures over four cases of the Addis Ababa office (used by no other test), whose answers give known
 * scores: every answer best scores 1, every answer worst scores 0.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeFiguresTest {

    private static final String OFFICER = TestUsers.ADDIS_OFFICER;
    private static final LocalDate TODAY = LocalDate.now();

    @LocalServerPort
    int port;
    @Autowired
    OutcomeFigures figures;
    @Autowired
    CaseSearch search;
    @Autowired
    ScoringSchemes schemes;
    @Autowired
    UserAccounts users;

    HomewardUser viewer;
    CaseJourneys journeys;

    @BeforeAll
    void recordTheOffice() {
        viewer = users.loadUserByUsername(OFFICER);
        journeys = new CaseJourneys(new ApiClient(port));
        LocalDate longAgo = TODAY.minusMonths(14);
        RecordedCase best = journeys.journey(new Profile("ADD", OFFICER, "FEMALE", 1995, "ET", "MM", longAgo.toString(), false, null));
        assess(best, longAgo.plusMonths(6), true);
        assess(best, longAgo.plusMonths(12), false);
        journeys.step(best, OFFICER, "/reintegration-plans", """
                {"economicGoal": "START_BUSINESS", "socialGoal": "NONE", "psychosocialGoal": "NONE",
                 "budget": {"amount": 800, "currency": "USD"}, "agreedOn": "%s"}""".formatted(longAgo.plusDays(10)));
        String grant = journeys.step(best, OFFICER, "/business-grants", """
                {"businessType": "FOOD_STALL", "amount": {"amount": 500, "currency": "USD"}, "approvedOn": "%s"}"""
                .formatted(longAgo.plusDays(20))).get("id").asString();
        journeys.step(best, OFFICER, "/business-grants/" + grant + "/tranches", """
                {"amount": {"amount": 300.50, "currency": "USD"}, "disbursedOn": "%s"}""".formatted(longAgo.plusDays(30)));
        RecordedCase worst = journeys.journey(new Profile("ADD", OFFICER, "MALE", 1990, "KE", "KH", longAgo.plusDays(5).toString(), false, null));
        assess(worst, longAgo.plusDays(5).plusMonths(6), false);
        RecordedCase notYetHome = journeys.journey(new Profile("ADD", OFFICER, "FEMALE", 2000, "ET", "LA", null, false, null));
        LocalDate thisQuarter = TODAY.withDayOfMonth(1).withMonth((TODAY.getMonthValue() - 1) / 3 * 3 + 1);
        RecordedCase recent = journeys.journey(new Profile("ADD", OFFICER, "FEMALE", 1998, "ET", "MM", thisQuarter.toString(), false, null));
        for (RecordedCase recorded : List.of(best, worst, notYetHome, recent)) {
            assertThat(search.awaitIndexed(UUID.fromString(recorded.caseId()), recorded.lastEventId(), Duration.ofSeconds(30))).isTrue();
        }
    }

    private void assess(RecordedCase recorded, LocalDate on, boolean best) {
        var scheme = schemes.newest();
        String answers = scheme.indicators().stream().map(indicator -> "\"" + indicator.code() + "\": \""
                        + (best ? indicator.scale().getLast() : indicator.scale().getFirst()).code() + "\"")
                .collect(Collectors.joining(", "));
        journeys.step(recorded, OFFICER, "/assessments", """
                {"assessedOn": "%s", "schemeVersion": "%s", "answers": {%s}}""".formatted(on, scheme.id(), answers));
    }

    @Test
    void headlineFiguresCountWhatWasRecorded() {
        Headline headline = figures.headline(viewer, OutcomeFilter.none(), TODAY);

        assertThat(headline.activeCases()).isEqualTo(4);
        assertThat(headline.returnedThisQuarter()).isEqualTo(1);
        // the plan's first follow-ups of the three returned cases are long or just past due
        assertThat(headline.casesWithOverdueFollowUp()).isEqualTo(TODAY.isAfter(
                TODAY.withDayOfMonth(1).withMonth((TODAY.getMonthValue() - 1) / 3 * 3 + 1).plusMonths(1).plusDays(7)) ? 3 : 2);
        assertThat(headline.sustainableAt6Months()).isEqualTo(new Headline.Share(0.5, 2));
        assertThat(headline.sustainableAt12Months()).isEqualTo(new Headline.Share(0.0, 1));
        assertThat(headline.grantsDisbursed()).isEqualTo(Map.of("USD", new BigDecimal("300.50")));
    }

    @Test
    void filtersApplyToEveryFigure() {
        Headline ethiopians = figures.headline(viewer, new OutcomeFilter(List.of(), null, null, List.of("ET"), List.of()), TODAY);
        assertThat(ethiopians.activeCases()).isEqualTo(3);
        assertThat(ethiopians.sustainableAt6Months()).isEqualTo(new Headline.Share(1.0, 1));
        Headline elsewhere = figures.headline(viewer, new OutcomeFilter(List.of("JKT"), null, null, List.of(), List.of()), TODAY);
        assertThat(elsewhere.activeCases()).as("another office is never counted, whatever the filter asks").isZero();
        assertThat(elsewhere.sustainableAt6Months()).isEqualTo(new Headline.Share(null, 0));
    }

    @Test
    void trajectoriesGiveTheQuartilesPerWindowOfMonths() {
        List<TrajectoryPoint> overall = figures.trajectory(viewer, OutcomeFilter.none(), "overall");

        assertThat(overall).extracting(TrajectoryPoint::monthsSinceReturn).containsExactly(6, 12);
        assertThat(overall).extracting(TrajectoryPoint::assessments).containsExactly(2L, 1L);
        TrajectoryPoint twelve = overall.get(1);
        assertThat(twelve.median()).isCloseTo(0.0, within(1e-9));
        TrajectoryPoint six = overall.getFirst();
        assertThat(six.lowerQuartile()).isLessThanOrEqualTo(six.median());
        assertThat(six.median()).isLessThanOrEqualTo(six.upperQuartile()).isBetween(0.0, 1.0);
        assertThat(figures.trajectory(viewer, OutcomeFilter.none(), "economic")).hasSize(2);
    }
}
