package org.homeward.api;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.homeward.casefile.followup.FollowUpPlan;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.ApiClient.Response;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestServices;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CaseStepsApiTest {

    private static final String OFFICER = TestUsers.JAKARTA_OFFICER;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ElasticsearchClient elasticsearch;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    private String openCase() {
        Response created = api.post("/api/cases", OFFICER, ApiClient.newCaseJson("Steps Person", "JKT"));
        assertThat(created.status()).isEqualTo(201);
        return "/api/cases/" + created.json().get("caseId").asString();
    }

    private JsonNode step(String path, String json) {
        return step(path, json, OFFICER);
    }

    private JsonNode step(String path, String json, String officer) {
        Response response = api.post(path, officer, json);
        assertThat(response.status()).as(path + " -> " + response.body()).isEqualTo(201);
        assertThat(response.location()).startsWith(path.substring(0, path.indexOf('/', "/api/cases/".length())) + "/history/");
        return response.json();
    }

    @Test
    @DisplayName("a case's whole life through the API, read back as history and as current state with corrections applied")
    void recordsAWholeCaseHistory() {
        String someCase = openCase();
        step(someCase + "/exploitation", """
                {"form": "FORCED_CRIMINALITY_ONLINE_SCAMS", "countryOfExploitation": "MM", "transitCountries": ["TH"],
                 "recruitmentChannel": "SOCIAL_MEDIA", "startedOn": "2025-06-01", "endedOn": "2026-01-20"}""");
        step(someCase + "/screening", """
                {"outcome": "IDENTIFIED_VICTIM", "screenedOn": "2026-01-25"}""");
        step(someCase + "/assistance", """
                {"kind": "ACCOMMODATION", "country": "TH", "provider": "Transit shelter",
                 "cost": {"amount": 80.00, "currency": "USD"}, "providedOn": "2026-01-26"}""");
        step(someCase + "/return-travel", """
                {"fromCountry": "TH", "toCountry": "ID", "mode": "AIR", "departureOn": "2026-03-20", "arrangedOn": "2026-03-15"}""");
        String returned = step(someCase + "/returned-home", """
                {"returnedOn": "2026-03-21", "province": "Jawa Timur", "district": "Malang"}""").get("eventId").asString();
        step(someCase + "/reintegration-plans", """
                {"economicGoal": "START_BUSINESS", "socialGoal": "FAMILY_RECONCILIATION", "psychosocialGoal": "COUNSELLING",
                 "budget": {"amount": 2000, "currency": "USD"}, "agreedOn": "2026-04-01"}""");
        step(someCase + "/economic-support", """
                {"kind": "VOCATIONAL_TRAINING", "value": null, "providedOn": "2026-04-10"}""");
        String grantId = step(someCase + "/business-grants", """
                {"businessType": "FOOD_STALL", "amount": {"amount": 1500, "currency": "USD"}, "approvedOn": "2026-05-01"}""")
                .get("id").asString();
        step(someCase + "/business-grants/" + grantId + "/tranches", """
                {"amount": {"amount": 1000, "currency": "USD"}, "disbursedOn": "2026-05-10"}""");
        step(someCase + "/business-grants/" + grantId + "/status-reports", """
                {"status": "OPERATING", "monthlyIncome": {"amount": 120, "currency": "USD"}, "reportedOn": "2026-08-01"}""");
        step(someCase + "/psychosocial-check-ins", """
                {"mode": "PHONE", "wellbeingScore": 6, "concerns": ["SLEEP_PROBLEMS"], "referredToSpecialist": false,
                 "checkedInOn": "2026-06-01"}""");
        step(someCase + "/social-support", """
                {"kind": "FAMILY_MEDIATION", "providedOn": "2026-06-05"}""");
        step(someCase + "/referrals", """
                {"service": "MENTAL_HEALTH", "organisation": "District health centre", "referredOn": "2026-06-06"}""");
        String completed = step(someCase + "/follow-ups", """
                {"purpose": "CHECK_IN", "dueOn": "2026-06-21", "scheduledOn": "2026-03-21"}""").get("id").asString();
        step(someCase + "/follow-ups/" + completed + "/completion", """
                {"mode": "HOME_VISIT", "completedOn": "2026-06-22"}""");
        String missed = step(someCase + "/follow-ups", """
                {"purpose": "HOME_VISIT", "dueOn": "2026-09-21", "scheduledOn": "2026-03-21"}""").get("id").asString();
        step(someCase + "/follow-ups/" + missed + "/missed", """
                {"attempts": 3, "lastAttemptOn": "2026-09-25"}""");
        UUID caseId = UUID.fromString(someCase.substring(someCase.lastIndexOf('/') + 1));
        UUID planned = FollowUpPlan.followUpId(caseId, 1);
        step(someCase + "/follow-ups/" + planned + "/completion", """
                {"mode": "PHONE", "completedOn": "2026-04-22"}""");
        step(someCase + "/notes", """
                {"text": "Met the family at the market; the uncle helps with the stall.", "notedOn": "2026-09-26"}""");
        step(someCase + "/corrections", """
                {"correctedEventId": "%s", "correctedValues": {"effectiveOn": "2026-03-22"}, "reason": "WRONG_DATE"}"""
                .formatted(returned));
        step(someCase + "/reassignment", """
                {"toOfficer": "%s", "reassignedOn": "2026-10-01"}""".formatted(TestUsers.SECOND_JAKARTA_OFFICER));
        step(someCase + "/closure", """
                {"reason": "REINTEGRATED", "closedOn": "2026-10-15"}""");
        step(someCase + "/reopening", """
                {"reason": "NEW_NEEDS", "reopenedOn": "2026-10-20"}""");

        JsonNode state = api.get(someCase, OFFICER).json();
        assertThat(state.get("status").asString()).isEqualTo("OPEN");
        assertThat(state.get("returnedOn").asString()).as("the corrected date").isEqualTo("2026-03-22");
        assertThat(state.get("screening").asString()).isEqualTo("IDENTIFIED_VICTIM");
        assertThat(state.get("officer").asString()).isEqualTo(TestUsers.SECOND_JAKARTA_OFFICER);
        assertThat(state.get("exploitationBeganOn").asString()).isEqualTo("2025-06-01");
        assertThat(state.get("grants").get(0).get("disbursed").decimalValue()).isEqualByComparingTo("1000");
        Map<String, String> followUps = new LinkedHashMap<>();
        state.get("followUps").valueStream().forEach(f -> followUps.put(f.get("followUpId").asString(), f.get("status").asString()));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(completed, "COMPLETED");
        expected.put(missed, "MISSED");
        expected.put(planned.toString(), "COMPLETED");
        List.of(3, 6, 12, 18, 24).forEach(month -> expected.put(FollowUpPlan.followUpId(caseId, month).toString(), "CANCELLED"));
        assertThat(followUps).as("the plan's follow-ups still pending were cancelled by the closure; the reopening brought none back")
                .isEqualTo(expected);
        assertThat(state.get("followUps").valueStream().filter(f -> f.get("status").asString().equals("CANCELLED")))
                .allSatisfy(f -> assertThat(f.get("contactOn").isNull()).isTrue());

        List<JsonNode> history = api.get(someCase + "/history", OFFICER).json().valueStream().toList();
        assertThat(history).extracting(entry -> entry.get("type").asString()).containsExactly("CaseOpened",
                "ExploitationRecorded", "ScreeningCompleted", "AssistanceProvided", "ReturnTravelArranged", "ReturnedHome",
                "FollowUpScheduled", "FollowUpScheduled", "FollowUpScheduled", "FollowUpScheduled", "FollowUpScheduled",
                "FollowUpScheduled", // the plan's, recorded with the return
                "ReintegrationPlanAgreed", "EconomicSupportProvided", "BusinessGrantApproved", "BusinessGrantTrancheDisbursed",
                "BusinessStatusReported", "PsychosocialCheckInRecorded", "SocialSupportProvided", "ReferralMade",
                "FollowUpScheduled", "FollowUpCompleted", "FollowUpScheduled", "FollowUpMissed", "FollowUpCompleted",
                "NoteAdded", "EntryCorrected", "CaseReassigned", "CaseClosed",
                "FollowUpCancelled", "FollowUpCancelled", "FollowUpCancelled", "FollowUpCancelled", "FollowUpCancelled",
                "CaseReopened");
        assertThat(history).extracting(entry -> entry.get("sequence").asLong())
                .containsExactlyElementsOf(IntStream.range(0, history.size()).mapToObj(Long::valueOf).toList());
        assertThat(history).allSatisfy(entry -> {
            assertThat(entry.get("recordedBy").asString()).isEqualTo(OFFICER);
            assertThat(entry.get("recordedByOffice").asString()).isEqualTo("JKT");
            assertThat(entry.get("recordedAt").asString()).isNotBlank();
            assertThat(entry.get("correlationId").asString()).isNotBlank();
            assertThat(entry.get("effectiveOn").asString()).isNotBlank();
        });
        JsonNode returnedEntry = history.get(5);
        assertThat(returnedEntry.get("effectiveOn").asString()).as("the history keeps what was recorded").isEqualTo("2026-03-21");
        assertThat(history.get(6).get("payload").get("dueOn").asString()).isEqualTo("2026-04-21");
        assertThat(history.get(6).get("effectiveOn").asString()).isEqualTo("2026-03-21");
        assertThat(history.get(25).get("payload").get("note").asString()).startsWith("Met the family");
        assertThat(history.get(26).get("payload").get("correctedEventId").asString()).isEqualTo(returned);
        assertThat(history.get(29).get("payload").get("reason").asString()).isEqualTo("CASE_CLOSED");
        assertThat(history.get(29).get("effectiveOn").asString()).isEqualTo("2026-10-15");

        String storedNote = new String(jdbc.sql("select payload from domain_event_entry where payload_type like '%NoteAdded'")
                .query(byte[].class).list().getLast(), StandardCharsets.UTF_8);
        assertThat(storedNote).doesNotContain("market", "uncle");
    }

    @Test
    @DisplayName("a transfer hands the case to the other office's officers")
    void transfersToAnotherOffice() {
        String someCase = openCase();
        assertThat(api.post(someCase + "/transfer", OFFICER, """
                {"toOffice": "NBO", "toOfficer": "%s", "transferredOn": "2026-06-01"}""".formatted(TestUsers.JAKARTA_OFFICER))
                .status()).as("the new officer must work for the new office").isEqualTo(422);
        step(someCase + "/transfer", """
                {"toOffice": "NBO", "toOfficer": "%s", "transferredOn": "2026-06-01"}""".formatted(TestUsers.NAIROBI_OFFICER));

        assertThat(api.get(someCase, OFFICER).status()).isEqualTo(404);
        assertThat(api.get(someCase, TestUsers.NAIROBI_OFFICER).json().get("office").asString()).isEqualTo("NBO");
        String caseId = someCase.substring(someCase.lastIndexOf('/') + 1);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(elasticsearch.get(get -> get
                .index(TestServices.TEST_INDEX_PREFIX + "cases").id(caseId), JsonNode.class).source().get("office").asString())
                .as("the search index follows the transfer").isEqualTo("NBO"));
        step(someCase + "/closure", """
                {"reason": "TRANSFERRED_OUT", "closedOn": "2026-06-02"}""", TestUsers.NAIROBI_OFFICER);
        await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(elasticsearch.get(get -> get
                .index(TestServices.TEST_INDEX_PREFIX + "cases").id(caseId), JsonNode.class).source().get("status").asString())
                .isEqualTo("CLOSED"));
        assertThat(api.post(someCase + "/social-support", OFFICER, """
                {"kind": "PEER_SUPPORT_GROUP", "providedOn": "2026-06-05"}""").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("bad input is a 400 naming the field, a broken rule a 422 with the reason, an unknown case a 404; nothing is stored")
    void refusesEachErrorClassAndStoresNothing() {
        String someCase = openCase();
        step(someCase + "/returned-home", """
                {"returnedOn": "2026-03-21", "province": "Bali", "district": null}""");
        long events = eventCount();

        Response missingField = api.post(someCase + "/returned-home", OFFICER, "{\"province\": \"Bali\"}");
        assertThat(missingField.status()).isEqualTo(400);
        assertThat(missingField.json().get("errors").get(0).get("field").asString()).isEqualTo("returnedOn");
        Response badEnum = api.post(someCase + "/screening", OFFICER, "{\"outcome\": \"MAYBE\", \"screenedOn\": \"2026-01-01\"}");
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().get("errors").get(0).get("field").asString()).isEqualTo("outcome");

        Response nullConcern = api.post(someCase + "/psychosocial-check-ins", OFFICER, """
                {"mode": "PHONE", "wellbeingScore": 5, "concerns": [null], "referredToSpecialist": false, "checkedInOn": "2026-06-01"}""");
        assertThat(nullConcern.status()).isEqualTo(400);
        Response farFuture = api.post(someCase + "/follow-ups", OFFICER, """
                {"purpose": "CHECK_IN", "dueOn": "+999999999-12-31", "scheduledOn": "+999999999-12-31"}""");
        assertThat(farFuture.status()).isIn(400, 422);

        Response twice = api.post(someCase + "/returned-home", OFFICER, """
                {"returnedOn": "2026-03-25", "province": "Bali", "district": null}""");
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(twice.json().get("detail").asString())
                .isEqualTo("the return home is already recorded (on 2026-03-21); correct that entry instead");
        Response score = api.post(someCase + "/psychosocial-check-ins", OFFICER, """
                {"mode": "PHONE", "wellbeingScore": 11, "concerns": [], "referredToSpecialist": false, "checkedInOn": "2026-06-01"}""");
        assertThat(score.status()).isEqualTo(422);
        assertThat(score.json().get("errors").get(0).get("field").asString()).isEqualTo("wellbeingScore");

        assertThat(api.post("/api/cases/" + java.util.UUID.randomUUID() + "/social-support", OFFICER, """
                {"kind": "PEER_SUPPORT_GROUP", "providedOn": "2026-06-05"}""").status()).isEqualTo(404);
        assertThat(api.post(someCase + "/social-support", TestUsers.NAIROBI_OFFICER, """
                {"kind": "PEER_SUPPORT_GROUP", "providedOn": "2026-06-05"}""").status()).isEqualTo(404);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    @DisplayName("an assessment records answers in the codes of its scheme; an answer off its scale is refused at its field")
    void recordsAReintegrationAssessment() {
        String someCase = openCase();
        step(someCase + "/returned-home", """
                {"returnedOn": "2026-03-21", "province": "Bali", "district": null}""");
        String answers = """
                {"economic.economic_situation_satisfaction": "satisfied", "economic.food_security": "rarely",
                 "economic.debt": "no_debt", "economic.income_activity": "occasional", "economic.productive_assets": "no",
                 "economic.ability_to_borrow": "with_difficulty", "economic.work_satisfaction": "neutral",
                 "social.housing": "good", "social.schooling_of_children": "no_school_age_children",
                 "social.identity_documents": "all", "social.health_care": "fair", "social.safe_drinking_water": "good",
                 "social.access_to_justice": "fair", "psychosocial.community_participation": "sometimes",
                 "psychosocial.support_network": "reliable", "psychosocial.physical_security": "safe",
                 "psychosocial.tension_or_discrimination": "rarely", "psychosocial.signs_of_distress": "sometimes",
                 "psychosocial.wish_for_psychological_support": "no"}""";
        JsonNode recorded = step(someCase + "/assessments", """
                {"assessedOn": "2026-06-21", "schemeVersion": "reintegration-sustainability-v1", "answers": %s}"""
                .formatted(answers));
        assertThat(recorded.get("id").asString()).isNotBlank();
        long events = eventCount();

        Response offScale = api.post(someCase + "/assessments", OFFICER, """
                {"assessedOn": "2026-06-22", "schemeVersion": "reintegration-sustainability-v1", "answers": %s}"""
                .formatted(answers.replace("\"economic.debt\": \"no_debt\"", "\"economic.debt\": \"a little\"")));
        assertThat(offScale.status()).isEqualTo(422);
        assertThat(offScale.json().get("errors").get(0).get("field").asString()).isEqualTo("answers.economic.debt");
        Response noAnswers = api.post(someCase + "/assessments", OFFICER, """
                {"assessedOn": "2026-06-22", "schemeVersion": "reintegration-sustainability-v1", "answers": {}}""");
        assertThat(noAnswers.status()).isEqualTo(400);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    @DisplayName("a request retried with the same Idempotency-Key records nothing twice")
    void idempotencyKeyMakesRetriesSafe() {
        String someCase = openCase();
        String body = """
                {"kind": "PEER_SUPPORT_GROUP", "providedOn": "2026-06-05"}""";
        long events = eventCount();

        Response first = api.post(someCase + "/social-support", OFFICER, body, "retry-7f3a");
        Response retry = api.post(someCase + "/social-support", OFFICER, body, "retry-7f3a");

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(eventCount()).isEqualTo(events + 1);
        Response reused = api.post(someCase + "/social-support", OFFICER, body.replace("PEER_SUPPORT_GROUP", "OTHER"), "retry-7f3a");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(eventCount()).isEqualTo(events + 1);
        assertThat(api.post(someCase + "/social-support", OFFICER, body, "another-key").status()).isEqualTo(201);
        assertThat(eventCount()).isEqualTo(events + 2);
    }

    @Test
    @DisplayName("many commands at once on one case: every one recorded, the history complete and gap-free")
    void concurrentCommandsLoseNothing() throws Exception {
        String someCase = openCase();
        int parallel = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Response>> responses = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            int score = i % 11;
            responses.add(pool.submit(() -> api.post(someCase + "/psychosocial-check-ins", OFFICER, """
                    {"mode": "PHONE", "wellbeingScore": %d, "concerns": [], "referredToSpecialist": false,
                     "checkedInOn": "2026-06-01"}""".formatted(score))));
        }
        long accepted = 0;
        for (Future<Response> response : responses) {
            int status = response.get().status();
            assertThat(status).isIn(201, 409);
            accepted += status == 201 ? 1 : 0;
        }
        pool.shutdown();

        List<JsonNode> history = api.get(someCase + "/history", OFFICER).json().valueStream().toList();
        assertThat(history).hasSize((int) accepted + 1);
        assertThat(accepted).isEqualTo(parallel);
        assertThat(history).extracting(entry -> entry.get("sequence").asLong())
                .containsExactlyElementsOf(IntStream.rangeClosed(0, parallel).mapToObj(Long::valueOf).toList());
    }

    private long eventCount() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }
}
