package org.mailsim.web.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.mailsim.lab.LabLimits;
import org.mailsim.lab.SandboxRegistry;
import org.mailsim.net.VirtualClock;
import org.mailsim.web.ErrorPages;
import org.mailsim.web.LabClient;
import org.mailsim.web.StandInServer;
import org.mailsim.web.Templates;
import org.mailsim.web.WebApp;

/**
 * The lab's limits over its real WebSocket: frame size, command rate, sandboxes evicted and
 * expired (when someone uses the lab, and on the registry's timer), each with a clear message.
 */
class LabLimitsTest {

    @Test
    void aFrameOverTheLimitIsRefusedWithAMessageAndTheSocketStaysUsable() throws Exception {
        Javalin app = labOnly(new SandboxRegistry(LabLimits.DEFAULTS));
        try (LabClient lab = LabClient.visit(base(app))) {
            lab.connect("phone", "IMAPS");
            lab.sendRaw(LabClient.object("send").put("pane", "phone").put("text", "a1 NOOP " + "x".repeat(20_000)).toString());
            assertThat(lab.next("error").path("message").asText()).contains("characters at once", "at most 16384", "Nothing was sent");
            assertThat(lab.send("phone", "a2 NOOP")).containsExactly("a2 OK NOOP completed");
        } finally {
            app.stop();
        }
    }

    @Test
    void aFrameFarOverTheLimitClosesTheSocketAsTooBig() throws Exception {
        Javalin app = labOnly(new SandboxRegistry(LabLimits.DEFAULTS));
        try (LabClient lab = LabClient.visit(base(app))) {
            try {
                lab.sendRaw("{\"type\":\"send\",\"pane\":\"phone\",\"text\":\"" + "x".repeat(200_000) + "\"}");
            } catch (java.util.concurrent.ExecutionException e) {
                // the server closed the socket before the client had written it all
            }
            assertThat(lab.closed.get(5, TimeUnit.SECONDS)).startsWith("1009"); // RFC 6455 §7.4.1: message too big
        } finally {
            app.stop();
        }
    }

    @Test
    void commandsFasterThanTheRateAreRefusedNotQueued() throws Exception {
        Javalin app = labOnly(new SandboxRegistry(LabLimits.DEFAULTS.withCommandRate(10, 20)));
        try (LabClient lab = LabClient.visit(base(app))) {
            lab.connect("phone", "IMAPS"); // one command of the burst
            Instant start = Instant.now();
            for (int i = 0; i < 40; i++) lab.sendRaw(LabClient.object("send").put("pane", "phone").put("text", "a" + i + " NOOP").toString());
            int updates = 0;
            int refused = 0;
            for (int i = 0; i < 40; i++) {
                JsonNode message = lab.received.poll(10, TimeUnit.SECONDS);
                if (message.path("type").asText().equals("update")) updates++;
                else if (message.path("message").asText().startsWith("Slow down: the lab takes 10 commands a second (20 at once)")) refused++;
            }
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            assertThat(updates + refused).isEqualTo(40);
            assertThat(refused).isPositive();
            assertThat(updates).isLessThanOrEqualTo(19 + (int) Math.ceil(seconds * 10));
        } finally {
            app.stop();
        }
    }

    @Test
    void aNewVisitorPastTheLimitEvictsTheSandboxUnusedLongestAndItsTabIsTold() throws Exception {
        Javalin app = labOnly(new SandboxRegistry(LabLimits.DEFAULTS.withMaxSandboxes(2)));
        try (LabClient first = LabClient.visit(base(app)); LabClient second = LabClient.visit(base(app))) {
            second.connect("phone", "IMAPS"); // the first is now the one unused longest
            try (LabClient third = LabClient.visit(base(app))) {
                assertThat(first.next("closed").path("message").asText()).contains("closed to make room for a new visitor");
                assertThat(first.closed.get(5, TimeUnit.SECONDS)).startsWith("1008");
                assertThat(second.send("phone", "a1 NOOP")).containsExactly("a1 OK NOOP completed");
                assertThat(third.connect("laptop", "POP3S").toString()).contains("+OK");
            }
        } finally {
            app.stop();
        }
    }

