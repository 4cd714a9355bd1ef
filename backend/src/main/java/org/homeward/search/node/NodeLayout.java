package org.homeward.search.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The node's folders (distribution, data, logs, pid file) and the user that runs it. */
record NodeLayout(Path home, Path distribution, RunAs runAs) {

    private static final Logger log = LoggerFactory.getLogger(NodeLayout.class);

    static NodeLayout prepare(EmbeddedElasticsearchSettings settings) {
        RunAs runAs = RunAs.forThisProcess();
        Path home = reachableHome(settings.home().toAbsolutePath().normalize(), runAs);
        Path zip = Distribution.locate(settings, home.resolve("downloads"));
        Path distribution = Distribution.unpack(zip, home, settings.version());
        NodeLayout layout = new NodeLayout(home, distribution, runAs);
        try {
            Files.createDirectories(layout.dataDir());
            Files.createDirectories(layout.logsDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runAs.own(home);
        return layout;
    }

    /**
     * The configured folder, unless the unprivileged user cannot reach it (say it lies under /root): then a folder
     * of its own under /var/tmp, named after the configured one.
     */
    private static Path reachableHome(Path configured, RunAs runAs) {
        try {
            Files.createDirectories(configured);
            runAs.own(configured);
            if (runAs.canWrite(configured)) {
                return configured;
            }
            String name = HexFormat.of().formatHex(configured.toString().getBytes(StandardCharsets.UTF_8));
            Path fallback = Path.of("/var/tmp", "homeward-elasticsearch", name.substring(Math.max(0, name.length() - 32)));
            log.warn("User nobody cannot reach {}; keeping the Elasticsearch node's files in {} instead", configured, fallback);
            // /var/tmp is writable by everyone: never run a node from a folder another user could have prepared
            for (Path existing = fallback; existing != null && !existing.equals(Path.of("/var/tmp")); existing = existing.getParent()) {
                if (Files.exists(existing) && !List.of("root", "nobody").contains(Files.getOwner(existing).getName())) {
                    throw new IllegalStateException(existing + " belongs to " + Files.getOwner(existing).getName()
                            + "; remove it, or set homeward.search.embedded.home to a folder user nobody can reach");
                }
            }
            Files.createDirectories(fallback);
            runAs.own(fallback.getParent());
            return fallback;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + configured, e);
        }
    }

    Path executable() {
        return distribution.resolve("bin").resolve("elasticsearch");
    }

    Path dataDir() {
        return home.resolve("data");
    }

    Path logsDir() {
        return home.resolve("logs");
    }

    Path pidFile() {
        return home.resolve("elasticsearch.pid");
    }

    Path consoleLog() {
        return logsDir().resolve("console.log");
    }

    String tailOfConsoleLog(int lines) {
        try {
            List<String> all = Files.readAllLines(consoleLog(), StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no console log: " + e.getMessage() + ")";
        }
    }

    /** Stops a node that a killed process left running on this data folder (it would hold the data lock). */
    void stopLeftoverNode() {
        try {
            if (!Files.exists(pidFile())) {
                return;
            }
            long pid = Long.parseLong(Files.readString(pidFile()).trim());
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().commandLine().orElse("").contains("elasticsearch"))
                    .ifPresent(leftover -> {
                        log.warn("Stopping an Elasticsearch node (pid {}) left running by an earlier start", pid);
                        leftover.destroy();
                        try {
                            leftover.onExit().get(60, TimeUnit.SECONDS);
                        } catch (Exception e) {
                            leftover.destroyForcibly();
                        }
                    });
            Files.deleteIfExists(pidFile());
        } catch (IOException | NumberFormatException e) {
            log.warn("Could not read {}: {}", pidFile(), e.toString());
        }
    }
}
