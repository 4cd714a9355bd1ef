package org.homeward.search.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a single-node Elasticsearch in the background and stops it on {@link #close()}. Its data survives
 * restarts; a node left running by a process that was killed is stopped before a new one starts.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);

    private final NodeLayout layout;
    private final int httpPort;
    private final Process process;
    private final CompletableFuture<Void> ready;

    private EmbeddedElasticsearch(NodeLayout layout, int httpPort, Process process, Duration startupTimeout) {
        this.layout = layout;
        this.httpPort = httpPort;
        this.process = process;
        this.ready = CompletableFuture.runAsync(() -> waitUntilHealthy(startupTimeout));
    }

    /** Unpacks (once) and launches the node; returns at once, {@link #awaitReady()} waits for it. */
    public static EmbeddedElasticsearch start(EmbeddedElasticsearchSettings settings) {
        NodeLayout layout = NodeLayout.prepare(settings);
        layout.stopLeftoverNode();
        int httpPort = FreePorts.preferred(settings.httpPort());
        int transportPort = FreePorts.preferred(0);
        List<String> command = new ArrayList<>(layout.runAs().commandPrefix());
        command.addAll(List.of(layout.executable().toString(),
                "-Ecluster.name=homeward",
                "-Enode.name=homeward-embedded",
                "-Ediscovery.type=single-node",
                "-Enetwork.host=127.0.0.1",
                // loopback only and pseudonymous data only; without this the launcher auto-configures TLS and a
                // keystore setting this trimmed distribution cannot read
                "-Expack.security.enabled=false",
                "-Ehttp.port=" + httpPort,
                "-Etransport.port=" + transportPort,
                "-Epath.data=" + layout.dataDir(),
                "-Epath.logs=" + layout.logsDir(),
                // a developer's nearly full disk must not turn the only node read-only
                "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                "-p", layout.pidFile().toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(layout.home().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.consoleLog().toFile()));
        Map<String, String> environment = builder.environment();
        environment.put("ES_JAVA_HOME", System.getProperty("java.home"));
        environment.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
        try {
            log.info("Starting embedded Elasticsearch {} on http://127.0.0.1:{} (data in {}{})",
                    settings.version(), httpPort, layout.home(), layout.runAs().description());
            return new EmbeddedElasticsearch(layout, httpPort, builder.start(), settings.startupTimeout());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Elasticsearch from " + layout.executable(), e);
        }
    }

    public URI httpUri() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /** Blocks until the node answers with a yellow or green cluster health. */
    public void awaitReady() {
        try {
            ready.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private void waitUntilHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest health = HttpRequest.newBuilder(httpUri().resolve("/_cluster/health?wait_for_status=yellow&timeout=2s"))
                .timeout(Duration.ofSeconds(5)).build();
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Elasticsearch stopped during start-up (exit " + process.exitValue()
                            + "). Last lines of " + layout.consoleLog() + ":\n" + layout.tailOfConsoleLog(40));
                }
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        log.info("Embedded Elasticsearch is ready on {}", httpUri());
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // the node is still starting
                }
                TimeUnit.MILLISECONDS.sleep(500);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
        }
        throw new IllegalStateException("Elasticsearch did not become ready within " + timeout + ". Last lines of "
                + layout.consoleLog() + ":\n" + layout.tailOfConsoleLog(40));
    }

    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
            for (ProcessHandle handle : tree) {
                handle.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Elasticsearch did not stop within 30 s; killing it");
            tree.forEach(ProcessHandle::destroyForcibly);
        }
        log.info("Embedded Elasticsearch stopped");
    }
}
