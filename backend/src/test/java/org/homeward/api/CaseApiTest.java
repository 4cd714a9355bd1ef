package org.homeward.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
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
import co.elastic.clients.elasticsearch.core.GetResponse;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CaseApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    EventProcessingConfiguration processing;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
    }

    @Test
    @DisplayName("a partner opens a case; it reads back as recorded and reaches search without personal details")
    void opensCaseReadsItBackAndIndexesItPseudonymously() throws Exception {
        Response created = api.post("/api/cases", TestUsers.JAKARTA_OFFICER, ApiClient.newCaseJson("Sari Wulandari", "JKT"));

        assertThat(created.status()).isEqualTo(201);
        String caseId = created.json().get("caseId").asString();
        assertThat(created.location()).isEqualTo("/api/cases/" + caseId);
        assertThat(created.json().get("reference").asString()).matches("JKT-2026-\\d{5}");

        JsonNode record = api.get(created.location(), TestUsers.JAKARTA_OFFICER).json();
        assertThat(record.get("personalDetails").get("fullName").asString()).isEqualTo("Sari Wulandari");
        assertThat(record.get("personalDetails").get("phone").asString()).isEqualTo("+999 555 0101");
        assertThat(record.get("nationality").asString()).isEqualTo("ID");
        assertThat(record.get("referredOn").asString()).isEqualTo("2026-03-14");
        assertThat(record.get("consent").get("dataProcessing").asBoolean()).isTrue();
        assertThat(record.get("openedBy").asString()).isEqualTo(TestUsers.JAKARTA_OFFICER);
        assertThat(record.get("status").asString()).isEqualTo("OPEN");

        GetResponse<JsonNode> indexed = await().atMost(Duration.ofSeconds(30)).until(
                () -> elasticsearch.get(get -> get.index(TestServices.TEST_INDEX_PREFIX + "cases").id(caseId), JsonNode.class),
                GetResponse::found);
        assertThat(indexed.source().get("reference").asString()).isEqualTo(created.json().get("reference").asString());
        assertThat(indexed.source().get("office").asString()).isEqualTo("JKT");
        assertThat(indexed.source().toString()).doesNotContain("Sari", "Wulandari", "555 0101");

        String storedPayload = new String(jdbc.sql("select payload from domain_event_entry where aggregate_identifier = :id")
                .param("id", caseId).query(byte[].class).single(), StandardCharsets.UTF_8);
        assertThat(storedPayload).contains("\"nationality\":\"ID\"")
                .doesNotContain("Sari", "Wulandari", "555 0101");
    }

    @Test
    @DisplayName("invalid input is refused with a problem naming each bad field, and nothing is stored")
    void refusesInvalidInputNamingEachField() {
        long events = eventCount();
        long keys = keyCount();
        String invalid = """
                {
                  "personalDetails": {"fullName": " ", "phone": "call me"},
                  "sex": "FEMALE",
                  "birthYear": 1800,
                  "nationality": "XX",
                  "office": "ZZZ",
                  "referralSource": "IOM",
                  "referredOn": "%s",
                  "consent": {"dataProcessing": false, "dataSharing": false}
                }""".formatted(LocalDate.now().plusDays(3));

        Response refused = api.post("/api/cases", TestUsers.JAKARTA_OFFICER, invalid);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(fields(refused)).containsExactly("birthYear", "consent.dataProcessing", "nationality", "office",
                "personalDetails.fullName", "personalDetails.phone", "referredOn");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(keyCount()).isEqualTo(keys);
    }

    @Test
    @DisplayName("missing fields, a wrong code, an unknown field and broken JSON are each named")
    void namesMalformedFields() {
        assertThat(fields(api.post("/api/cases", TestUsers.JAKARTA_OFFICER, "{}")))
                .containsExactly("birthYear", "consent", "nationality", "office", "personalDetails", "referralSource",
                        "referredOn", "sex");
        Response wrongSex = api.post("/api/cases", TestUsers.JAKARTA_OFFICER,
                ApiClient.newCaseJson("Ani", "JKT").replace("\"FEMALE\"", "\"F\""));
        assertThat(fields(wrongSex)).containsExactly("sex");
        assertThat(wrongSex.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be one of FEMALE, MALE, OTHER, UNKNOWN");
        assertThat(fields(api.post("/api/cases", TestUsers.JAKARTA_OFFICER,
                ApiClient.newCaseJson("Ani", "JKT").replace("\"fullName\"", "\"fullname\""))))
                .containsExactly("personalDetails.fullname");
        assertThat(fields(api.post("/api/cases", TestUsers.JAKARTA_OFFICER, "{\"sex\": ")))
                .containsExactly("body");
    }

    @Test
    @DisplayName("a case rule broken is a 422 with the aggregate's reason, and nothing is stored")
    void refusesCaseBreakingARule() {
        long events = eventCount();
        long keys = keyCount();

        Response refused = api.post("/api/cases", TestUsers.JAKARTA_OFFICER, ApiClient.newCaseJson("Ani", "JKT")
                .replace("\"birthYear\": 1997", "\"birthYear\": 2010").replace("2026-03-14", "2009-05-01"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).isEqualTo("the referral date cannot be before the person was born");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("referredOn");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(keyCount()).as("the key made for the refused case is discarded").isEqualTo(keys);
    }

    @Test
    @DisplayName("an officer cannot open a case for an office they do not work for")
    void refusesAnotherOfficesCase() {
        long events = eventCount();

        Response refused = api.post("/api/cases", TestUsers.JAKARTA_OFFICER, ApiClient.newCaseJson("Ani", "NBO"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    @DisplayName("the API answers only to known users with the officer role")
    void requiresAuthentication() {
        Response anonymous = api.post("/api/cases", null, ApiClient.newCaseJson("Ani", "JKT"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(new ApiClient(port).getWithPassword("/api/cases/" + UUID.randomUUID(), "officer", "demo").status())
                .as("demo users exist only in demo mode").isEqualTo(401);
        Response manager = api.post("/api/cases", TestUsers.MANAGER, ApiClient.newCaseJson("Ani", "JKT"));
        assertThat(manager.status()).isEqualTo(403);
        assertThat(manager.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("another office's case, an unknown case and a malformed id are not found or refused")
    void hidesOtherOfficesCases() {
        Response created = api.post("/api/cases", TestUsers.NAIROBI_OFFICER, ApiClient.newCaseJson("Achieng Otieno", "NBO")
                .replace("\"ID\"", "\"KE\""));
        assertThat(created.status()).isEqualTo(201);

        assertThat(api.get(created.location(), TestUsers.JAKARTA_OFFICER).status()).isEqualTo(404);
        assertThat(api.get(created.location(), TestUsers.NAIROBI_OFFICER).status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + UUID.randomUUID(), TestUsers.NAIROBI_OFFICER).status()).isEqualTo(404);
        Response malformed = api.get("/api/cases/not-a-uuid", TestUsers.NAIROBI_OFFICER);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(fields(malformed)).containsExactly("caseId");
    }

    @Test
    @DisplayName("health is UP with the database and Elasticsearch, and open to monitoring without credentials")
    void reportsHealth() {
        Response health = api.get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().has("components")).as("details only for admins").isFalse();
        JsonNode details = api.get("/actuator/health", TestUsers.ADMIN).json();
        assertThat(details.get("components").get("elasticsearch").get("status").asString()).isEqualTo("UP");
        assertThat(details.get("components").get("db").get("status").asString()).isEqualTo("UP");
    }

    @Test
    @DisplayName("admins see how far the search projection trails the event store, and it catches up")
    void reportsProjectionLag() {
        StreamingEventProcessor projection = processing.eventProcessor("case-search", StreamingEventProcessor.class).orElseThrow();
        projection.shutDown();
        try {
            api.post("/api/cases", TestUsers.JAKARTA_OFFICER, ApiClient.newCaseJson("Lag Person", "JKT"));
            api.post("/api/cases", TestUsers.JAKARTA_OFFICER, ApiClient.newCaseJson("Lag Person", "JKT"));
            assertThat(api.get("/actuator/metrics/homeward.projection.lag", TestUsers.ADMIN).json()
                    .get("measurements").get(0).get("value").asDouble()).as("two events behind").isGreaterThanOrEqualTo(2);
        } finally {
            projection.start();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Response metric = api.get("/actuator/metrics/homeward.projection.lag", TestUsers.ADMIN);
            assertThat(metric.status()).isEqualTo(200);
            assertThat(metric.json().get("measurements").get(0).get("value").asDouble()).isZero();
        });
        assertThat(api.get("/actuator/metrics/homeward.projection.lag", TestUsers.JAKARTA_OFFICER).status()).isEqualTo(403);
    }

    private static List<String> fields(Response response) {
        assertThat(response.status()).isEqualTo(400);
        return response.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    private long eventCount() {
        return jdbc.sql("select count(*) from domain_event_entry").query(Long.class).single();
    }

    private long keyCount() {
        return jdbc.sql("select count(*) from personal_data_key").query(Long.class).single();
    }
}
