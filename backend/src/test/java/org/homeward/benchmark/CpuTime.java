package org.homeward.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by the app (this JVM), the Elasticsearch node and PostgreSQL's processes, from
 * {@code /proc} (Linux): where the machine's two cores went during a phase.
 */
record CpuTime(double app, double elasticsearch, double postgres) {

    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ, 100 on Linux

    static CpuTime now() {
        double elasticsearch = ProcessHandle.current().descendants()
                .filter(child -> child.info().commandLine().orElse("").contains("org.elasticsearch.bootstrap"))
                .mapToDouble(child -> seconds(child.pid())).sum();
        double postgres;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            postgres = processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(path -> "postgres".equals(read(path.resolve("comm")).strip()))
                    .mapToDouble(path -> seconds(Long.parseLong(path.getFileName().toString()))).sum();
        } catch (IOException e) {
            postgres = Double.NaN;
        }
        return new CpuTime(seconds(ProcessHandle.current().pid()), elasticsearch, postgres);
    }

    CpuTime since(CpuTime before) {
        return new CpuTime(app - before.app, elasticsearch - before.elasticsearch, postgres - before.postgres);
    }

    /** utime + stime of a process (field 14 and 15 of /proc/pid/stat, after the command name in parentheses). */
    private static double seconds(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        if (stat.isEmpty()) {
            return 0;
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
