package org.homeward.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.homeward.testsupport.ApiClient;
import org.homeward.testsupport.IntegrationTest;
import org.homeward.testsupport.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the API for every role, and without credentials: 401 without, 403 for a role the table below does
 * not name, anything but 401 and 403 for one it names (ids are random, so the answer is then 400 or 404). The
 * endpoints come from the application itself: a new one fails this test until it is given its row. Also: an officer
 * of another office learns nothing of a case, by id or by search.
 */
@IntegrationTest
class RouteMatrixTest {

    private static final Map<String, String> USERS = Map.of("OFFICER", TestUsers.JAKARTA_OFFICER,
            "MANAGER", TestUsers.MANAGER, "EVALUATOR", TestUsers.JAKARTA_EVALUATOR, "ADMIN", TestUsers.ADMIN);
    private static final Set<String> OFFICER = Set.of("OFFICER");
    private static final Set<String> READERS = Set.of("OFFICER", "MANAGER", "EVALUATOR");
    private static final Set<String> FIGURES = Set.of("MANAGER", "EVALUATOR");
    private static final Set<String> SNAPSHOT_KEEPERS = Set.of("MANAGER", "EVALUATOR", "ADMIN");
    private static final Set<String> ADMIN = Set.of("ADMIN");
    /** Called only by the roles refused: for an allowed one they would start work other tests would meet. */
    private static final Set<String> NOT_CALLED_WHEN_ALLOWED = Set.of("POST /api/admin/search/rebuilds",
            "POST /api/admin/search/parked/retry");

    @LocalServerPort
    int port;
    @Autowired
    org.homeward.search.CaseSearch search;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();

    /** Who may call an endpoint, by method and path template. */
    private static Set<String> allowed(String endpoint) {
        return switch (endpoint) {
            case "POST /api/cases", "GET /api/cases/{caseId}", "GET /api/cases/{caseId}/history",
                 "GET /api/cases/{caseId}/history/{eventId}" -> OFFICER;
            case "GET /api/cases/{caseId}?asOf", "GET /api/cases/{caseId}/replay", "GET /api/cases/{caseId}/replay/report",
                 "GET /api/search" -> READERS;
            case "GET /api/outcomes", "GET /api/outcomes/{chart}.csv" -> FIGURES;
            case "POST /api/snapshots" -> FIGURES;
            case "GET /api/snapshots", "GET /api/snapshots/{id}", "DELETE /api/snapshots/{id}" -> SNAPSHOT_KEEPERS;
            default -> {
                if (endpoint.startsWith("POST /api/cases/{caseId}/")) {
                    yield OFFICER; // every step of a case
                }
                if (endpoint.matches("(GET|POST|DELETE) /api/admin/.*")) {
                    yield ADMIN;
                }
                throw new AssertionError("No row for " + endpoint + ": say who may call it");
            }
        };
    }

    @Test
    void everyEndpointAnswersEachRoleAsTheTableSays() throws Exception {
        Map<String, String> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(40);
        List<String> wrong = new ArrayList<>();
        for (var endpoint : endpoints.entrySet()) {
            Set<String> allowed = allowed(endpoint.getKey());
            int anonymous = call(endpoint.getKey(), endpoint.getValue(), null);
            if (anonymous != 401) {
                wrong.add(endpoint.getKey() + " without credentials: " + anonymous);
            }
            for (var user : USERS.entrySet()) {
                boolean mayCall = allowed.contains(user.getKey());
                if (mayCall && NOT_CALLED_WHEN_ALLOWED.contains(endpoint.getKey())) {
                    continue;
                }
                int status = call(endpoint.getKey(), endpoint.getValue(), user.getValue());
                boolean refused = status == 403;
                if (status == 401 || refused == mayCall || status >= 500) {
                    wrong.add(endpoint.getKey() + " as " + user.getKey() + ": " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anOfficerOfAnotherOfficeLearnsNothingOfACaseByIdOrBySearch() {
        ApiClient api = new ApiClient(port);
        var opened = api.post("/api/cases", TestUsers.JAKARTA_OFFICER, ApiClient.newCaseJson("Other Office Person", "JKT")).json();
        String path = "/api/cases/" + opened.get("caseId").asString();
        String reference = opened.get("reference").asString();
        assertThat(search.awaitSearchable(UUID.fromString(opened.get("caseId").asString()), java.time.Duration.ofSeconds(30)))
                .isTrue();
        String stranger = TestUsers.NAIROBI_OFFICER;
        assertThat(api.get(path, stranger).status()).isEqualTo(404);
        assertThat(api.get(path + "/history", stranger).status()).isEqualTo(404);
        assertThat(api.get(path + "/replay", stranger).status()).isEqualTo(404);
        assertThat(api.get(path + "?asOf=2026-12-01", stranger).status()).isEqualTo(404);
        assertThat(api.post(path + "/notes", stranger, "{\"text\": \"x\", \"notedOn\": \"2026-03-20\"}").status()).isEqualTo(404);
        // the office filter is the server's: asking for the other office's cases by name finds none
        assertThat(api.get("/api/search?q=" + reference, stranger).json().get("total").asLong()).isZero();
        assertThat(api.get("/api/search?office=JKT&q=" + reference, stranger).json().get("total").asLong()).isZero();
        assertThat(api.get("/api/search?q=" + reference, TestUsers.JAKARTA_OFFICER).json().get("total").asLong())
                .as("while its own office finds it").isEqualTo(1);
    }

    /** Every endpoint under /api, as "METHOD /path" (with "?asOf" for the as-of variant), and a path to call it with. */
    private Map<String, String> endpoints() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                boolean asOf = info.getParamsCondition().getExpressions().stream()
                        .anyMatch(expression -> expression.getName().equals("asOf"));
                String path = pattern.replace("{chart}", "headline").replaceAll("\\{[^}]+}", UUID.randomUUID().toString())
                        + (asOf ? "?asOf=2026-01-01" : "");
                for (RequestMethod verb : info.getMethodsCondition().getMethods()) {
                    endpoints.put(verb + " " + pattern + (asOf ? "?asOf" : ""), path);
                }
            }
        });
        return endpoints;
    }

    private int call(String endpoint, String path, String username) throws Exception {
        String verb = endpoint.substring(0, endpoint.indexOf(' '));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(verb, verb.equals("POST") ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
