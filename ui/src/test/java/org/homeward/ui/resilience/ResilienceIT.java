package org.homeward.ui.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.homeward.testsupport.TestServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Homeward as deployed on several nodes, and under faults: packaged-jar processes sharing one PostgreSQL schema and
 * one Elasticsearch cluster, officers' traffic through the partner API, nodes killed with SIGKILL, Elasticsearch
 * stopped and started. Each test asserts that every acknowledged command is stored exactly once and every event
 * indexed exactly once. PostgreSQL restarts are in {@link PostgresRestartIT}.
 */
class ResilienceIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path WORK = Path.of("target", "resilience-it");
    private static final String POSTGRES = System.getenv().getOrDefault("HOMEWARD_IT_POSTGRES",
            "jdbc:postgresql://127.0.0.1:5432/test");

    private final List<AppNode> nodes = new ArrayList<>();
    private SharedStores stores;
    private final String officer = CaseTraffic.basic(SharedStores.OFFICER, SharedStores.PASSWORD);
    private final String admin = CaseTraffic.basic(SharedStores.ADMIN, SharedStores.PASSWORD);

    @BeforeEach
    void freshStores() throws Exception {
        stores = new SharedStores(POSTGRES, "postgres", TestServices.elasticsearch());
    }

    @AfterEach
    void stopNodes() throws Exception {
        for (AppNode node : nodes) {
            node.close();
        }
        stores.drop();
    }

    private AppNode node(String name, Map<String, String> extra) {
        Map<String, String> settings = stores.nodeSettings();
        settings.putAll(extra);
        AppNode node = AppNode.start(name, WORK, settings);
        nodes.add(node);
        return node;
    }

    @Test
    @DisplayName("Two nodes share the projection's segments; with one killed, the other takes them all; every event indexed exactly once")
    void twoNodesShareTheProjectionAndASurvivorTakesOver() throws Exception {
        AppNode first = node("node-a", Map.of());
        AppNode second = node("node-b", Map.of());
        first.awaitUp();
        second.awaitUp();
        stores.createUsers();

        // each node holds about half of the 16 segments
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Map<Integer, String> owners = stores.segmentOwners();
            long ofFirst = owners.values().stream().filter(owner -> ownedBy(owner, first)).count();
            long ofSecond = owners.values().stream().filter(owner -> ownedBy(owner, second)).count();
            return owners.size() == 16 && ofFirst >= 6 && ofSecond >= 6 && ofFirst + ofSecond == 16;
        });

        try (CaseTraffic traffic = new CaseTraffic(officer, "JKT", List.of(first, second)).openCases(12)) {
            // the same cases get commands through both nodes at once
            traffic.start(6, 0);
            traffic.awaitMore(200, Duration.ofMinutes(2));
            traffic.stop();
            stores.assertNothingLostOrDoubled(traffic);
            assertThat(stores.segmentOwners().values()).as("both nodes still share the work")
                    .anyMatch(owner -> ownedBy(owner, first)).anyMatch(owner -> ownedBy(owner, second));

            traffic.start(6, 0);
            traffic.awaitMore(100, Duration.ofMinutes(2));
            second.kill();
            traffic.target(List.of(first));
            traffic.awaitMore(150, Duration.ofMinutes(2));
            // the dead node's claims time out and the survivor takes every segment
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    stores.segmentOwners().values().stream().allMatch(owner -> ownedBy(owner, first)));
            traffic.awaitMore(50, Duration.ofMinutes(1));
            traffic.stop();
            stores.assertNothingLostOrDoubled(traffic);
        }
    }

    @Test
    @DisplayName("The app killed with SIGKILL during a load: after restart every acknowledged command is stored, every event indexed once")
    void killedDuringALoad() throws Exception {
        AppNode app = node("load", Map.of()).awaitUp();
        stores.createUsers();
        try (CaseTraffic traffic = new CaseTraffic(officer, "JKT", List.of(app)).openCases(20)) {
            traffic.start(8, 0);
            traffic.awaitMore(250, Duration.ofMinutes(2));
            app.kill();
            long unansweredAtKill = traffic.unanswered();
            Thread.sleep(1_000); // a second of traffic against a node that is gone, before it comes back
            app.restart();
            app.awaitUp();
            traffic.awaitMore(150, Duration.ofMinutes(2));
            traffic.stop();
            assertThat(traffic.unanswered()).as("some commands were in flight or sent while the node was down")
                    .isGreaterThan(unansweredAtKill);
            assertThat(traffic.statuses().keySet()).as("every answer: " + traffic.statuses()).isSubsetOf(201, 409);
            stores.assertNothingLostOrDoubled(traffic);
        }
    }

    @Test
    @DisplayName("The app killed with SIGKILL in the middle of a rebuild: the live indices keep every event once, and a new rebuild completes")
    void killedDuringARebuild() throws Exception {
        // a rebuild held to 150 events a second, so that it is surely killed half-way
        AppNode app = node("rebuild", Map.of("homeward.search.rebuild.max-events-per-second", "150")).awaitUp();
        stores.createUsers();
        try (CaseTraffic traffic = new CaseTraffic(officer, "JKT", List.of(app)).openCases(20)) {
            traffic.start(6, 0);
            traffic.awaitMore(900, Duration.ofMinutes(4));
            traffic.stop();
            stores.awaitIndexedExactlyOnce(Duration.ofMinutes(2));

            HttpResponse<String> started = send(app, "POST", "/api/admin/search/rebuilds", admin, "{}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            String status = started.headers().firstValue("Location").orElseThrow();
            JsonNode running = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> JSON.readTree(send(app, "GET", status, admin, null).body()),
                            rebuild -> rebuild.path("eventsDone").asLong() > 0);
            assertThat(running.path("state").asString()).isEqualTo("RUNNING");
            app.kill();
            assertThat(running.path("eventsDone").asLong()).as("killed half-way")
                    .isLessThan(running.path("eventsTotal").asLong());
            List<String> halfBuilt = new ArrayList<>();
            running.path("indices").forEach(index -> halfBuilt.add(index.asString()));

            app.restart();
            app.awaitUp();
            stores.assertNothingLostOrDoubled(traffic);

            // once the dead rebuild's heartbeat has lapsed, a new one may start; it clears the half-built indices
            HttpResponse<String> again = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> send(app, "POST", "/api/admin/search/rebuilds", admin, "{}"),
                            response -> response.statusCode() == 202);
            String againStatus = again.headers().firstValue("Location").orElseThrow();
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() ->
                    JSON.readTree(send(app, "GET", againStatus, admin, null).body()).path("state").asString(),
                    state -> !state.equals("RUNNING"));
            assertThat(JSON.readTree(send(app, "GET", againStatus, admin, null).body()).path("state").asString())
                    .isEqualTo("COMPLETED");
            assertThat(JSON.readTree(send(app, "GET", status, admin, null).body()).path("state").asString())
                    .isEqualTo("ABANDONED");
            String indices = get(stores.elasticsearch().resolve("/_cat/indices/" + stores.indexPrefix() + "*?h=index"));
            assertThat(halfBuilt).allSatisfy(index -> assertThat(indices).doesNotContain(index));
            stores.assertNothingLostOrDoubled(traffic);
        }
    }

    @Test
    @DisplayName("Elasticsearch stopped while commands are written, then started: nothing lost, nothing indexed twice")
    void elasticsearchStoppedDuringWrites() throws Exception {
        AppNode app = node("search-outage", Map.of()).awaitUp();
        stores.createUsers();
        try (CaseTraffic traffic = new CaseTraffic(officer, "JKT", List.of(app)).openCases(10)) {
            traffic.start(4, 0);
            traffic.awaitMore(100, Duration.ofMinutes(2));
            TestServices.stopElasticsearch();
            try {
                traffic.awaitMore(100, Duration.ofMinutes(2)); // the event store takes commands meanwhile
            } finally {
                TestServices.startElasticsearch();
            }
            traffic.awaitMore(100, Duration.ofMinutes(2));
            traffic.stop();
            assertThat(traffic.statuses().keySet()).as("commands need no search index: " + traffic.statuses())
                    .isSubsetOf(201, 409);
            stores.assertNothingLostOrDoubled(traffic);
        }
    }

    private static boolean ownedBy(String owner, AppNode node) {
        return owner != null && owner.startsWith(node.pid() + "@");
    }

    private static HttpResponse<String> send(AppNode node, String method, String path, String authorization, String json)
            throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(node.base().resolve(path)).timeout(Duration.ofSeconds(20))
                    .header("Authorization", authorization);
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            return http.send(request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String get(URI uri) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
        }
    }
}
