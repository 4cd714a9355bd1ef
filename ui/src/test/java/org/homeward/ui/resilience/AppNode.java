package org.homeward.ui.resilience;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Homeward node: the packaged jar in a process of its own, pointed at shared PostgreSQL and Elasticsearch, as in
 * a deployment of several nodes. It can be stopped cleanly or killed with SIGKILL.
 */
final class AppNode implements AutoCloseable {

    private final String name;
    private final List<String> command;
    private final Path log;
    private final int port;
    private Process process;
    private int starts;

    private AppNode(String name, List<String> command, Path log, int port) {
        this.name = name;
        this.command = command;
        this.log = log;
        this.port = port;
    }

    /** Starts a node with these settings (Spring properties) on a free port, logging to {@code work/name.log}. */
    static AppNode start(String name, Path work, Map<String, String> settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx400m", "-XX:TieredStopAtLevel=1", "-jar", Path.of("target", "homeward.jar").toAbsolutePath().toString(),
                "--server.port=" + port));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        AppNode node = new AppNode(name, command, work.resolve(name + ".log"), port);
        node.launch();
        return node;
    }

    private void launch() {
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            starts++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the same node again (same port, same settings), after it was killed or stopped. */
    void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " still runs");
        }
        launch();
    }

    AppNode awaitUp() {
        try (HttpClient http = HttpClient.newHttpClient()) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                    .failFast(name + " stopped; see " + log, () -> !process.isAlive())
                    .until(() -> http.send(HttpRequest.newBuilder(base().resolve("/actuator/health"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body()
                            .contains("\"UP\""));
        }
        return this;
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    String name() {
        return name;
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as an orderly shutdown. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    int starts() {
        return starts;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
