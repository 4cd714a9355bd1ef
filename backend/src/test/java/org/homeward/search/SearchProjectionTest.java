package org.homeward.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.homeward.casefile.followup.FollowUpPlan;
import org.homeward.search.projection.ParkedEvents;
import org.homeward.search.projection.SearchProjector;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.ApiClient.Response;
import org.homeward.testsupport.CaseJourneys;
import org.homeward.testsupport.CaseJourneys.Profile;
import org.homeward.testsupport.CaseJourneys.RecordedCase;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.ProjectionFaults;
import org.homeward.testsupport.SearchIndexContents;
import org.homeward.testsupport.SearchIndexContents.Stored;
import org.homeward.testsupport.TestServices;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SearchProjectionTest {

    private static final String OFFICER = TestUsers.JAKARTA_OFFICER;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    SearchIndexes indexes;
    @Autowired
    CaseSearch search;
    @Autowired
    ProjectionLag lag;
    @Autowired
    ParkedEvents parked;
    @Autowired
    ProjectionFaults faults;
    @Autowired
    org.homeward.casefile.assessment.ScoringSchemes schemes;

    ApiClient api;
    CaseJourneys journeys;
    SearchIndexContents contents;
    final List<String> poisonCases = new ArrayList<>();

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        journeys = new CaseJourneys(api);
        contents = new SearchIndexContents(elasticsearch);
    }

    @AfterEach
    void cleanUp() {
        faults.fixAll();
        // Poison written straight into the store by a test is removed with its parked letters, so that later tests
        // (a rebuild reads every case) start from a sound history.
        var queue = processing.deadLetterQueue(SearchProjector.PROCESSING_GROUP).orElseThrow();
        for (String caseId : poisonCases) {
            jdbc.sql("delete from domain_event_entry where aggregate_identifier = :id").param("id", caseId).update();
            queue.deadLetterSequence(caseId).forEach(queue::evict);
        }
    }

    private RecordedCase journey(String nationality, String returnedOn) {
        String followUpDue = returnedOn == null ? null : java.time.LocalDate.parse(returnedOn).plusDays(12).toString();
        return journeys.journey(new Profile("JKT", OFFICER, "FEMALE", 1996, nationality, "MM", returnedOn, true,
                followUpDue));
    }

    private List<String> eventIdsInStore(String caseId) {
        return jdbc.sql("select event_identifier from domain_event_entry where aggregate_identifier = :id order by sequence_number")
                .param("id", caseId).query(String.class).list();
    }

    private List<String> casesInStore() {
        return jdbc.sql("select distinct aggregate_identifier from domain_event_entry").query(String.class).list();
    }

    private void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(lag.eventsBehind()).isZero());
    }

    private Map<String, Map<String, Stored>> everything(Map<String, String> indices, List<String> caseIds) {
        Map<String, Map<String, Stored>> all = new LinkedHashMap<>();
        indices.forEach((family, index) -> all.put(family, contents.ofCases(index, caseIds)));
        return all;
    }

    private Map<String, String> aliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        SearchFamily.ALL.forEach(family -> aliases.put(family, indexes.alias(family)));
        return aliases;
    }

    @Test
    @DisplayName("a journey reaches the cases and case-events indices as coded, pseudonymous documents, readable at once")
    void projectsAJourneyWithoutPersonalData() throws java.io.IOException {
        RecordedCase recorded = journey("ID", "2026-01-20");
        var scheme = schemes.newest();
        String bestAnswers = scheme.indicators().stream()
                .map(indicator -> "\"" + indicator.code() + "\": \"" + indicator.scale().getLast().code() + "\"")
                .collect(java.util.stream.Collectors.joining(", "));
        String assessmentId = journeys.step(recorded, OFFICER, "/assessments", """
                {"assessedOn": "2026-07-21", "schemeVersion": "%s", "answers": {%s}}"""
                .formatted(scheme.id(), bestAnswers)).get("id").asString();

        assertThat(search.awaitIndexed(UUID.fromString(recorded.caseId()), recorded.lastEventId(), Duration.ofSeconds(30)))
                .as("read-your-writes").isTrue();

        Map<String, Map<String, Stored>> documents = everything(aliases(), List.of(recorded.caseId()));
        String caseDocument = documents.get(SearchFamily.CASES).get(recorded.caseId()).source();
        assertThat(caseDocument).contains("status=OPEN", "returnedOn=2026-01-20", "returnQuarter=2026-Q1",
                "exploitationCountries=[MM]", "nextFollowUpDueOn=2026-02-01",
                "supportKinds=[ECONOMIC_SUPPORT, TRANSIT_ASSISTANCE]", "screeningOutcome=IDENTIFIED_VICTIM",
                "birthYearBand=1995-1999", "overall=1.0", "sustainable=true",
                // opening, exploitation, screening, assistance, return, the plan's six follow-ups, support, the
                // follow-up scheduled by hand, assessment
                "eventCount=14", "followUpsPending=7");
        JsonNode pending = elasticsearch.get(get -> get.index(indexes.alias(SearchFamily.CASES)).id(recorded.caseId()),
                JsonNode.class).source().get("pendingFollowUps");
        assertThat(pending.valueStream().map(followUp -> followUp.get("dueOn").asString()).toList()).as("soonest first")
                .containsExactly("2026-02-01", "2026-02-20", "2026-04-20", "2026-07-20", "2027-01-20", "2027-07-20", "2028-01-20");
        assertThat(pending.get(1).get("followUpId").asString())
                .isEqualTo(FollowUpPlan.followUpId(UUID.fromString(recorded.caseId()), 1).toString());
        assertThat(pending.valueStream().map(followUp -> followUp.get("purpose").asString()).toList())
                .containsExactly("CHECK_IN", "CHECK_IN", "CHECK_IN", "REINTEGRATION_ASSESSMENT", "REINTEGRATION_ASSESSMENT",
                        "CHECK_IN", "REINTEGRATION_ASSESSMENT");
        assertThat(documents.get(SearchFamily.ASSESSMENTS).get(assessmentId).source()).contains("monthsSinceReturn=6",
                "overall=1.0", "economic=1.0", "sustainable=true", "scoredWith=" + scheme.id(), "answeredScheme=" + scheme.id(),
                "supportReceived=[ECONOMIC_SUPPORT, TRANSIT_ASSISTANCE]", "returnQuarter=2026-Q1", "nationality=ID");
        assertThat(documents.get(SearchFamily.CASE_EVENTS).keySet()).as("one document per event")
                .containsExactlyInAnyOrderElementsOf(eventIdsInStore(recorded.caseId()));
        assertThat(documents.toString()).doesNotContain("Test Person Searchable", "555 0199", "Somewhere", "Nowhere",
                "Transit shelter");
    }

    @Test
    @DisplayName("replaying the projection from the start, twice, changes no document")
    void replayChangesNothing() {
        List<RecordedCase> recorded = List.of(journey("ID", "2026-01-20"), journey("KE", "2026-02-11"), journey("UG", null));
        RecordedCase corrected = recorded.getFirst();
        String returned = corrected.eventIds().get(4);
        journeys.step(corrected, OFFICER, "/corrections", """
                {"correctedEventId": "%s", "correctedValues": {"effectiveOn": "2026-01-22"}, "reason": "WRONG_DATE"}"""
                .formatted(returned));
        awaitCaughtUp();
        List<String> caseIds = recorded.stream().map(RecordedCase::caseId).toList();
        Map<String, Map<String, Stored>> before = everything(aliases(), caseIds);
        assertThat(before.get(SearchFamily.CASES).get(corrected.caseId()).source()).contains("returnedOn=2026-01-22");

        StreamingEventProcessor projection = processing.eventProcessor(SearchProjector.PROCESSING_GROUP,
                StreamingEventProcessor.class).orElseThrow();
        for (int replay = 1; replay <= 2; replay++) {
            projection.shutDown();
            try {
                projection.resetTokens();
                assertThat(lag.eventsBehind()).as("after the reset every event waits again").isPositive();
            } finally {
                projection.start();
            }
            awaitCaughtUp();
            assertThat(everything(aliases(), caseIds)).as("after replay " + replay).isEqualTo(before);
        }
    }

    @Test
    @DisplayName("a rebuild, started by an admin through the API, gives documents identical to the live index and swaps the aliases")
    void rebuildGivesTheSameDocuments() {
        RecordedCase moved = journey("ET", "2026-03-03");
        journeys.step(moved, OFFICER, "/transfer", """
                {"toOffice": "NBO", "toOfficer": "%s", "transferredOn": "2026-03-10"}""".formatted(TestUsers.NAIROBI_OFFICER));
        journey("PH", "2026-04-04");
        awaitCaughtUp();
        List<String> caseIds = casesInStore();
        Map<String, String> serving = indexes.currentIndices();
        Map<String, Map<String, Stored>> live = everything(serving, caseIds);
        assertThat(live.get(SearchFamily.CASE_EVENTS).get(moved.eventIds().get(1)).source()).contains("office=NBO");

        assertThat(api.post("/api/admin/search/rebuilds", OFFICER, "{}").status()).as("officers may not").isEqualTo(403);
        Response started = api.post("/api/admin/search/rebuilds", TestUsers.ADMIN, "{}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String status = started.location();
        JsonNode done = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.get(status, TestUsers.ADMIN).json(), rebuild -> !rebuild.get("state").asString().equals("RUNNING"));

        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("eventsDone").asLong()).isEqualTo(done.get("eventsTotal").asLong()).isPositive();
        assertThat(done.get("casesFailed").asInt()).isZero();
        Map<String, String> rebuilt = indexes.currentIndices();
        SearchFamily.ALL.forEach(family -> assertThat(rebuilt.get(family)).isNotEqualTo(serving.get(family)));
        Map<String, Map<String, Stored>> fresh = everything(rebuilt, caseIds);
        for (String family : SearchFamily.ALL) {
            assertThat(sources(fresh.get(family))).as(family).isEqualTo(sources(live.get(family)));
        }
        assertThat(everything(serving, caseIds)).as("the replaced indices are kept, unchanged, to roll back to")
                .isEqualTo(live);

        RecordedCase after = journey("ID", "2026-05-05");
        assertThat(search.awaitIndexed(UUID.fromString(after.caseId()), after.lastEventId(), Duration.ofSeconds(30))).isTrue();
        assertThat(contents.ofCases(rebuilt.get(SearchFamily.CASES), List.of(after.caseId()))).hasSize(1);
    }

    private static Map<String, String> sources(Map<String, Stored> documents) {
        Map<String, String> sources = new LinkedHashMap<>();
        documents.forEach((id, stored) -> sources.put(id, stored.source()));
        return sources;
    }

    @Test
    @DisplayName("an event the projection cannot read parks only its case; other cases keep flowing")
    void unreadableEventParksOnlyItsCase() {
        RecordedCase poisoned = journey("ID", "2026-01-20");
        RecordedCase healthy = journey("KE", "2026-01-21");
        awaitCaughtUp();
        poisonCases.add(poisoned.caseId());
        int next = eventIdsInStore(poisoned.caseId()).size();
        appendRawEvent(poisoned.caseId(), next, "org.homeward.casefile.CaseClosed", """
                {"caseId": "%s", "reason": "NO_SUCH_REASON", "effectiveOn": "2026-02-01"}""".formatted(poisoned.caseId()));

        journeys.step(healthy, OFFICER, "/social-support", """
                {"kind": "PEER_SUPPORT_GROUP", "providedOn": "2026-02-02"}""");
        assertThat(search.awaitIndexed(UUID.fromString(healthy.caseId()), healthy.lastEventId(), Duration.ofSeconds(30))).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> parked.isParked(poisoned.caseId()));

        JsonNode list = api.get("/api/admin/search/parked", TestUsers.ADMIN).json();
        JsonNode entry = list.valueStream().filter(p -> p.get("caseId").asString().equals(poisoned.caseId()))
                .findFirst().orElseThrow();
        assertThat(entry.get("firstEventType").asString()).isEqualTo("CaseClosed");
        assertThat(entry.get("firstSequence").asLong()).isEqualTo(next);
        assertThat(entry.get("cause").asString()).isNotBlank();
        assertThat(api.get("/api/admin/search/parked", OFFICER).status()).isEqualTo(403);
        assertThat(api.get("/actuator/metrics/homeward.projection.parked", TestUsers.ADMIN).json()
                .get("measurements").get(0).get("value").asDouble()).isGreaterThanOrEqualTo(1);

        Response retried = api.post("/api/admin/search/parked/" + poisoned.caseId() + "/retry", TestUsers.ADMIN, "");
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.json().get("cleared").asBoolean()).as("still unreadable, so still parked").isFalse();
        assertThat(parked.isParked(poisoned.caseId())).isTrue();
        assertThat(contents.ofCases(indexes.alias(SearchFamily.CASES), List.of(poisoned.caseId())).get(poisoned.caseId())
                .source()).contains("status=OPEN", "lastEventSequence=" + (next - 1));
    }

    @Test
    @DisplayName("a document the index refuses parks its case, the others are written")
    void refusedDocumentParksOnlyItsCase() {
        String refused = UUID.randomUUID().toString();
        poisonCases.add(refused);
        appendRawEvent(refused, 0, "org.homeward.casefile.CaseOpened", """
                {"caseId": "%s", "reference": "JKT-2026-99999", "personalDetails": null, "sex": "MALE",
                 "birthYear": 70000, "nationality": "ID", "office": "JKT", "referralSource": "IOM",
                 "referredOn": "2026-01-02", "consent": {"dataProcessing": true, "dataSharing": false},
                 "openedBy": "officer-jkt"}""".formatted(refused));
        RecordedCase healthy = journey("UG", null);

        assertThat(search.awaitIndexed(UUID.fromString(healthy.caseId()), healthy.lastEventId(), Duration.ofSeconds(30))).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> parked.isParked(refused));
        assertThat(parked.list()).filteredOn(p -> p.caseId().equals(refused)).singleElement()
                .satisfies(p -> assertThat(p.cause()).contains("refused"));
        assertThat(contents.ofCases(indexes.alias(SearchFamily.CASES), List.of(refused))).isEmpty();
    }

    @Test
    @DisplayName("a case parked by a failing handler is retried from the admin API once fixed, and catches up")
    void parkedCaseIsRetriedOnceFixed() {
        RecordedCase flaky = journey("PH", "2026-01-20");
        RecordedCase healthy = journey("PH", "2026-01-21");
        awaitCaughtUp();
        faults.failFor(flaky.caseId());
        journeys.step(flaky, OFFICER, "/social-support", """
                {"kind": "PEER_SUPPORT_GROUP", "providedOn": "2026-02-02"}""");
        journeys.step(flaky, OFFICER, "/referrals", """
                {"service": "LEGAL_AID", "organisation": "Legal aid office", "referredOn": "2026-02-03"}""");
        journeys.step(healthy, OFFICER, "/referrals", """
                {"service": "LEGAL_AID", "organisation": "Legal aid office", "referredOn": "2026-02-03"}""");

        assertThat(search.awaitIndexed(UUID.fromString(healthy.caseId()), healthy.lastEventId(), Duration.ofSeconds(30))).isTrue();
        await().atMost(Duration.ofSeconds(30)).until(() -> parked.list().stream()
                .anyMatch(p -> p.caseId().equals(flaky.caseId()) && p.events() == 2));
        assertThat(search.awaitIndexed(UUID.fromString(flaky.caseId()), flaky.lastEventId(), Duration.ofMillis(500)))
                .as("the parked case's later events wait").isFalse();

        faults.fixAll();
        Response retried = api.post("/api/admin/search/parked/" + flaky.caseId() + "/retry", TestUsers.ADMIN, "");
        assertThat(retried.json().get("cleared").asBoolean()).isTrue();
        assertThat(search.awaitIndexed(UUID.fromString(flaky.caseId()), flaky.lastEventId(), Duration.ofSeconds(10))).isTrue();
        assertThat(parked.isParked(flaky.caseId())).isFalse();
        assertThat(contents.ofCases(indexes.alias(SearchFamily.CASE_EVENTS), List.of(flaky.caseId())).keySet())
                .containsExactlyInAnyOrderElementsOf(eventIdsInStore(flaky.caseId()));
    }

    @Test
    @DisplayName("Elasticsearch stopped while commands keep coming: once it is back every event is indexed exactly once")
    void elasticsearchOutageLosesAndDoublesNothing() {
        awaitCaughtUp();
        long parkedBefore = parked.count();
        TestServices.stopElasticsearch();
        List<RecordedCase> recorded = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                recorded.add(journey("ID", "2026-01-2" + i));
            }
            assertThat(lag.eventsBehind()).as("nothing could be indexed").isGreaterThanOrEqualTo(3 * 13);
        } finally {
            TestServices.startElasticsearch();
        }
        awaitCaughtUp();

        assertThat(parked.count()).as("an outage parks nothing").isEqualTo(parkedBefore);
        for (RecordedCase one : recorded) {
            List<String> events = eventIdsInStore(one.caseId());
            Map<String, Stored> eventDocuments = contents.ofCases(indexes.alias(SearchFamily.CASE_EVENTS), List.of(one.caseId()));
            assertThat(eventDocuments.keySet()).containsExactlyInAnyOrderElementsOf(events);
            assertThat(contents.ofCases(indexes.alias(SearchFamily.CASES), List.of(one.caseId())).get(one.caseId()).source())
                    .contains("lastEventSequence=" + (events.size() - 1), "eventCount=" + events.size());
        }
    }

    /** Writes an event row the way Axon does, bypassing the aggregate's rules: data no command would produce. */
    private void appendRawEvent(String caseId, long sequence, String payloadType, String payload) {
        jdbc.sql("""
                insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                values (:id, :caseId, :sequence, 'ReintegrationCase', :at, :type, '1', :payload, :meta)""")
                .param("id", UUID.randomUUID().toString()).param("caseId", caseId).param("sequence", sequence)
                .param("at", Instant.now().toString()).param("type", payloadType)
                .param("payload", payload.getBytes(StandardCharsets.UTF_8))
                .param("meta", "{}".getBytes(StandardCharsets.UTF_8)).update();
    }
}
