package org.homeward.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.homeward.search.node.EmbeddedElasticsearch;
import org.homeward.search.node.EmbeddedElasticsearchSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;

/**
 * Decides where the tests' PostgreSQL and Elasticsearch are, in this order:
 * <ol>
 *     <li>addresses given in the environment ({@code SPRING_DATASOURCE_URL}, {@code SPRING_ELASTICSEARCH_URIS}),
 *     as CI may do;</li>
 *     <li>Testcontainers, when a Docker engine answers ({@link DockerServices});</li>
 *     <li>otherwise PostgreSQL on 127.0.0.1:5432 (application-test.properties) and an Elasticsearch node that
 *     this class starts once per test JVM from the Maven Central distribution.</li>
 * </ol>
 */
public class TestServices implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger log = LoggerFactory.getLogger(TestServices.class);
    public static final String TEST_INDEX_PREFIX = "test-";
    private static EmbeddedElasticsearch node;
    private static EmbeddedElasticsearchSettings nodeSettings;
    private static Boolean docker;

    static {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String configured = context.getEnvironment().getProperty("spring.elasticsearch.uris", "");
        if (!configured.isBlank()) {
            log.info("Tests use Elasticsearch at {} (from the environment)", configured);
            deleteTestIndices(URI.create(configured.split(",")[0].trim()));
            return;
        }
        if (dockerAvailable()) {
            log.info("Tests use Testcontainers (a Docker engine answers)");
            return;
        }
        URI node = elasticsearch();
        log.info("No Docker engine: tests use PostgreSQL at {} and the local Elasticsearch node at {}",
                context.getEnvironment().getProperty("spring.datasource.url"), node);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-elasticsearch",
                Map.of("spring.elasticsearch.uris", node.toString())));
    }

    static synchronized boolean dockerAvailable() {
        if (docker == null) {
            try {
                docker = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError noDocker) {
                docker = false;
            }
        }
        return docker;
    }

    /** The node of this test JVM, started on first use (with no index left from an earlier run) and stopped when the JVM exits. */
    public static synchronized URI elasticsearch() {
        if (node == null) {
            nodeSettings = new EmbeddedElasticsearchSettings(Path.of("target", "test-elasticsearch"), "9.5.3", null,
                    URI.create("https://repo.maven.apache.org/maven2/"), 0,
                    System.getProperty("homeward.test.elasticsearch-heap", "512m"), Duration.ofMinutes(3));
            node = EmbeddedElasticsearch.start(nodeSettings);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                synchronized (TestServices.class) {
                    if (node != null) {
                        node.close();
                    }
                }
            }, "stop-test-elasticsearch"));
            node.awaitReady();
            deleteTestIndices(node.httpUri());
        }
        return node.httpUri();
    }

    /**
     * Stops this JVM's Elasticsearch node, for tests of what happens while it is down. Only the node these tests
     * started can be stopped: with an external cluster or containers the test fails rather than pass untested.
     */
    public static synchronized void stopElasticsearch() {
        if (node == null) {
            throw new IllegalStateException("These tests do not run their own Elasticsearch node, so they cannot stop it");
        }
        node.close();
    }

    /** Starts the node again on the same port, with the same data. */
    public static synchronized void startElasticsearch() {
        int port = node.httpUri().getPort();
        node = EmbeddedElasticsearch.start(new EmbeddedElasticsearchSettings(nodeSettings.home(), nodeSettings.version(),
                nodeSettings.distribution(), nodeSettings.repository(), port, nodeSettings.heap(),
                nodeSettings.startupTimeout()));
        node.awaitReady();
        if (node.httpUri().getPort() != port) {
            throw new IllegalStateException("Elasticsearch came back on port " + node.httpUri().getPort() + ", not " + port);
        }
    }

    /** A shared cluster keeps the indices of earlier runs; this run starts from an empty database, so from none. */
    private static void deleteTestIndices(URI elasticsearch) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String names = http.send(HttpRequest.newBuilder(elasticsearch.resolve("/_cat/indices/" + TEST_INDEX_PREFIX
                            + "*?h=index")).build(), HttpResponse.BodyHandlers.ofString()).body().trim();
            for (String index : names.isBlank() ? new String[0] : names.split("\\s+")) {
                http.send(HttpRequest.newBuilder(elasticsearch.resolve("/" + index)).DELETE().build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach Elasticsearch at " + elasticsearch, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
