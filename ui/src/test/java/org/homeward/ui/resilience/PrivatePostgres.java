package org.homeward.ui.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of a test's own, from the machine's PostgreSQL binaries (initdb, pg_ctl), on a free port, so
 * that the test can restart it without touching the machine's shared server. PostgreSQL refuses to run as root: a
 * root test process hands it to {@code nobody} through {@code setpriv}.
 */
final class PrivatePostgres implements AutoCloseable {

    private final Path binaries;
    private final Path data;
    private final int port;
    private final List<String> asUser;

    private PrivatePostgres(Path binaries, Path data, int port, List<String> asUser) {
        this.binaries = binaries;
        this.data = data;
        this.port = port;
        this.asUser = asUser;
    }

    static PrivatePostgres start() throws IOException, InterruptedException {
        Path binaries = binaries();
        Path home = Files.createTempDirectory("homeward-postgres-");
        Path data = home.resolve("data");
        List<String> asUser = List.of();
        if ("0".equals(output(List.of("id", "-u")))) {
            asUser = List.of("setpriv", "--reuid=" + output(List.of("id", "-u", "nobody")),
                    "--regid=" + output(List.of("id", "-g", "nobody")), "--clear-groups", "--");
            run(List.of("chown", "-R", "nobody:", home.toString()));
            run(List.of("chmod", "755", home.toString()));
        }
        PrivatePostgres postgres = new PrivatePostgres(binaries, data, AppNode.freePort(), asUser);
        postgres.as(List.of(binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "--auth=trust", "-E", "UTF8", "--no-sync"));
        postgres.startServer();
        return postgres;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    private void startServer() throws IOException, InterruptedException {
        as(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", data.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + data
                        + " -c fsync=on -c synchronous_commit=on", "start"));
    }

    /**
     * Stops the server the hard way (immediate: no checkpoint, like a crash or a power cut; recovery replays its log
     * on start) and starts it again on the same port.
     */
    void crashAndRestart() throws IOException, InterruptedException {
        as(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
        startServer();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        as(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
        run(List.of("rm", "-rf", data.getParent().toString()));
    }

    /** The newest PostgreSQL's programs on this machine (Debian keeps them under /usr/lib/postgresql/N/bin). */
    private static Path binaries() throws IOException {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (var versions = Files.list(debian)) {
                var newest = versions.map(version -> version.resolve("bin"))
                        .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                                .replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        try {
            return Path.of(output(List.of("pg_config", "--bindir")));
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new IllegalStateException("No PostgreSQL server programs (initdb, pg_ctl) on this machine: install the "
                    + "postgresql package; this test restarts a server of its own", e);
        }
    }

    private void as(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(asUser);
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }

    private static String output(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL on port " + port + " in " + data;
    }
}
