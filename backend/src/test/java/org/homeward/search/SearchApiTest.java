package org.homeward.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.ApiClient.Response;
import org.homeward.testsupport.CaseJourneys;
import org.homeward.testsupport.CaseJourneys.Profile;
import org.homeward.testsupport.CaseJourneys.RecordedCase;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * GET /api/search over five cases of the Manila office, which no other test uses, so that hits and facet counts can
 * be checked exactly against what was recorded.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest {

    private static final String OFFICER = TestUsers.MANILA_OFFICER;

    @LocalServerPort
    int port;
    @Autowired
    CaseSearch search;

    ApiClient api;
    final Map<String, RecordedCase> cases = new LinkedHashMap<>();

    @BeforeAll
    void recordTheOffice() {
        api = new ApiClient(port);
        CaseJourneys journeys = new CaseJourneys(api);
        // name: sex, nationality, exploitation country, return date, economic support, follow-up due
        cases.put("A", journeys.journey(new Profile("MNL", OFFICER, "FEMALE", 1998, "PH", "KH", "2026-02-10", true, "2026-03-01")));
        cases.put("B", journeys.journey(new Profile("MNL", OFFICER, "MALE", 1990, "PH", "MM", "2026-05-15", false, "2026-12-30")));
        cases.put("C", journeys.journey(new Profile("MNL", OFFICER, "FEMALE", 2001, "ID", "MM", "2026-08-01", true, null)));
        cases.put("D", journeys.journey(new Profile("MNL", OFFICER, "FEMALE", 1985, "PH", "KH", null, false, null)));
        cases.put("E", journeys.journey(new Profile("MNL", OFFICER, "MALE", 1993, "KE", "LA", "2026-02-20", true, "2026-04-01")));
        journeys.step(cases.get("E"), OFFICER, "/closure", """
                {"reason": "LOST_CONTACT", "closedOn": "2026-10-01"}""");
        cases.values().forEach(recorded -> assertThat(search.awaitIndexed(UUID.fromString(recorded.caseId()),
                recorded.lastEventId(), Duration.ofSeconds(30))).isTrue());
    }

    private JsonNode search(String query) {
        Response response = api.get("/api/search?" + query, OFFICER);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<String> hits(JsonNode result) {
        return result.get("cases").valueStream().map(found -> name(found.get("caseId").asString())).toList();
    }

    private String name(String caseId) {
        return cases.entrySet().stream().filter(entry -> entry.getValue().caseId().equals(caseId))
                .map(Map.Entry::getKey).findFirst().orElse("other:" + caseId);
    }

    private static Map<String, Long> facet(JsonNode result, String facet) {
        Map<String, Long> counts = new LinkedHashMap<>();
        result.get("facets").get(facet).valueStream()
                .forEach(value -> counts.put(value.get("value").asString(), value.get("count").asLong()));
        return counts;
    }

    @Test
    @DisplayName("a search with every filter finds exactly the matching case")
    void everyFilter() {
        JsonNode result = search("q=kh&status=OPEN&office=MNL&nationality=PH&exploitationCountry=KH&sex=FEMALE"
                + "&supportKind=ECONOMIC_SUPPORT&returnedFrom=2026-01-01&returnedTo=2026-03-31&overdue=true");

        assertThat(result.get("total").asLong()).isEqualTo(1);
        assertThat(hits(result)).containsExactly("A");
        assertThat(facet(result, "nationality")).isEqualTo(Map.of("PH", 1L));
        assertThat(facet(result, "overdue")).isEqualTo(Map.of("true", 1L, "false", 0L));
        assertThat(result.get("cases").get(0).toString()).doesNotContain("Test Person Searchable", "555 0199");
    }

    @Test
    @DisplayName("facet counts are exact: each counts with every other filter applied and its own left out")
    void exactFacets() {
        JsonNode result = search("nationality=PH");

        assertThat(hits(result)).containsExactlyInAnyOrder("A", "B", "D");
        assertThat(facet(result, "nationality")).isEqualTo(Map.of("PH", 3L, "ID", 1L, "KE", 1L));
        assertThat(facet(result, "sex")).isEqualTo(Map.of("FEMALE", 2L, "MALE", 1L));
        assertThat(facet(result, "status")).isEqualTo(Map.of("OPEN", 3L));
        assertThat(facet(result, "exploitationCountry")).isEqualTo(Map.of("KH", 2L, "MM", 1L));
        assertThat(facet(result, "supportKind")).isEqualTo(Map.of("TRANSIT_ASSISTANCE", 3L, "ECONOMIC_SUPPORT", 1L));
        assertThat(facet(result, "returnQuarter")).isEqualTo(Map.of("2026-Q1", 1L, "2026-Q2", 1L));
        // B's follow-up due 2026-12-30 is still ahead, but the one-month follow-up of the plan (due 2026-06-15),
        // scheduled with its return, is long overdue: A and B are overdue, D (not home yet) is not
        assertThat(facet(result, "overdue")).isEqualTo(Map.of("true", 2L, "false", 1L));
        assertThat(facet(result, "office")).isEqualTo(Map.of("MNL", 3L));
        assertThat(result.get("facets").get("nationality").valueStream()
                .filter(value -> value.get("selected").asBoolean()).map(value -> value.get("value").asString()))
                .containsExactly("PH");

        assertThat(hits(search("returnQuarter=2026-Q1"))).as("by quarter of return").containsExactlyInAnyOrder("A", "E");

        JsonNode closed = search("status=CLOSED");
        assertThat(hits(closed)).containsExactly("E");
        assertThat(facet(closed, "status")).isEqualTo(Map.of("OPEN", 4L, "CLOSED", 1L));
        assertThat(facet(closed, "overdue")).as("a closed case is never overdue").isEqualTo(Map.of("true", 0L, "false", 1L));
    }

    @Test
    @DisplayName("sorting and paging walk through every case once, missing values last")
    void sortAndPage() {
        assertThat(hits(search("sort=returnedOn,asc&size=2&page=0"))).containsExactly("A", "E");
        assertThat(hits(search("sort=returnedOn,asc&size=2&page=1"))).containsExactly("B", "C");
        JsonNode last = search("sort=returnedOn,asc&size=2&page=2");
        assertThat(hits(last)).containsExactly("D");
        assertThat(last.get("total").asLong()).isEqualTo(5);
        assertThat(hits(search("sort=returnedOn,desc&size=1"))).containsExactly("C");
        assertThat(hits(search("q=" + reference("B")))).as("by reference").containsExactly("B");
    }

    private String reference(String name) {
        return api.get(cases.get(name).path(), OFFICER).json().get("reference").asString();
    }

    @Test
    @DisplayName("the server limits every search to the caller's offices, whatever the filters ask")
    void officeScope() {
        Response nairobi = api.get("/api/search?office=MNL", TestUsers.NAIROBI_OFFICER);
        assertThat(nairobi.status()).isEqualTo(200);
        assertThat(nairobi.json().get("total").asLong()).isZero();
        Response manager = api.get("/api/search?office=MNL", TestUsers.MANILA_MANAGER);
        assertThat(manager.json().get("total").asLong()).isEqualTo(5);
        assertThat(api.get("/api/search", null).status()).isEqualTo(401);
        assertThat(api.get("/api/search", TestUsers.ADMIN).status()).as("admins do not read cases").isEqualTo(403);
    }

    @Test
    @DisplayName("bad parameters are refused field by field")
    void refusesBadParameters() {
        assertThat(fields(api.get("/api/search?status=BOGUS&size=500", OFFICER))).containsExactly("size", "status[0]");
        assertThat(fields(api.get("/api/search?returnedFrom=2026-05-01&returnedTo=2026-04-01", OFFICER)))
                .containsExactly("returnPeriod");
        assertThat(fields(api.get("/api/search?page=200&size=100", OFFICER))).containsExactly("withinResultWindow");
        assertThat(fields(api.get("/api/search?sort=fullName&returnQuarter=2026-Q5", OFFICER)))
                .containsExactly("returnQuarter[0]", "sort");
        assertThat(fields(api.get("/api/search?overdue=maybe&returnedFrom=yesterday", OFFICER)))
                .containsExactly("overdue", "returnedFrom");
        assertThat(fields(api.get("/api/search?nationality=Philippines&office=XYZ", OFFICER)))
                .containsExactly("nationality[0]", "office[0]");
    }

    private static List<String> fields(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}
