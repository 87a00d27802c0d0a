package org.mailsim.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mailsim.web.EventStream;

/**
 * Stopping the web app (as {@code serve} does on Ctrl+C) tells every open live page that mailsim
 * stopped and ends its stream, instead of leaving the stream open until Jetty gives up on it.
 */
class LiveStopTest {
    private static final String BYE = "event: bye\ndata: {\"message\":\"mailsim stopped\"}\n";

    @Test
    void stoppingTheAppSaysByeToEveryOpenLivePageAndEndsItsStream() throws Exception {
        try (LiveWebFixture fixture = new LiveWebFixture("erin", "st0p-n0w");
             EventStream first = EventStream.open(fixture.base + "/live/events", Map.of());
             EventStream second = EventStream.open(fixture.base + "/live/events?reveal=1", Map.of())) {
            first.awaitContains(": mailsim live view");
            second.awaitContains(": mailsim live view");

            long start = System.nanoTime();
            fixture.web.stop();
            Duration stopping = Duration.ofNanos(System.nanoTime() - start);

            for (EventStream stream : new EventStream[] {first, second}) {
                assertThat(stream.awaitEnd()).as("the server ended the response (no broken connection)").isTrue();
                assertThat(stream.text()).as("bye is the last event").endsWith(BYE);
            }
            // Only a guard: without the goodbye, Jetty waits about 2.5 s for the streams, then interrupts them.
            assertThat(stopping).as("stop() returned promptly").isLessThan(Duration.ofSeconds(2));
        }
    }
}
