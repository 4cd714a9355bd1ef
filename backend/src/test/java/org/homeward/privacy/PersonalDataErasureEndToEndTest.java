package org.homeward.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.homeward.casefile.SealedPersonalDetails;
import org.homeward.search.CaseSearch;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.ApiClient.Response;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestServices;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import tools.jackson.databind.JsonNode;

/**
 * A survivor asks to be forgotten. After the erasure no answer of the API, no index, no export and no log line holds
 * their name, phone or notes; the event store holds only ciphertext that no key opens; the history says who erased
 * them and when; everything non-personal stays. Every read of the personal details before it was audited.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataErasureEndToEndTest {

    private static final String OFFICER = TestUsers.JAKARTA_OFFICER;
    private static final String NAME = "Erasable Kartika Ningsih";
    private static final String PHONE = "+999 555 7731";
    private static final String NOTE = "Staying with her aunt behind the Kampung Melayu market";
    private static final List<String> PERSONAL = List.of("Erasable", "Kartika", "Ningsih", "555 7731", "aunt", "Kampung Melayu");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    CaseKeyVault vault;
    @Autowired
    CaseSearch search;

    @Test
    void afterTheErasureNothingHoldsThePersonalDataAndTheHistorySaysWhoErasedThem(CapturedOutput log) throws Exception {
        ApiClient api = new ApiClient(port);
        Response opened = api.post("/api/cases", OFFICER, ApiClient.newCaseJson(NAME, "JKT").replace("+999 555 0101", PHONE));
        assertThat(opened.status()).isEqualTo(201);
        String caseId = opened.json().get("caseId").asString();
        String reference = opened.json().get("reference").asString();
        String path = "/api/cases/" + caseId;
        assertThat(api.post(path + "/notes", OFFICER, "{\"text\": \"" + NOTE + "\", \"notedOn\": \"2026-03-20\"}").status()).isEqualTo(201);
        assertThat(api.post(path + "/returned-home", OFFICER, "{\"returnedOn\": \"2026-04-02\", \"province\": \"Banten\"}").status())
                .isEqualTo(201);

        // before: the officer reads the details and the history, and each read is audited
        assertThat(api.get(path, OFFICER).json().get("personalDetails").get("fullName").asString()).isEqualTo(NAME);
        assertThat(api.get(path + "/history", OFFICER).body()).contains(NOTE);
        Response audit = api.get("/api/admin/audit/personal-data-reads?caseId=" + caseId, TestUsers.ADMIN);
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().valueStream().map(read -> read.get("username").asString() + " " + read.get("what").asString()))
                .containsExactly(OFFICER + " HISTORY", OFFICER + " DETAILS");

        Response erased = api.post(path + "/personal-data-erasure", OFFICER,
                "{\"requestedOn\": \"2026-05-04\"}");
        assertThat(erased.status()).isEqualTo(201);
        assertThat(jdbc.sql("select count(*) from personal_data_key where case_id = :id").param("id", caseId)
                .query(Integer.class).single()).as("the key is gone when the erasure is acknowledged").isZero();
        String erasureId = erased.json().get("eventId").asString();
        assertThat(search.awaitIndexed(UUID.fromString(caseId), erasureId, Duration.ofSeconds(30))).isTrue();

        // the API: no details, the history shows the erasure with who and when, notes are gone
        JsonNode record = api.get(path, OFFICER).json();
        assertThat(record.get("personalDetails").isNull()).isTrue();
        assertThat(record.get("personalDataErased").asBoolean()).isTrue();
        assertThat(record.get("reference").asString()).as("the case itself stays").isEqualTo(reference);
        JsonNode history = api.get(path + "/history", OFFICER).json();
        JsonNode erasure = history.valueStream().filter(entry -> entry.get("type").asString().equals("PersonalDataErased"))
                .findFirst().orElseThrow();
        assertThat(erasure.get("recordedBy").asString()).isEqualTo(OFFICER);
        assertThat(erasure.get("recordedAt").asString()).isNotBlank();
        assertThat(erasure.get("payload").get("reason").asString()).isEqualTo("SURVIVOR_REQUEST");
        assertThat(erasure.get("effectiveOn").asString()).isEqualTo("2026-05-04");
        assertThat(history.toString()).doesNotContain(PERSONAL);
        assertThat(api.get(path + "/replay", OFFICER).body()).doesNotContain(PERSONAL);
        assertThat(api.get(path + "/replay/report", TestUsers.JAKARTA_EVALUATOR).body()).doesNotContain(PERSONAL);

        // the keys: destroyed, with a tombstone that says by whom; no new key for the case
        assertThat(jdbc.sql("select count(*) from personal_data_key where case_id = :id").param("id", caseId)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select destroyed_by from destroyed_case_key where case_id = :id").param("id", caseId)
                .query(String.class).single()).isEqualTo(OFFICER);
        Response note = api.post(path + "/notes", OFFICER, "{\"text\": \"another note\", \"notedOn\": \"2026-05-05\"}");
        assertThat(note.status()).isEqualTo(422);
        assertThat(note.body()).contains("\"text\"", "were erased");
        assertThat(api.post(path + "/personal-data-erasure", OFFICER,
                "{\"requestedOn\": \"2026-05-04\"}").status()).isEqualTo(422);

        // the event store: only ciphertext, which no key opens any more
        List<byte[]> payloads = jdbc.sql("select payload from domain_event_entry where aggregate_identifier = :id")
                .param("id", caseId).query(byte[].class).list();
        String stored = String.join("\n", payloads.stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList());
        assertThat(stored).contains("\"ciphertext\"").doesNotContain(PERSONAL);
        JsonNode openedEvent = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(payloads.getFirst()).get("personalDetails");
        SealedPersonalDetails sealed = new SealedPersonalDetails(openedEvent.get("keyId").asString(),
                openedEvent.get("ciphertext").asString());
        assertThat(vault.open(UUID.fromString(caseId), new Sealed(sealed.keyId(), sealed.ciphertext()))).isEmpty();

        // every index, live and snapshots, and the dead letters: nothing personal; the non-personal facts stay
        elasticsearch.indices().refresh(r -> r.index(TestServices.TEST_INDEX_PREFIX + "*"));
        for (String value : PERSONAL) {
            SearchResponse<Void> hits = elasticsearch.search(s -> s.index(TestServices.TEST_INDEX_PREFIX + "*")
                    .query(q -> q.queryString(qs -> qs.query("\"" + value + "\"").fields("*"))), Void.class);
            assertThat(hits.hits().hits()).as("documents holding " + value).isEmpty();
        }
        assertThat(jdbc.sql("select count(*) from dead_letter_entry where aggregate_identifier = :id").param("id", caseId)
                .query(Integer.class).single()).isZero();
        Response found = api.get("/api/search?q=" + reference, OFFICER);
        assertThat(found.json().get("total").asLong()).as("the case stays for the statistics").isEqualTo(1);
        assertThat(found.body()).doesNotContain(PERSONAL);

        // and no line of the log
        assertThat(log.getAll()).doesNotContain(PERSONAL);
    }

    @Test
    void theAuditTrailIsForAdministratorsAndAsksForValidFilters() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/admin/audit/personal-data-reads", OFFICER).status()).isEqualTo(403);
        assertThat(api.get("/api/admin/audit/personal-data-reads", TestUsers.MANAGER).status()).isEqualTo(403);
        assertThat(api.get("/api/admin/audit/personal-data-reads", null).status()).isEqualTo(401);
        Response notAnId = api.get("/api/admin/audit/personal-data-reads?caseId=x", TestUsers.ADMIN);
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.body()).contains("caseId");
        Response backwards = api.get("/api/admin/audit/personal-data-reads?from=2026-05-02&to=2026-05-01", TestUsers.ADMIN);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.body()).contains("\"to\"");
        assertThat(api.get("/api/admin/audit/security-events?from=2026-01-01", TestUsers.ADMIN).status()).isEqualTo(200);
    }
}
