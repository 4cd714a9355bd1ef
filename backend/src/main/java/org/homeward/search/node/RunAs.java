package org.homeward.search.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The user the node runs as. Elasticsearch refuses to run as root, so a root process hands it to {@code nobody}
 * through {@code setpriv} (util-linux), which needs no user to be created.
 */
record RunAs(List<String> commandPrefix, String owner, String description) {

    static RunAs forThisProcess() {
        if (!isRoot()) {
            return new RunAs(List.of(), null, "");
        }
        String uid = output("id", "-u", "nobody");
        String gid = output("id", "-g", "nobody");
        return new RunAs(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"),
                uid + ":" + gid, ", as user nobody because this process runs as root");
    }

    boolean switchesUser() {
        return owner != null;
    }

    /** Hands the folder to the node's user. */
    void own(Path folder) {
        if (switchesUser()) {
            run(List.of("chown", "-R", owner, folder.toString()));
        }
    }

    /** Whether the node's user can reach and write the folder (a parent such as /root may be closed to it). */
    boolean canWrite(Path folder) {
        if (!switchesUser()) {
            return Files.isWritable(folder);
        }
        List<String> test = new ArrayList<>(commandPrefix);
        test.addAll(List.of("test", "-w", folder.toString(), "-a", "-x", folder.toString()));
        return exitCode(test) == 0;
    }

    private static boolean isRoot() {
        try {
            return "0".equals(output("id", "-u"));
        } catch (RuntimeException noIdCommand) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static String output(String... command) {
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

    private static void run(List<String> command) {
        if (exitCode(command) != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    private static int exitCode(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command.getFirst()
                    + (command.getFirst().equals("setpriv") ? " (util-linux), needed to run Elasticsearch as root's stand-in user nobody" : ""), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
