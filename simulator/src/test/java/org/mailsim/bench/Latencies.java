package org.mailsim.bench;

import java.util.Arrays;

/** Command latencies in nanoseconds, recorded by one client thread and merged after a round. */
final class Latencies {
    private long[] values = new long[1024];
    private int size;

    void record(long nanos) {
        if (size == values.length) values = Arrays.copyOf(values, size * 2);
        values[size++] = nanos;
    }

    int count() {
        return size;
    }

    static Latencies merge(Iterable<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies part : parts) {
            for (int i = 0; i < part.size; i++) all.record(part.values[i]);
        }
        return all;
    }

    /** The value below which {@code percent} % of the recorded latencies fall, in milliseconds (0 if none). */
    double percentileMillis(double percent) {
        if (size == 0) return 0;
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, index))] / 1e6;
    }
}
