package org.mailsim.lab;

import java.time.Duration;
import java.time.Instant;

/**
 * A token bucket: {@code burst} commands at once, then {@code perSecond} on average. A student
 * typing never meets it; a script flooding the sandbox does, and is told so.
 */
final class CommandRate {
    private final double perSecond;
    private final int burst;
    private double tokens;
    private Instant last;

    CommandRate(double perSecond, int burst, Instant now) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.last = now;
    }

    synchronized boolean tryAcquire(Instant now) {
        if (now.isAfter(last)) {
            double seconds = Duration.between(last, now).toNanos() / 1e9;
            tokens = Math.min(burst, tokens + seconds * perSecond);
            last = now;
        }
        if (tokens < 1) return false;
        tokens -= 1;
        return true;
    }
}
