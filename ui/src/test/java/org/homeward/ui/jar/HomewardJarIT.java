package org.homeward.ui.jar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The packaged jar on its embedded defaults, as a newcomer runs it: nothing configured, an H2 event store and an
 * Elasticsearch node of its own under ./data, demo mode. Runs after {@code package}, as whichever user runs the build.
 */
class HomewardJarIT {

    private static final Path WORK = Path.of("target", "jar-it");
    private static final String DEMO_OFFICER = "Basic " + Base64.getEncoder()
            .encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8));

    private final HttpClient http = HttpClient.newHttpClient();
    private Process app;

    @AfterEach
    void stopApp() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.descendants().forEach(ProcessHandle::destroyForcibly);
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void startsWithDemoDataOnEmbeddedDefaultsAndStopsItsElasticsearchNode() throws Exception {
        FileSystemUtils.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        int port = freePort();
        Path jar = Path.of("target", "homeward.jar").toAbsolutePath();
        app = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", jar.toString(), "--spring.profiles.active=demo", "--server.port=" + port,
                "--homeward.search.embedded.http-port=0"))
                .directory(WORK.toFile())
                .redirectErrorStream(true)
                .redirectOutput(WORK.resolve("app.log").toFile())
                .start();
        URI base = URI.create("http://localhost:" + port);

        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2)).ignoreExceptions()
                .failFast("the app stopped; see target/jar-it/app.log", () -> !app.isAlive())
                .until(() -> get(base.resolve("/actuator/health"), null), response -> response.body().contains("\"UP\""));

        assertThat(WORK.resolve("data/eventstore")).isDirectoryContaining("glob:**.mv.db");
        assertThat(WORK.resolve("data/elasticsearch/data")).isDirectory();
        assertThat(app.descendants().anyMatch(child -> child.info().commandLine().orElse("").contains("elasticsearch")))
                .as("the embedded Elasticsearch node runs as a child of the app").isTrue();

        HttpResponse<String> created = http.send(HttpRequest.newBuilder(base.resolve("/api/cases"))
                .header("Authorization", DEMO_OFFICER).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"personalDetails": {"fullName": "Jar Person", "phone": null}, "sex": "MALE", "birthYear": 2001,
                         "nationality": "ID", "office": "JKT", "referralSource": "EMBASSY", "referredOn": "2026-06-30",
                         "consent": {"dataProcessing": true, "dataSharing": true}}""")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(get(base.resolve(location), DEMO_OFFICER).body()).contains("Jar Person");
        assertThat(get(base.resolve("/api/cases/" + UUID.randomUUID()), "Basic "
                + Base64.getEncoder().encodeToString("officer:wrong".getBytes(StandardCharsets.UTF_8))).statusCode())
                .isEqualTo(401);

        // a portfolio snapshot on the embedded database: built, then read by the dashboard
        String evaluator = "Basic " + Base64.getEncoder().encodeToString("evaluator:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> snapshot = http.send(HttpRequest.newBuilder(base.resolve("/api/snapshots"))
                .header("Authorization", evaluator).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"Jar snapshot\", \"asKnownOn\": \""
                        + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(snapshot.statusCode()).as(snapshot.body()).isEqualTo(202);
        URI snapshotUri = base.resolve(snapshot.headers().firstValue("Location").orElseThrow());
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(snapshotUri, evaluator).body(), body -> body.contains("\"READY\"") || body.contains("\"FAILED\""));
        assertThat(get(snapshotUri, evaluator).body()).contains("\"READY\"");
        String id = snapshotUri.getPath().substring(snapshotUri.getPath().lastIndexOf('/') + 1);
        HttpResponse<String> figures = get(base.resolve("/api/outcomes?snapshot=" + id), evaluator);
        assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
        assertThat(figures.body()).contains("\"activeCases\"");

        assertThat(get(base.resolve("/v3/api-docs"), null).body()).contains("/api/cases/{caseId}/returned-home");
        assertThat(get(base.resolve("/swagger-ui/index.html"), null).statusCode()).isEqualTo(200);

        List<ProcessHandle> children = app.descendants().toList();
        app.destroy();
        assertThat(app.waitFor(90, TimeUnit.SECONDS)).as("the app stops on SIGTERM").isTrue();
        await().atMost(Duration.ofSeconds(60)).until(() -> children.stream().noneMatch(ProcessHandle::isAlive));
        assertThat(Files.readString(WORK.resolve("app.log"))).contains("Embedded Elasticsearch stopped")
                .doesNotContain("Jar Person")
                .as("the projection's heartbeat works on H2 too").doesNotContain("Search projection balancing skipped");
    }

    private HttpResponse<String> get(URI uri, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
