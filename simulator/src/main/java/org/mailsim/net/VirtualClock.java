package org.mailsim.net;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that moves only when told: the virtual network's time, so replays repeat exactly. */
public final class VirtualClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    public VirtualClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private VirtualClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public synchronized void advance(Duration duration) {
        if (duration.isNegative()) throw new IllegalArgumentException("time does not run backwards: " + duration);
        now = now.plus(duration);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone; it still follows this clock's time. */
    @Override
    public Clock withZone(ZoneId other) {
        VirtualClock self = this;
        return new Clock() {
            @Override public ZoneId getZone() { return other; }
            @Override public Clock withZone(ZoneId z) { return self.withZone(z); }
            @Override public Instant instant() { return self.instant(); }
        };
    }
}