    @Test
    void aSandboxUnusedForTheIdleExpiryIsDroppedAndItsTabIsTold() throws Exception {
        VirtualClock clock = new VirtualClock(Instant.now());
        Javalin app = labOnly(new SandboxRegistry(LabLimits.DEFAULTS.withIdleExpiry(Duration.ofMinutes(30)), clock));
        try (LabClient idle = LabClient.visit(base(app))) {
            clock.advance(Duration.ofMinutes(31));
            try (LabClient next = LabClient.visit(base(app))) {
                assertThat(idle.next("closed").path("message").asText()).contains("expired after 30 minutes without a command");
                assertThat(next.get("/lab/export.md").statusCode()).isEqualTo(200);
                assertThat(idle.get("/lab/export.md").statusCode()).isEqualTo(404);
            }
        } finally {
            app.stop();
        }
    }

    @Test
    void theTimerDropsAnIdleSandboxWithNoOtherVisitorAndItsOpenTabIsTold() throws Exception {
        VirtualClock clock = new VirtualClock(Instant.now());
        SandboxRegistry registry = new SandboxRegistry(LabLimits.DEFAULTS.withIdleExpiry(Duration.ofMinutes(30)), clock);
        Javalin app = labOnly(registry);
        try (LabClient idle = LabClient.visit(base(app))) {
            registry.startSweeping(Duration.ofMillis(10));
            clock.advance(Duration.ofMinutes(31)); // nobody visits from here on
            assertThat(idle.next("closed").path("message").asText())
                    .isEqualTo("This lab sandbox expired after 30 minutes without a command. Reload the page for a fresh one.");
            assertThat(idle.closed.get(5, TimeUnit.SECONDS)).startsWith("1008");
        } finally {
            app.stop();
            registry.close();
        }
    }

    @Test
    void theWholeAppTakesItsLabLimitsFromItsPartsSweepsWhileRunningAndClosesTheLabWhenStopped() throws Exception {
        Set<Thread> before = sweeperThreads();
        Javalin app = WebApp.create(WebApp.Parts.of(() -> StandInServer.INFO)
                .withLab(LabLimits.DEFAULTS.withMaxSandboxes(1).withIdleExpiry(Duration.ofMinutes(10)))).start("127.0.0.1", 0);
        Set<Thread> started = sweeperThreads();
        started.removeAll(before);
        assertThat(started).singleElement().matches(Thread::isDaemon);
        try (LabClient first = LabClient.visit(base(app))) {
            assertThat(new String(first.get("/lab").body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("dropped after 10 minutes without a command");
            try (LabClient second = LabClient.visit(base(app))) {
                assertThat(first.next("closed").path("message").asText()).contains("the server keeps 1 at most");
                app.stop();
                assertThat(second.next("closed").path("message").asText()).startsWith("mailsim is stopping");
            }
        } finally {
            app.stop();
        }
        Thread sweeper = started.iterator().next();
        sweeper.join(5_000);
        assertThat(sweeper.isAlive()).as("the lab's timer thread outlives the app").isFalse();
    }

    private static Set<Thread> sweeperThreads() {
        Set<Thread> threads = new HashSet<>(Thread.getAllStackTraces().keySet());
        threads.removeIf(t -> !t.getName().equals("lab-sweeper"));
        return threads;
    }

    /** Only the lab's routes, over a registry with the test's limits. */
    static Javalin labOnly(SandboxRegistry registry) {
        Templates templates = new Templates();
        LabRoutes lab = new LabRoutes(templates, new ErrorPages(templates), registry);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            lab.register(config);
        }).start("127.0.0.1", 0);
    }

    private static String base(Javalin app) {
        return "http://127.0.0.1:" + app.port();
    }
}
