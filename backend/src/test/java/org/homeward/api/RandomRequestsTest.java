package org.homeward.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.homeward.casefile.followup.FollowUpPlan;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.ApiClient.Response;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property: whatever body or path a client sends, the API never answers 500, and it stores an event exactly when
 * it answers 201. Requests are valid bodies of every endpoint, mutated at random (fields dropped, nulled, given
 * the wrong type, extreme or foreign values, unknown fields, broken JSON), from a fixed seed so that a failure
 * can be replayed.
 */
@IntegrationTest
class RandomRequestsTest {

    private static final long SEED = 20261122L;
    private static final int REQUESTS = 400;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> VALID_BODIES = Map.ofEntries(
            Map.entry("/exploitation", """
                    {"form": "FORCED_LABOUR", "countryOfExploitation": "KH", "transitCountries": ["TH"],
                     "recruitmentChannel": "UNKNOWN", "startedOn": "2025-06-01", "endedOn": "2025-12-01"}"""),
            Map.entry("/screening", "{\"outcome\": \"PRESUMED_VICTIM\", \"screenedOn\": \"2026-02-01\"}"),
            Map.entry("/consent", "{\"dataProcessing\": true, \"dataSharing\": true, \"givenOn\": \"2026-02-02\"}"),
            Map.entry("/assistance", """
                    {"kind": "FOOD", "country": "TH", "provider": "Shelter", "cost": {"amount": 12.5, "currency": "THB"},
                     "providedOn": "2026-02-03"}"""),
            Map.entry("/return-travel", """
                    {"fromCountry": "TH", "toCountry": "ID", "mode": "LAND", "departureOn": "2026-02-10", "arrangedOn": "2026-02-04"}"""),
            Map.entry("/returned-home", "{\"returnedOn\": \"2026-02-11\", \"province\": \"Bali\", \"district\": \"Gianyar\"}"),
            Map.entry("/reintegration-plans", """
                    {"economicGoal": "FIND_EMPLOYMENT", "socialGoal": "NONE", "psychosocialGoal": "NONE",
                     "budget": {"amount": 900, "currency": "USD"}, "agreedOn": "2026-03-01"}"""),
            Map.entry("/economic-support", "{\"kind\": \"CASH\", \"value\": {\"amount\": 50, \"currency\": \"USD\"}, \"providedOn\": \"2026-03-02\"}"),
            Map.entry("/business-grants", "{\"businessType\": \"TAILORING\", \"amount\": {\"amount\": 700, \"currency\": \"USD\"}, \"approvedOn\": \"2026-03-03\"}"),
            Map.entry("/psychosocial-check-ins", """
                    {"mode": "VIDEO", "wellbeingScore": 7, "concerns": ["STIGMA"], "referredToSpecialist": true,
                     "checkedInOn": "2026-03-04"}"""),
            Map.entry("/social-support", "{\"kind\": \"COMMUNITY_ACTIVITY\", \"providedOn\": \"2026-03-05\"}"),
            Map.entry("/referrals", "{\"service\": \"LEGAL_AID\", \"organisation\": \"Legal aid office\", \"referredOn\": \"2026-03-06\"}"),
            Map.entry("/follow-ups", "{\"purpose\": \"CHECK_IN\", \"dueOn\": \"2026-06-01\", \"scheduledOn\": \"2026-03-07\"}"),
            Map.entry("/assessments", """
                    {"assessedOn": "2026-03-08", "schemeVersion": "reintegration-sustainability-v1", "answers": {
                     "economic.economic_situation_satisfaction": "neutral", "economic.food_security": "sometimes",
                     "economic.debt": "debt_being_repaid", "economic.income_activity": "occasional",
                     "economic.productive_assets": "no", "economic.ability_to_borrow": "cannot",
                     "economic.work_satisfaction": "no_work", "social.housing": "fair", "social.schooling_of_children": "good",
                     "social.identity_documents": "some", "social.health_care": "fair", "social.safe_drinking_water": "good",
                     "social.access_to_justice": "poor", "psychosocial.community_participation": "rarely",
                     "psychosocial.support_network": "some", "psychosocial.physical_security": "neither",
                     "psychosocial.tension_or_discrimination": "sometimes", "psychosocial.signs_of_distress": "often",
                     "psychosocial.wish_for_psychological_support": "yes"}}"""),
            Map.entry("/notes", "{\"text\": \"A note\", \"notedOn\": \"2026-03-08\"}"),
            Map.entry("/corrections", "{\"correctedEventId\": \"x\", \"correctedValues\": {\"province\": \"Bali\"}, \"reason\": \"OTHER\"}"),
            Map.entry("/closure", "{\"reason\": \"LOST_CONTACT\", \"closedOn\": \"2026-03-09\"}"),
            Map.entry("/reopening", "{\"reason\": \"CONTACT_RESUMED\", \"reopenedOn\": \"2026-03-10\"}"),
            Map.entry("/reassignment", "{\"toOfficer\": \"officer-jkt-2\", \"reassignedOn\": \"2026-03-11\"}"),
            // no transfer: after one, this officer could no longer reach the case and every request would be a 404
            Map.entry("/transfer", "{\"toOffice\": \"XXX\", \"toOfficer\": \"officer-nbo\", \"transferredOn\": \"2026-03-12\"}"),
            Map.entry("", ApiClient.newCaseJson("Random Person", "JKT")));
    private static final List<JsonNode> ODD_VALUES = List.of(JsonNodeFactory.instance.nullNode(),
            JsonNodeFactory.instance.stringNode(""), JsonNodeFactory.instance.stringNode("2026-02-30"),
            JsonNodeFactory.instance.stringNode("ZZ"), JsonNodeFactory.instance.stringNode("x".repeat(5000)),
            JsonNodeFactory.instance.stringNode("\u0000\uD83D\uDE00\u202E"), JsonNodeFactory.instance.numberNode(-1),
            JsonNodeFactory.instance.numberNode(Long.MAX_VALUE), JsonNodeFactory.instance.numberNode(1e308),
            JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("1e-400")), JsonNodeFactory.instance.booleanNode(true),
            JsonNodeFactory.instance.arrayNode().add("a"), JsonNodeFactory.instance.objectNode().put("amount", "lots"),
            JsonNodeFactory.instance.objectNode().putNull("currency"), JsonNodeFactory.instance.stringNode(UUID.randomUUID().toString()));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void noRequestOfAnyShapeFailsWithAServerErrorOrStoresWithoutA201() {
        ApiClient api = new ApiClient(port);
        Random random = new Random(SEED);
        String caseId = api.post("/api/cases", TestUsers.JAKARTA_OFFICER, ApiClient.newCaseJson("Random Person", "JKT"))
                .json().get("caseId").asString();
        List<String> endpoints = new ArrayList<>(VALID_BODIES.keySet());
        endpoints.sort(String::compareTo);
        long events = eventCount();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            String endpoint = endpoints.get(random.nextInt(endpoints.size()));
            String path = endpoint.isEmpty() ? "/api/cases" : "/api/cases/" + pathId(random, caseId) + endpoint;
            String body = mutate(VALID_BODIES.get(endpoint), random);

            Response response = api.post(path, TestUsers.JAKARTA_OFFICER, body);

            assertThat(response.status()).as("request %d: POST %s %s -> %s", i, path, body, response.body()).isLessThan(500);
            statuses.merge(response.status(), 1, Integer::sum);
            long stored = eventCount();
            if (response.status() == 201) {
                // a return home also records the plan's follow-ups; a closure, the cancellation of the pending ones
                long expected = switch (endpoint) {
                    case "/returned-home" -> 1 + FollowUpPlan.DEFAULT.months().size();
                    case "/closure" -> Math.max(1, stored - events);
                    default -> 1;
                };
                assertThat(stored - events).as("request %d: POST %s %s -> 201", i, path, body).isEqualTo(expected);
                events = stored;
            } else {
                assertThat(response.contentType()).as("request %d", i).startsWith("application/problem+json");
            }
            assertThat(stored).as("request %d: POST %s %s -> %d", i, path, body, response.status()).isEqualTo(events);
        }
        // the run exercised every outcome, not just one kind of refusal
        assertThat(statuses).containsKeys(201, 400, 404, 422);
    }

    private static String pathId(Random random, String caseId) {
        return switch (random.nextInt(10)) {
            case 0 -> UUID.randomUUID().toString();
            case 1 -> "not-a-uuid";
            default -> caseId;
        };
    }

    private static String mutate(String valid, Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return valid.substring(0, random.nextInt(valid.length()));
        }
        if (kind == 1) {
            byte[] noise = new byte[random.nextInt(64)];
            random.nextBytes(noise);
            return new String(noise, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        if (kind == 2) {
            return valid;
        }
        JsonNode tree = JSON.readTree(valid);
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            mutateSomeField(tree, random);
        }
        return tree.toString();
    }

    private static void mutateSomeField(JsonNode node, Random random) {
        if (!(node instanceof ObjectNode object) || object.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>();
        Iterator<String> fields = object.propertyNames().iterator();
        fields.forEachRemaining(names::add);
        String field = names.get(random.nextInt(names.size()));
        switch (random.nextInt(5)) {
            case 0 -> object.remove(field);
            case 1 -> object.set(field, ODD_VALUES.get(random.nextInt(ODD_VALUES.size())));
            case 2 -> object.put("unexpected" + random.nextInt(3), "value");
            case 3 -> mutateSomeField(object.get(field), random);
            default -> object.set(field, object.get(field) instanceof ArrayNode ? JsonNodeFactory.instance.objectNode()
                    : JsonNodeFactory.instance.arrayNode().add(object.get(field)));
        }
    }

    private long eventCount() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }
}
