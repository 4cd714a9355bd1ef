package org.homeward.testsupport;

import java.util.Arrays;
import java.util.Collection;
import java.util.function.Supplier;

/** Timings for benchmarks: milliseconds of repeated calls, and percentiles of them. */
public final class Latencies {

    private Latencies() {
    }

    /** Milliseconds of each of {@code runs} calls, sorted, after 20 untimed ones to warm up; {@code before} runs untimed before each. */
    public static double[] time(int runs, Runnable before, Supplier<?> call) {
        for (int i = 0; i < 20; i++) {
            call.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            before.run();
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    public static double[] sorted(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    /** The p-th percentile (nearest rank) of sorted values; NaN when there are none. */
    public static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.clamp((int) Math.ceil(p / 100.0 * sorted.length) - 1, 0, sorted.length - 1)];
    }
}
