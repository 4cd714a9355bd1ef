package org.homeward.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.GenericEventMessage;
import org.homeward.outcomes.AssessmentWindow;
import org.homeward.outcomes.CohortDimension;
import org.homeward.outcomes.OutcomeFigures;
import org.homeward.outcomes.OutcomeFilter;
import org.homeward.search.CaseQuery;
import org.homeward.search.CaseSearch;
import org.homeward.search.CaseSearchResult;
import org.homeward.search.SearchFamily;
import org.homeward.search.SearchIndexes;
import org.homeward.casefile.assessment.ScoringSchemes;
import org.homeward.security.HomewardUser;
import org.homeward.security.UserAccounts;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.ApiClient.Response;
import org.homeward.testsupport.CaseJourneys;
import org.homeward.testsupport.CaseJourneys.Profile;
import org.homeward.testsupport.CaseJourneys.RecordedCase;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Portfolio snapshots against the real event store and Elasticsearch, over the Kathmandu office (recorded by this
 * test only). Events are recorded at chosen past moments (Axon's event clock is set around each step), before and
 * after a cut-off: the snapshot as known on the cut-off must give exactly the figures and search results the live
 * indices gave on the evening of that day, although corrections, back-dated steps and new cases were recorded since.
 */
@IntegrationTest
class PortfolioSnapshotTest {

    private static final String OFFICER = TestUsers.KATHMANDU_OFFICER;
    private static final String EVALUATOR = TestUsers.KATHMANDU_EVALUATOR;
    private static final LocalDate CUT_OFF = LocalDate.parse("2026-08-31");
    private static final OutcomeFilter ALL = new OutcomeFilter(List.of(), null, null, List.of(), List.of());

    @LocalServerPort
    int port;
    @Autowired
    OutcomeFigures figures;
    @Autowired
    CaseSearch search;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    ScoringSchemes schemes;
    @Autowired
    UserAccounts users;
    @Autowired
    JsonMapper json;
    @Autowired
    ElasticsearchClient client;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSnapshotGivesTheFiguresAndSearchesOfItsDayForEver() throws Exception {
        ApiClient api = new ApiClient(port);
        CaseJourneys journeys = new CaseJourneys(api);
        HomewardUser viewer = users.loadUserByUsername(EVALUATOR);
        List<RecordedCase> recorded = new ArrayList<>();

        // Known by the end of 31 August: four cases, recorded on 25 August
        String[] pending = new String[1];
        recordedOn(Instant.parse("2026-08-25T08:00:00Z"), () -> {
            RecordedCase early = journeys.journey(new Profile("KTM", OFFICER, "FEMALE", 1995, "NP", "MM", "2026-02-01", true, null));
            String due = followUp(journeys, early, "2026-05-01", "2026-02-01");
            journeys.step(early, OFFICER, "/follow-ups/" + due + "/completion", """
                    {"mode": "HOME_VISIT", "completedOn": "2026-05-03"}""");
            journeys.assess(early, OFFICER, LocalDate.parse("2026-08-01"), schemes.newest(), true);
            String grant = journeys.businessGrant(early, OFFICER, LocalDate.parse("2026-02-20"), "FOOD_STALL", "250");
            journeys.step(early, OFFICER, "/business-grants/" + grant + "/status-reports", """
                    {"status": "OPERATING", "reportedOn": "2026-08-01"}""");
            RecordedCase late = journeys.journey(new Profile("KTM", OFFICER, "MALE", 1990, "NP", "KH", "2026-03-15", false, null));
            pending[0] = followUp(journeys, late, "2026-06-15", "2026-03-15");
            journeys.assess(late, OFFICER, LocalDate.parse("2026-08-10"), schemes.newest(), false);
            RecordedCase abroad = journeys.journey(new Profile("KTM", OFFICER, "FEMALE", 2000, "IN", "LA", null, false, null));
            RecordedCase thisQuarter = journeys.journey(new Profile("KTM", OFFICER, "FEMALE", 1998, "NP", "MM", "2026-07-10", true, "2026-10-10"));
            recorded.addAll(List.of(early, late, abroad, thisQuarter));
        });
        awaitIndexed(recorded);
        Map<String, String> live = Map.of(SearchFamily.CASES, indexes.alias(SearchFamily.CASES));
        Clock thatEvening = Clock.fixed(CUT_OFF.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1), ZoneOffset.UTC);
        Map<String, String> figuresThatDay = everyDashboard(figures, viewer);
        CaseSearchResult searchThatDay = search.reading(live, thatEvening).search(viewer, everyCase());
        CaseSearchResult overdueThatDay = search.reading(live, thatEvening).search(viewer, overdueCases());
        assertThat(searchThatDay.total()).isEqualTo(4);
        assertThat(overdueThatDay.total()).as("the follow-up due on 15 June, among others, was overdue that day").isPositive();

        // Recorded in September: a back-dated completion, a corrected return date, a back-dated assessment, a case
        // returned in August but only recorded now, and a closure
        recordedOn(Instant.parse("2026-09-15T08:00:00Z"), () -> {
            RecordedCase early = recorded.get(0);
            RecordedCase late = recorded.get(1);
            journeys.step(late, OFFICER, "/follow-ups/" + pending[0] + "/completion", """
                    {"mode": "PHONE", "completedOn": "2026-06-20"}""");
            String returned = returnedHomeEvent(api, early);
            journeys.step(early, OFFICER, "/corrections", """
                    {"correctedEventId": "%s", "correctedValues": {"effectiveOn": "2026-01-25"}, "reason": "WRONG_DATE"}"""
                    .formatted(returned));
            journeys.assess(recorded.get(3), OFFICER, LocalDate.parse("2026-08-20"), schemes.newest(), true);
            recorded.add(journeys.journey(new Profile("KTM", OFFICER, "MALE", 1993, "NP", "MM", "2026-08-05", false, null)));
            journeys.step(early, OFFICER, "/closure", """
                    {"reason": "REINTEGRATED", "closedOn": "2026-09-10"}""");
        });
        awaitIndexed(recorded);
        assertThat(everyDashboard(figures, viewer)).as("what we know now about August differs from what we knew then")
                .isNotEqualTo(figuresThatDay);
        assertThat(search.reading(live, thatEvening).search(viewer, everyCase())).isNotEqualTo(searchThatDay);

        Response started = api.post("/api/snapshots", EVALUATOR, """
                {"name": "Evaluation August %s", "asKnownOn": "%s"}""".formatted(UUID.randomUUID(), CUT_OFF));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.location()).isEqualTo("/api/snapshots/" + started.json().get("id").asString());
        PortfolioSnapshot snapshot = awaitReady(api, UUID.fromString(started.json().get("id").asString()));

        assertThat(snapshot.builtBy()).isEqualTo(EVALUATOR);
        assertThat(snapshot.asKnownOn()).isEqualTo(CUT_OFF);
        assertThat(snapshot.upToPosition()).isPositive();
        assertThat(snapshot.eventsRead()).isEqualTo(snapshot.eventsTotal());
        assertThat(snapshot.eventsIncluded()).isLessThan(snapshot.eventsRead());
        assertThat(snapshot.cases()).isGreaterThanOrEqualTo(4);
        assertThat(snapshot.scoredWith()).isEqualTo(schemes.newest().id());

        assertThat(everyDashboard(figures.reading(snapshot.indices()), viewer)).isEqualTo(figuresThatDay);
        CaseSearch frozen = search.reading(snapshot.indices(), snapshot.clock());
        assertThat(frozen.search(viewer, everyCase())).isEqualTo(searchThatDay);
        assertThat(frozen.search(viewer, overdueCases())).isEqualTo(overdueThatDay);

        // the same through the API, as the evaluator reads it
        String path = "/api/snapshots/" + snapshot.id();
        Response viaApi = api.get("/api/outcomes?cohortsBy=SEX&window=ANY&snapshot=" + snapshot.id(), EVALUATOR);
        assertThat(viaApi.status()).as(viaApi.body()).isEqualTo(200);
        assertThat(viaApi.json()).isEqualTo(json.readTree(figuresThatDay.get("SEX/ANY/overall")));
        Response searched = api.get("/api/search?office=KTM&size=50&snapshot=" + snapshot.id(), EVALUATOR);
        assertThat(searched.status()).as(searched.body()).isEqualTo(200);
        assertThat(searched.json()).isEqualTo(tree(searchThatDay));
        assertThat(api.get("/api/outcomes/headline.csv?snapshot=" + snapshot.id(), EVALUATOR).body())
                .as("returned in the quarter of the snapshot's date, as known then").contains("returnedThisQuarter,1,");

        // frozen: nothing can be written to it, and it holds nothing personal
        assertThatThrownBy(() -> client.index(index -> index.index(snapshot.indices().get(SearchFamily.CASES))
                .id("intruder").document(Map.of("reference", "X")))).hasMessageContaining("block");
        for (String index : snapshot.indices().values()) {
            String everything = json.writeValueAsString(client.search(all -> all.index(index).size(10_000), Map.class)
                    .hits().hits().stream().map(hit -> hit.source()).toList());
            assertThat(everything).contains("KTM").doesNotContain("Searchable", "555 0199", "Somewhere");
        }

        // listed with who built it, when and from which position; deleted by its builder only
        JsonNode listed = api.get("/api/snapshots", EVALUATOR).json();
        JsonNode entry = listed.valueStream().filter(node -> node.get("id").asString().equals(snapshot.id().toString()))
                .findFirst().orElseThrow();
        assertThat(entry.get("builtBy").asString()).isEqualTo(EVALUATOR);
        assertThat(entry.get("upToPosition").asLong()).isEqualTo(snapshot.upToPosition());
        assertThat(entry.get("state").asString()).isEqualTo("READY");
        assertThat(entry.get("finishedAt").isNull()).isFalse();
        assertThat(api.delete(path, TestUsers.SECOND_KATHMANDU_EVALUATOR).status()).isEqualTo(403);
        assertThat(api.delete(path, TestUsers.KATHMANDU_OFFICER).status()).isEqualTo(403);
        assertThat(api.delete(path, EVALUATOR).status()).isEqualTo(204);
        assertThat(api.get(path, EVALUATOR).status()).isEqualTo(404);
        assertThat(api.get("/api/outcomes?snapshot=" + snapshot.id(), EVALUATOR).status()).isEqualTo(404);
        for (String index : snapshot.indices().values()) {
            assertThat(client.indices().exists(exists -> exists.index(index)).value()).as(index).isFalse();
        }
    }

    @Test
    void aSnapshotOfTodayEqualsTheLiveFigures() {
        ApiClient api = new ApiClient(port);
        RecordedCase nairobi = new CaseJourneys(api).journey(new Profile("NBO", TestUsers.NAIROBI_OFFICER, "MALE", 1996,
                "KE", "MM", LocalDate.now(ZoneOffset.UTC).minusMonths(2).toString(), true, null));
        awaitIndexed(List.of(nairobi));
        Response started = api.post("/api/snapshots", TestUsers.MANAGER, """
                {"name": "Today %s", "asKnownOn": "%s"}""".formatted(UUID.randomUUID(), LocalDate.now(ZoneOffset.UTC)));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        PortfolioSnapshot snapshot = awaitReady(api, UUID.fromString(started.json().get("id").asString()));
        Response live = api.get("/api/outcomes?cohortsBy=NATIONALITY", TestUsers.MANAGER);
        Response frozen = api.get("/api/outcomes?cohortsBy=NATIONALITY&snapshot=" + snapshot.id(), TestUsers.MANAGER);
        assertThat(frozen.status()).as(frozen.body()).isEqualTo(200);
        assertThat(frozen.json()).isEqualTo(live.json());
        assertThat(frozen.json().get("headline").get("activeCases").asLong()).as("Nairobi has cases").isPositive();
        assertThat(api.delete("/api/snapshots/" + snapshot.id(), TestUsers.ADMIN).status()).as("administrators clean up")
                .isEqualTo(204);
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        ApiClient api = new ApiClient(port);
        int before = api.get("/api/snapshots", EVALUATOR).json().size();
        assertThat(field(api.post("/api/snapshots", EVALUATOR, """
                {"name": "  ", "asKnownOn": "2026-01-31"}"""))).isEqualTo("name");
        assertThat(field(api.post("/api/snapshots", EVALUATOR, """
                {"name": "%s", "asKnownOn": "2026-01-31"}""".formatted("x".repeat(101))))).isEqualTo("name");
        assertThat(field(api.post("/api/snapshots", EVALUATOR, """
                {"name": "Tomorrow", "asKnownOn": "%s"}""".formatted(LocalDate.now(ZoneOffset.UTC).plusDays(2))))).isEqualTo("asKnownOn");
        assertThat(field(api.post("/api/snapshots", EVALUATOR, """
                {"name": "No date"}"""))).isEqualTo("asKnownOn");
        assertThat(api.post("/api/snapshots", EVALUATOR, """
                {"name": "Bad date", "asKnownOn": "2026-13-01"}""").status()).isEqualTo(400);
        String name = "Twice " + UUID.randomUUID();
        Response first = api.post("/api/snapshots", EVALUATOR, """
                {"name": "%s", "asKnownOn": "2026-01-31"}""".formatted(name));
        assertThat(first.status()).isEqualTo(202);
        assertThat(field(api.post("/api/snapshots", EVALUATOR, """
                {"name": "%s", "asKnownOn": "2026-02-28"}""".formatted(name.toUpperCase())))).isEqualTo("name");
        assertThat(api.post("/api/snapshots", OFFICER, """
                {"name": "By an officer", "asKnownOn": "2026-01-31"}""").status()).isEqualTo(403);
        assertThat(api.post("/api/snapshots", TestUsers.ADMIN, """
                {"name": "By an admin", "asKnownOn": "2026-01-31"}""").status()).isEqualTo(403);
        assertThat(api.get("/api/snapshots", null).status()).isEqualTo(401);
        assertThat(api.get("/api/snapshots", OFFICER).status()).isEqualTo(403);
        assertThat(api.get("/api/snapshots", EVALUATOR).json().size()).as("only the first one was built").isEqualTo(before + 1);
        awaitReady(api, UUID.fromString(first.json().get("id").asString()));

        assertThat(field(api.get("/api/outcomes?snapshot=last-year", EVALUATOR))).isEqualTo("snapshot");
        assertThat(api.get("/api/outcomes?snapshot=" + UUID.randomUUID(), EVALUATOR).status()).isEqualTo(404);
        assertThat(api.get("/api/search?snapshot=" + UUID.randomUUID(), EVALUATOR).status()).isEqualTo(404);
        assertThat(api.get("/api/snapshots/" + UUID.randomUUID(), EVALUATOR).status()).isEqualTo(404);
    }

    @Test
    void anInterruptedBuildCannotBeReadButCanBeDeleted() {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into portfolio_snapshot (snapshot_id, name, name_key, as_known_on, up_to_position, status, indices,
                                                scored_with, built_by, started_at, heartbeat_at, events_total)
                values (:id, :name, :name, date '2026-03-31', 10, 'BUILDING', :indices, 'x', :by, current_timestamp - interval '10 minutes',
                        current_timestamp - interval '5 minutes', 100)""")
                .param("id", id).param("name", "Interrupted " + id).param("by", EVALUATOR)
                .param("indices", "cases=test-snapshot-" + id + "-cases").update();
        ApiClient api = new ApiClient(port);
        Response found = api.get("/api/snapshots/" + id, EVALUATOR);
        assertThat(found.json().get("state").asString()).isEqualTo("INTERRUPTED");
        Response read = api.get("/api/outcomes?snapshot=" + id, EVALUATOR);
        assertThat(read.status()).isEqualTo(409);
        assertThat(read.json().get("detail").asString()).contains("INTERRUPTED");
        assertThat(api.delete("/api/snapshots/" + id, EVALUATOR).status()).isEqualTo(204);
    }

    /** The dashboard as of the cut-off for every cohort dimension, two windows and two scores, by those three. */
    private Map<String, String> everyDashboard(OutcomeFigures from, HomewardUser viewer) {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        for (CohortDimension by : CohortDimension.values()) {
            for (AssessmentWindow window : List.of(AssessmentWindow.ANY, AssessmentWindow.MONTHS_6)) {
                for (String dimension : List.of("overall", "economic")) {
                    all.put(by + "/" + window + "/" + dimension,
                            json.writeValueAsString(from.dashboard(viewer, ALL, CUT_OFF, dimension, null, by, window)));
                }
            }
        }
        return all;
    }

    private static CaseQuery everyCase() {
        return inKathmandu(null);
    }

    private static CaseQuery overdueCases() {
        return inKathmandu(true);
    }

    /** As the search API asks by default: newest referral first, a page of 50. */
    private static CaseQuery inKathmandu(Boolean overdue) {
        return new CaseQuery(null, null, List.of(TestUsers.KATHMANDU_OFFICE), null, null, null, null, null, null, null,
                null, overdue, null, null, true, 0, 50);
    }

    private JsonNode tree(Object value) {
        return json.readTree(json.writeValueAsString(value));
    }

    private void awaitIndexed(List<RecordedCase> cases) {
        for (RecordedCase recorded : cases) {
            assertThat(search.awaitIndexed(UUID.fromString(recorded.caseId()), recorded.lastEventId(), Duration.ofSeconds(30)))
                    .as(recorded.caseId()).isTrue();
        }
    }

    private PortfolioSnapshot awaitReady(ApiClient api, UUID id) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            Response status = api.get("/api/snapshots/" + id, EVALUATOR);
            assertThat(status.status()).as(status.body()).isEqualTo(200);
            String state = status.json().get("state").asString();
            if (!state.equals("BUILDING")) {
                assertThat(state).as(status.body()).isEqualTo("READY");
                return json.readValue(status.body(), PortfolioSnapshot.class);
            }
            pause();
        }
        throw new AssertionError("Snapshot " + id + " not ready within a minute");
    }

    /** Runs the steps with Axon's event clock moved to the moment given: their events are recorded then. */
    private static void recordedOn(Instant moment, Runnable steps) {
        Clock previous = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), moment));
        try {
            steps.run();
        } finally {
            GenericEventMessage.clock = previous;
        }
    }

    private static String followUp(CaseJourneys journeys, RecordedCase recorded, String dueOn, String scheduledOn) {
        return journeys.step(recorded, OFFICER, "/follow-ups", """
                {"purpose": "CHECK_IN", "dueOn": "%s", "scheduledOn": "%s"}""".formatted(dueOn, scheduledOn))
                .get("id").asString();
    }

    private static String returnedHomeEvent(ApiClient api, RecordedCase recorded) {
        return api.get(recorded.path() + "/history", OFFICER).json().valueStream()
                .filter(entry -> entry.get("type").asString().equals("ReturnedHome"))
                .findFirst().orElseThrow().get("eventId").asString();
    }

    private static String field(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        return response.json().get("errors").get(0).get("field").asString();
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
