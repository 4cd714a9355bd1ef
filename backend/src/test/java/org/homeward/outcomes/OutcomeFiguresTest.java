package org.homeward.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

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
    ApiClient api;
    LocalDate longAgo;
    /** When the follow-ups planned for the two long-returned cases fell due, up to today. */
    final List<LocalDate> dueDates = new ArrayList<>();

    @BeforeAll
    void recordTheOffice() {
        viewer = users.loadUserByUsername(OFFICER);
        api = new ApiClient(port);
        journeys = new CaseJourneys(api);
        longAgo = TODAY.minusMonths(14);
        RecordedCase best = journeys.journey(new Profile("ADD", OFFICER, "FEMALE", 1995, "ET", "MM", longAgo.toString(), false, null));
        assess(best, longAgo.plusMonths(6), true);
        assess(best, longAgo.plusMonths(12), false);
        String grant = journeys.businessGrant(best, OFFICER, longAgo.plusDays(10), "FOOD_STALL", "300.50");
        journeys.step(best, OFFICER, "/business-grants/" + grant + "/status-reports", """
                {"status": "OPERATING", "reportedOn": "%s"}""".formatted(longAgo.plusMonths(6)));
        journeys.step(best, OFFICER, "/business-grants/" + grant + "/status-reports", """
                {"status": "CLOSED", "reportedOn": "%s"}""".formatted(longAgo.plusMonths(12)));
        // the plan's follow-ups at 1, 3, 6 and 12 months: on time, 20 days late, not reached, still pending
        Map<LocalDate, String> planned = plannedFollowUps(best);
        LocalDate at1 = longAgo.plusMonths(1);
        LocalDate at3 = longAgo.plusMonths(3);
        LocalDate at6 = longAgo.plusMonths(6);
        journeys.step(best, OFFICER, "/follow-ups/" + planned.get(at1) + "/completion", """
                {"mode": "HOME_VISIT", "completedOn": "%s"}""".formatted(at1));
        journeys.step(best, OFFICER, "/follow-ups/" + planned.get(at3) + "/completion", """
                {"mode": "PHONE", "completedOn": "%s"}""".formatted(at3.plusDays(20)));
        journeys.step(best, OFFICER, "/follow-ups/" + planned.get(at6) + "/missed", """
                {"attempts": 3, "lastAttemptOn": "%s"}""".formatted(at6.plusDays(2)));
        LocalDate worstReturned = longAgo.plusDays(5);
        RecordedCase worst = journeys.journey(new Profile("ADD", OFFICER, "MALE", 1990, "KE", "KH", worstReturned.toString(), false, null));
        assess(worst, worstReturned.plusMonths(6), false);
        for (LocalDate returned : List.of(longAgo, worstReturned)) {
            for (int month : new int[] {1, 3, 6, 12}) {
                dueDates.add(returned.plusMonths(month));
            }
        }
        RecordedCase notYetHome = journeys.journey(new Profile("ADD", OFFICER, "FEMALE", 2000, "ET", "LA", null, false, null));
        LocalDate thisQuarter = TODAY.withDayOfMonth(1).withMonth((TODAY.getMonthValue() - 1) / 3 * 3 + 1);
        RecordedCase recent = journeys.journey(new Profile("ADD", OFFICER, "FEMALE", 1998, "ET", "MM", thisQuarter.toString(), false, null));
        for (RecordedCase recorded : List.of(best, worst, notYetHome, recent)) {
            assertThat(search.awaitIndexed(UUID.fromString(recorded.caseId()), recorded.lastEventId(), Duration.ofSeconds(30))).isTrue();
        }
    }

    /** The follow-ups the plan scheduled, by due date. */
    private Map<LocalDate, String> plannedFollowUps(RecordedCase recorded) {
        Map<LocalDate, String> byDueDate = new HashMap<>();
        api.get(recorded.path() + "/history", OFFICER).json().valueStream()
                .filter(entry -> entry.get("type").asString().equals("FollowUpScheduled"))
                .forEach(entry -> byDueDate.put(LocalDate.parse(entry.get("payload").get("dueOn").asString()),
                        entry.get("payload").get("followUpId").asString()));
        return byDueDate;
    }

    private void assess(RecordedCase recorded, LocalDate on, boolean best) {
        journeys.assess(recorded, OFFICER, on, schemes.newest(), best);
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
        assertThat(headline.businessOperatingAt6Months()).isEqualTo(new Headline.Share(1.0, 1));
        assertThat(headline.businessOperatingAt12Months()).isEqualTo(new Headline.Share(0.0, 1));
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

    @Test
    void trajectoriesCanBeDrawnWithAnyPublishedSchemeAndOnlyThose() {
        assertThat(figures.trajectory(viewer, OutcomeFilter.none(), "overall", schemes.newest().id()))
                .isEqualTo(figures.trajectory(viewer, OutcomeFilter.none(), "overall"));
        assertThatThrownBy(() -> figures.trajectory(viewer, OutcomeFilter.none(), "overall", "no-such-scheme"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-scheme");
        assertThatThrownBy(() -> figures.trajectory(viewer, OutcomeFilter.none(), "happiness"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("happiness");
    }

    @Test
    void cohortsAreComparedByShareSustainableAndMedianScore() {
        List<CohortOutcome> byNationality = figures.cohorts(viewer, OutcomeFilter.none(), CohortDimension.NATIONALITY,
                AssessmentWindow.ANY);
        assertThat(byNationality).extracting(CohortOutcome::cohort).containsExactly("ET", "KE");
        assertThat(byNationality).extracting(CohortOutcome::assessments).containsExactly(2L, 1L);
        assertThat(byNationality).extracting(CohortOutcome::sustainable)
                .containsExactly(new Headline.Share(0.5, 2), new Headline.Share(0.0, 1));
        assertThat(byNationality.get(0).medianOverall()).isCloseTo(0.5, within(1e-9));
        assertThat(byNationality.get(1).medianOverall()).isCloseTo(0.0, within(1e-9));

        // a year after the return only the first case was assessed: after a grant and help in transit
        List<CohortOutcome> bySupport = figures.cohorts(viewer, OutcomeFilter.none(), CohortDimension.SUPPORT_RECEIVED,
                AssessmentWindow.MONTHS_12);
        assertThat(bySupport).extracting(CohortOutcome::cohort)
                .containsExactlyInAnyOrder("BUSINESS_GRANT", "TRANSIT_ASSISTANCE");
        assertThat(bySupport).allSatisfy(cohort -> assertThat(cohort.sustainable()).isEqualTo(new Headline.Share(0.0, 1)));

        List<CohortOutcome> byQuarter = figures.cohorts(viewer, OutcomeFilter.none(), CohortDimension.RETURN_QUARTER,
                AssessmentWindow.ANY);
        assertThat(byQuarter).extracting(CohortOutcome::cohort).isSorted();
        assertThat(byQuarter.stream().mapToLong(CohortOutcome::assessments).sum()).isEqualTo(3);
        assertThat(figures.cohorts(viewer, new OutcomeFilter(List.of(), null, null, List.of("KE"), List.of()),
                CohortDimension.SEX, AssessmentWindow.MONTHS_6)).extracting(CohortOutcome::cohort).containsExactly("MALE");
    }

    @Test
    void followUpComplianceCountsEachDueFollowUpByHowItWent() {
        // the recent return is left out: its first follow-up may or may not be due yet
        OutcomeFilter longReturned = new OutcomeFilter(List.of(), null, TODAY.minusMonths(6), List.of(), List.of());
        List<ComplianceMonth> months = figures.followUpCompliance(viewer, longReturned, TODAY);

        assertThat(months).extracting(ComplianceMonth::month)
                .containsExactlyElementsOf(dueDates.stream().map(YearMonth::from).distinct().sorted().toList());
        assertThat(months.stream().mapToLong(ComplianceMonth::onTime).sum()).isEqualTo(1);
        assertThat(months.stream().mapToLong(ComplianceMonth::late).sum()).isEqualTo(1);
        assertThat(months.stream().mapToLong(ComplianceMonth::notReached).sum()).isEqualTo(1);
        assertThat(months.stream().mapToLong(ComplianceMonth::overdue).sum()).as("best's 12th month and all of worst's").isEqualTo(5);
        ComplianceMonth first = months.stream().filter(month -> month.month().equals(YearMonth.from(longAgo.plusMonths(1))))
                .findFirst().orElseThrow();
        assertThat(first.onTime()).isEqualTo(1);
        assertThat(first.onTimeShare()).isEqualTo((double) first.onTime() / first.due());
    }

    @Test
    void supportDeliveredIsCountedByMonthAndKind() {
        Map<YearMonth, Map<String, Long>> expected = new TreeMap<>();
        // every journey was helped with food in transit on 13 January 2026; one grant tranche a month after a return
        expected.computeIfAbsent(YearMonth.of(2026, 1), month -> new TreeMap<>()).merge("TRANSIT_ASSISTANCE", 4L, Long::sum);
        expected.computeIfAbsent(YearMonth.from(longAgo.plusDays(30)), month -> new TreeMap<>()).merge("BUSINESS_GRANT", 1L, Long::sum);

        // the chart shows the last 36 months only
        expected.keySet().removeIf(month -> month.isBefore(YearMonth.from(TODAY).minusMonths(OutcomeFigures.OVER_TIME_MONTHS - 1)));
        Map<YearMonth, Map<String, Long>> delivered = new TreeMap<>();
        figures.supportDelivered(viewer, OutcomeFilter.none(), TODAY)
                .forEach(month -> delivered.put(month.month(), new TreeMap<>(month.entriesByKind())));
        assertThat(delivered).isEqualTo(expected);
        assertThat(figures.supportDelivered(viewer, new OutcomeFilter(List.of(), null, null, List.of("KE"), List.of()), TODAY))
                .singleElement().satisfies(month -> assertThat(month.entriesByKind()).isEqualTo(Map.of("TRANSIT_ASSISTANCE", 1L)));
    }

    @Test
    void managersReadTheFiguresThroughTheApiAsJsonAndCsv() {
        ApiClient.Response json = api.get("/api/outcomes?cohortsBy=NATIONALITY&window=ANY&dimension=economic", TestUsers.ADDIS_MANAGER);
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.json().get("headline").get("activeCases").asLong()).isEqualTo(4);
        assertThat(json.json().get("headline").get("businessOperatingAt6Months").get("value").asDouble()).isEqualTo(1.0);
        assertThat(json.json().get("dimension").asString()).isEqualTo("economic");
        assertThat(json.json().get("cohorts").valueStream().map(cohort -> cohort.get("cohort").asString()).toList())
                .containsExactly("ET", "KE");

        ApiClient.Response csv = api.get("/api/outcomes/follow-up-compliance.csv?returnedTo=" + TODAY.minusMonths(6),
                TestUsers.ADDIS_MANAGER);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("month,due,onTime,late,notReached,overdue,onTimeShare");
        List<ComplianceMonth> months = figures.followUpCompliance(viewer,
                new OutcomeFilter(List.of(), null, TODAY.minusMonths(6), List.of(), List.of()), TODAY);
        assertThat(lines).hasSize(months.size() + 1);
        ComplianceMonth first = months.getFirst();
        assertThat(lines.get(1)).startsWith(first.month() + "," + first.due() + "," + first.onTime() + "," + first.late());

        ApiClient.Response cohorts = api.get("/api/outcomes/cohorts.csv?cohortsBy=NATIONALITY&window=ANY", TestUsers.ADDIS_MANAGER);
        assertThat(cohorts.body().lines().toList()).containsExactly("NATIONALITY,assessments,sustainable,sustainableShare,medianOverall",
                "ET,2,1,0.5000,0.5000", "KE,1,0,0.0000,0.0000");
    }

    @Test
    void theApiRefusesBadFiltersFieldByFieldAndOthersOfficesAndRoles() {
        ApiClient.Response bad = api.get("/api/outcomes?office=XXX&nationality=Kenya&cohort=2026-Q5&dimension=happiness"
                + "&scheme=v9&cohortsBy=AGE&window=MONTHS_7&returnedFrom=2026-05-01&returnedTo=2026-01-01", TestUsers.ADDIS_MANAGER);
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList())
                .contains("office[0]", "nationality[0]", "cohort[0]", "dimension", "scheme", "cohortsBy", "window", "returnPeriod");
        assertThat(api.get("/api/outcomes?returnedFrom=yesterday", TestUsers.ADDIS_MANAGER).status()).isEqualTo(400);
        assertThat(api.get("/api/outcomes/everything.csv", TestUsers.ADDIS_MANAGER).status()).isEqualTo(404);

        assertThat(api.get("/api/outcomes", OFFICER).status()).as("officers work cases, managers watch outcomes").isEqualTo(403);
        assertThat(api.get("/api/outcomes", TestUsers.ADMIN).status()).isEqualTo(403);
        assertThat(api.get("/api/outcomes", null).status()).isEqualTo(401);
        ApiClient.Response elsewhere = api.get("/api/outcomes?office=ADD", TestUsers.MANAGER);
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(elsewhere.json().get("headline").get("activeCases").asLong())
                .as("a manager of other offices asking for this one gets none of its cases").isZero();
    }
}
