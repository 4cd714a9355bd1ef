package org.homeward.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.homeward.casefile.CaseClosed;
import org.homeward.casefile.CaseEvent;
import org.homeward.casefile.CaseOpened;
import org.homeward.casefile.ClosureReason;
import org.homeward.casefile.Consent;
import org.homeward.casefile.CorrectionReason;
import org.homeward.casefile.EntryCorrected;
import org.homeward.casefile.RecordedBy;
import org.homeward.casefile.ReferralSource;
import org.homeward.casefile.Sex;
import org.homeward.casefile.identification.ScreeningCompleted;
import org.homeward.casefile.identification.ScreeningOutcome;
import org.homeward.casefile.journey.ReturnedHome;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.ApiClient.Response;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * Evaluators' replay and as-of questions through the API: the state after each step equals what the case itself
 * answered at that moment; as-of by effective and by recorded dates on a history with a back-dated entry and a
 * later correction; no personal data ever reaches an evaluator.
 */
@IntegrationTest
class CaseReplayTest {

    private static final String OFFICER = TestUsers.JAKARTA_OFFICER;
    private static final String EVALUATOR = TestUsers.JAKARTA_EVALUATOR;
    private static final String NAME = "Replay Person Private";
    private static final String PHONE = "+999 555 0777";

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theStateAfterEachStepIsWhatTheCaseAnsweredAtThatMoment() {
        ApiClient api = new ApiClient(port);
        Response opened = api.post("/api/cases", OFFICER, """
                {"personalDetails": {"fullName": "%s", "phone": "%s"}, "sex": "MALE", "birthYear": 1994,
                 "nationality": "ID", "office": "JKT", "referralSource": "IOM", "referredOn": "2026-02-01",
                 "consent": {"dataProcessing": true, "dataSharing": false}}""".formatted(NAME, PHONE));
        String path = "/api/cases/" + opened.json().get("caseId").asString();
        List<JsonNode> answered = new ArrayList<>();
        answered.add(api.get(path, OFFICER).json());
        String returned = null;
        for (String[] step : List.of(
                new String[] {"/exploitation", """
                        {"form": "FORCED_CRIMINALITY_ONLINE_SCAMS", "countryOfExploitation": "KH", "transitCountries": [],
                         "recruitmentChannel": "SOCIAL_MEDIA", "startedOn": "2025-08-01", "endedOn": "2026-01-20"}"""},
                new String[] {"/screening", "{\"outcome\": \"IDENTIFIED_VICTIM\", \"screenedOn\": \"2026-02-03\"}"},
                new String[] {"/returned-home", "{\"returnedOn\": \"2026-02-20\", \"province\": \"Secret Province\"}"},
                new String[] {"/economic-support", """
                        {"kind": "CASH", "value": {"amount": 150, "currency": "USD"}, "providedOn": "2026-03-01"}"""},
                new String[] {"/corrections", null},
                new String[] {"/closure", "{\"reason\": \"REINTEGRATED\", \"closedOn\": \"2026-09-30\"}"})) {
            String body = step[1] != null ? step[1] : """
                    {"correctedEventId": "%s", "correctedValues": {"effectiveOn": "2026-02-18"}, "reason": "WRONG_DATE"}"""
                    .formatted(returned);
            Response response = api.post(path + step[0], OFFICER, body);
            assertThat(response.status()).as(step[0] + " " + response.body()).isEqualTo(201);
            if (step[0].equals("/returned-home")) {
                returned = response.json().get("eventId").asString();
            }
            answered.add(api.get(path, OFFICER).json());
        }

        Response replayed = api.get(path + "/replay", EVALUATOR);
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
        List<JsonNode> steps = replayed.json().get("steps").valueStream().toList();
        assertThat(steps).hasSize(answered.getLast().get("version").asInt() + 1);
        for (JsonNode record : answered) {
            JsonNode state = steps.get(record.get("version").asInt()).get("state");
            assertThat(state.get("lastEventSequence").asLong()).isEqualTo(record.get("version").asLong());
            assertThat(state.get("status").asString()).isEqualTo(record.get("status").asString());
            assertThat(state.get("office").asString()).isEqualTo(record.get("office").asString());
            assertThat(state.get("officer").asString()).isEqualTo(record.get("officer").asString());
            assertThat(text(state, "returnedOn")).isEqualTo(text(record, "returnedOn"));
            assertThat(text(state, "closedOn")).isEqualTo(text(record, "closedOn"));
            assertThat(text(state, "screeningOutcome")).isEqualTo(text(record, "screening"));
            assertThat(state.get("planAgreed").asBoolean()).isEqualTo(record.get("planAgreed").asBoolean());
        }
        JsonNode returnStep = steps.stream().filter(step -> step.get("event").get("type").asString().equals("ReturnedHome"))
                .findFirst().orElseThrow();
        assertThat(returnStep.get("changed").valueStream().map(JsonNode::asString).toList()).contains("returnedOn", "returnQuarter");
        JsonNode correction = steps.stream().filter(step -> step.get("event").get("type").asString().equals("EntryCorrected"))
                .findFirst().orElseThrow();
        assertThat(correction.get("state").get("returnedOn").asString()).isEqualTo("2026-02-18");
        assertThat(correction.get("changed").valueStream().map(JsonNode::asString).toList()).contains("returnedOn");

        // evaluators read pseudonymous data only, in every form it takes
        Response report = api.get(path + "/replay/report", EVALUATOR);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.contentType()).startsWith("text/html");
        assertThat(report.body()).contains("EntryCorrected", "ReturnedHome", "returnedOn: 2026-02-18");
        Response asOf = api.get(path + "?asOf=2026-03-05&basis=effective", EVALUATOR);
        assertThat(asOf.status()).isEqualTo(200);
        for (Response answer : List.of(replayed, report, asOf)) {
            assertThat(answer.body()).doesNotContain(NAME, PHONE, "Secret Province");
        }
        assertThat(api.get(path, EVALUATOR).status()).as("personal details stay with the officers").isEqualTo(403);
        assertThat(api.get(path + "/history", EVALUATOR).status()).isEqualTo(403);
        assertThat(api.get(path + "/replay", TestUsers.NAIROBI_OFFICER).status()).as("another office").isEqualTo(404);
        assertThat(api.get(path + "?asOf=2026-03-05", TestUsers.NAIROBI_OFFICER).status()).isEqualTo(404);
        assertThat(api.get(path + "/replay", null).status()).isEqualTo(401);
        assertThat(api.get(path + "/replay", TestUsers.ADMIN).status()).isEqualTo(403);
    }

    @Test
    void asOfAnswersWhatHadHappenedAndWhatWasKnown() {
        UUID caseId = UUID.randomUUID();
        // recorded on 11 January 2025; screened the next day; the return home on 1 February recorded only on 15 March,
        // and its date corrected to 28 January on 1 April; closed on 30 June
        List<Object[]> history = List.of(
                new Object[] {new CaseOpened(caseId, "JKT-2025-REPLAY", null, Sex.FEMALE, 1990, "ID", "JKT",
                        ReferralSource.IOM, LocalDate.parse("2025-01-10"), new Consent(true, false), OFFICER), "2025-01-11T03:00:00Z"},
                new Object[] {new ScreeningCompleted(caseId, ScreeningOutcome.IDENTIFIED_VICTIM, LocalDate.parse("2025-01-12")),
                        "2025-01-12T09:00:00Z"},
                new Object[] {new ReturnedHome(caseId, "P", "D", LocalDate.parse("2025-02-01")), "2025-03-15T09:00:00Z"},
                new Object[] {null, "2025-04-01T09:00:00Z"},
                new Object[] {new CaseClosed(caseId, ClosureReason.REINTEGRATED, LocalDate.parse("2025-06-30")),
                        "2025-06-30T16:00:00Z"});
        List<String> ids = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            for (int sequence = 0; sequence < history.size(); sequence++) {
                CaseEvent event = (CaseEvent) history.get(sequence)[0];
                if (event == null) {
                    event = new EntryCorrected(caseId, ids.get(2), "ReturnedHome", Map.of("effectiveOn", "2025-01-28"),
                            CorrectionReason.WRONG_DATE, LocalDate.parse("2025-01-28"));
                }
                String id = UUID.randomUUID().toString();
                ids.add(id);
                eventStore.publish(new GenericDomainEventMessage<>("ReintegrationCase", caseId.toString(), sequence, event,
                        Map.of(RecordedBy.USER, OFFICER, RecordedBy.OFFICE, "JKT"), id,
                        Instant.parse((String) history.get(sequence)[1])));
            }
        });
        ApiClient api = new ApiClient(port);
        String path = "/api/cases/" + caseId;

        assertThat(state(api, path, "2025-01-05", "effective")).as("not referred yet").isNull();
        assertThat(state(api, path, "2025-01-10", "recorded")).as("not recorded yet").isNull();
        JsonNode happened = state(api, path, "2025-01-30", "effective");
        assertThat(happened.get("returnedOn").asString()).as("the correction counts, whenever it was recorded")
                .isEqualTo("2025-01-28");
        assertThat(happened.get("status").asString()).isEqualTo("OPEN");
        assertThat(state(api, path, "2025-01-30", "recorded").get("returnedOn").isNull())
                .as("on 30 January nobody had recorded the return yet").isTrue();
        assertThat(state(api, path, "2025-03-20", "recorded").get("returnedOn").asString())
                .as("recorded, but not yet corrected").isEqualTo("2025-02-01");
        assertThat(state(api, path, "2025-04-01", "recorded").get("returnedOn").asString()).isEqualTo("2025-01-28");
        assertThat(state(api, path, "2025-07-01", "effective").get("status").asString()).isEqualTo("CLOSED");
        assertThat(state(api, path, "2025-06-29", "effective").get("status").asString()).isEqualTo("OPEN");
        assertThat(api.get(path + "?asOf=2025-03-20&basis=recorded", EVALUATOR).json().get("events").size())
                .as("opening, screening, return").isEqualTo(3);

        Response badBasis = api.get(path + "?asOf=2025-03-20&basis=hopeful", EVALUATOR);
        assertThat(badBasis.status()).isEqualTo(400);
        assertThat(badBasis.json().get("errors").get(0).get("field").asString()).isEqualTo("basis");
        assertThat(api.get(path + "?asOf=yesterday", EVALUATOR).status()).isEqualTo(400);
    }

    private static JsonNode state(ApiClient api, String path, String asOf, String basis) {
        Response response = api.get(path + "?asOf=" + asOf + "&basis=" + basis, EVALUATOR);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode state = response.json().get("state");
        return state == null || state.isNull() ? null : state;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
