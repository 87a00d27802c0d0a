package org.mailsim.web.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, kept whole so the percentiles are exact (nearest-rank). */
final class Latencies {
    private long[] nanos = new long[1024];
    private int size;

    void add(long value) {
        if (size == nanos.length) nanos = Arrays.copyOf(nanos, size * 2);
        nanos[size++] = value;
    }

    synchronized void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) add(other.nanos[i]);
    }

    int count() {
        return size;
    }

    /** The nearest-rank percentile in milliseconds, {@code p} in (0, 100]. */
    double percentileMs(double p) {
        if (size == 0) return Double.NaN;
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
    }

    double maxMs() {
        return percentileMs(100);
    }
}
