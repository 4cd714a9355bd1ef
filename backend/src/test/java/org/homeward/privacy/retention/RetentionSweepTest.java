package org.homeward.privacy.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import org.homeward.search.CaseSearch;
import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The retention policy erases the personal data of cases closed longer ago than the period, recorded by the policy
 * itself, and leaves open cases and recently closed ones alone. The sweep runs as of mid-2025, so that no other
 * test's case (none is closed before 2026) falls under it.
 */
@IntegrationTest
class RetentionSweepTest {

    private static final String OFFICER = TestUsers.JAKARTA_OFFICER;

    @LocalServerPort
    int port;
    @Autowired
    RetentionSweep sweep;
    @Autowired
    CaseSearch search;

    @Test
    void casesClosedLongerAgoThanThePeriodLoseTheirPersonalDataAndNoOthers() {
        ApiClient api = new ApiClient(port);
        String longClosed = closedCase(api, "2019-02-01", "2020-06-30");
        String recentlyClosed = closedCase(api, "2019-02-01", "2020-07-02");
        String open = open(api, "2019-02-01");

        int erased = sweep.sweep(LocalDate.of(2025, 7, 1), Period.ofYears(5));

        assertThat(erased).isEqualTo(1);
        JsonNode erasedCase = api.get("/api/cases/" + longClosed, OFFICER).json();
        assertThat(erasedCase.get("personalDataErased").asBoolean()).isTrue();
        assertThat(erasedCase.get("personalDetails").isNull()).isTrue();
        JsonNode erasure = api.get("/api/cases/" + longClosed + "/history", OFFICER).json().valueStream()
                .filter(entry -> entry.get("type").asString().equals("PersonalDataErased")).findFirst().orElseThrow();
        assertThat(erasure.get("recordedBy").asString()).isEqualTo("retention-policy");
        assertThat(erasure.get("payload").get("reason").asString()).isEqualTo("RETENTION_EXPIRED");
        for (String kept : new String[] {recentlyClosed, open}) {
            assertThat(api.get("/api/cases/" + kept, OFFICER).json().get("personalDataErased").asBoolean()).isFalse();
        }
        assertThat(sweep.sweep(LocalDate.of(2025, 7, 1), Period.ofYears(5))).as("nothing is erased twice")
                .isZero();
    }

    private String open(ApiClient api, String referredOn) {
        String json = ApiClient.newCaseJson("Retained Person", "JKT").replace("2026-03-14", referredOn);
        return api.post("/api/cases", OFFICER, json).json().get("caseId").asString();
    }

    private String closedCase(ApiClient api, String referredOn, String closedOn) {
        String caseId = open(api, referredOn);
        String closure = api.post("/api/cases/" + caseId + "/closure", OFFICER,
                "{\"reason\": \"REINTEGRATED\", \"closedOn\": \"" + closedOn + "\"}").json().get("eventId").asString();
        assertThat(search.awaitIndexed(UUID.fromString(caseId), closure, Duration.ofSeconds(30))).isTrue();
        return caseId;
    }
}
