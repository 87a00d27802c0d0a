package org.mailsim.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class GuessThrottleTest {
    private Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private final GuessThrottle throttle = new GuessThrottle(new Clock() {
        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    });

    @Test
    void twoWrongGuessesAreFreeThenEachDoublesTheWait() {
        throttle.wrong("K7Q2MX");
        throttle.wrong("K7Q2MX");
        assertThat(throttle.waitFor("K7Q2MX")).isEmpty();
        throttle.wrong("K7Q2MX");
        assertThat(throttle.waitFor("K7Q2MX")).contains(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("OTHER1")).as("other classes are not slowed").isEmpty();
        now = now.plusSeconds(1);
        assertThat(throttle.waitFor("K7Q2MX")).isEmpty();
        throttle.wrong("K7Q2MX");
        assertThat(throttle.waitFor("K7Q2MX")).contains(Duration.ofSeconds(2));
        for (int i = 0; i < 20; i++) throttle.wrong("K7Q2MX");
        assertThat(throttle.waitFor("K7Q2MX")).contains(Duration.ofMinutes(1));
    }

    @Test
    void aRightGuessClearsTheCount() {
        for (int i = 0; i < 5; i++) throttle.wrong("K7Q2MX");
        throttle.right("K7Q2MX");
        assertThat(throttle.waitFor("K7Q2MX")).isEmpty();
        throttle.wrong("K7Q2MX");
        assertThat(throttle.waitFor("K7Q2MX")).isEmpty();
    }
}
