package org.homeward.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Samples the app's memory once a second: heap in use (Java's view) and resident set size (the operating system's,
 * which also counts metaspace, threads, buffers and the JIT). Linux only for the resident size.
 */
final class ProcessMemory implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread sampler;
    private volatile long peakHeap;
    private volatile long peakResident;
    private volatile boolean running = true;

    ProcessMemory() {
        sampler = Thread.ofPlatform().name("benchmark-memory").daemon().start(() -> {
            while (running) {
                peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
                peakResident = Math.max(peakResident, resident(ProcessHandle.current().pid()).orElse(0L));
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    long peakHeapMiB() {
        return peakHeap >> 20;
    }

    long peakResidentMiB() {
        return peakResident >> 20;
    }

    long maxHeapMiB() {
        return memory.getHeapMemoryUsage().getMax() >> 20;
    }

    /** Heap still in use after a full collection: what the app really holds. */
    long liveHeapMiB() {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed() >> 20;
    }

    static long residentMiB(long pid) {
        return resident(pid).orElse(0L) >> 20;
    }

    /** VmRSS of a process, in bytes. */
    static Optional<Long> resident(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.interrupt();
        sampler.join();
    }
}
