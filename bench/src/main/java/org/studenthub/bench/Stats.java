package org.studenthub.bench;

import java.util.Arrays;

/** Percentiles over timings, in milliseconds. */
public final class Stats {
    private Stats() {}

    public static double percentile(double[] millis, double p) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    public static double median(double[] millis) {
        return percentile(millis, 50);
    }

    public static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000.0;
    }
}
