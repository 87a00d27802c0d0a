package org.mailsim.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.mailsim.net.ServicePort;
import org.mailsim.net.VirtualClock;

/** The registry's bounds: unguessable ids, a fixed number of sandboxes, idle expiry (on access and on a timer), the command rate. */
class SandboxRegistryTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-03-01T09:00:00Z"));

    @Test
    void idsAre128RandomBitsAndOnlyIssuedIdsAreHonoured() {
        SandboxRegistry registry = new SandboxRegistry(LabLimits.DEFAULTS.withMaxSandboxes(1000), clock);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 500; i++) ids.add(registry.create().id());
        // 16 random bytes, then 16 bytes of the registry's HMAC-SHA256 over them; base64url
        assertThat(ids).hasSize(500).allMatch(id -> id.matches("[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{22}"));
        String one = ids.iterator().next();
        assertThat(registry.find(one)).isPresent();
        String neighbour = one.substring(0, 21) + (one.charAt(21) == 'A' ? 'B' : 'A') + one.substring(22);
        assertThat(registry.find(neighbour)).isEmpty();
        assertThat(registry.findOrCreate(neighbour)).as("a changed id is not one the registry issued").isEmpty();
        assertThat(registry.find("")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
        assertThat(registry.findOrCreate(null)).isEmpty();
        assertThat(new SandboxRegistry(LabLimits.DEFAULTS, clock).issued(one)).as("another registry's (another run's) id").isFalse();
    }

    @Test
    void anIssuedIdHasNoSandboxUntilFirstUseThenAlwaysTheSameOne() {
        SandboxRegistry registry = new SandboxRegistry(LabLimits.DEFAULTS.withIdleExpiry(Duration.ofMinutes(30)), clock);
        String id = registry.issue();
        assertThat(registry.issued(id)).isTrue();
        assertThat(registry.size()).isZero();
        assertThat(registry.find(id)).isEmpty();
        Sandbox made = registry.findOrCreate(id).orElseThrow();
        assertThat(made.id()).isEqualTo(id);
        assertThat(registry.findOrCreate(id)).containsSame(made);
        assertThat(registry.size()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(31));
        Sandbox fresh = registry.findOrCreate(id).orElseThrow();
        assertThat(fresh).as("expired: the same browser gets a fresh sandbox").isNotSameAs(made);
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void aFullRegistryEvictsTheSandboxUnusedLongestAndTellsItsTabs() {
        SandboxRegistry registry = new SandboxRegistry(LabLimits.DEFAULTS.withMaxSandboxes(2), clock);
        Sandbox first = registry.create();
        clock.advance(Duration.ofMinutes(1));
        Sandbox second = registry.create();
        List<LabUpdate> secondHeard = new ArrayList<>();
        second.attach(SandboxTest.subscriber(secondHeard));
        clock.advance(Duration.ofMinutes(1));
        first.connect("phone", ServicePort.IMAPS); // the first is now the more recently used

        Sandbox third = registry.create();
        assertThat(registry.find(second.id())).isEmpty();
        assertThat(registry.find(first.id())).containsSame(first);
        assertThat(registry.find(third.id())).containsSame(third);
        assertThat(registry.size()).isEqualTo(2);
        assertThat(secondHeard).last().extracting(u -> u.lines().get(0).text()).asString()
                .contains("closed to make room for a new visitor", "Reload the page");
    }

    @Test
    void aSandboxUnusedForTheIdleExpiryIsDropped() {
        SandboxRegistry registry = new SandboxRegistry(LabLimits.DEFAULTS.withIdleExpiry(Duration.ofMinutes(30)), clock);
        Sandbox busy = registry.create();
        Sandbox idle = registry.create();
        List<LabUpdate> heard = new ArrayList<>();
        idle.attach(SandboxTest.subscriber(heard));
        clock.advance(Duration.ofMinutes(20));
        busy.connect("phone", ServicePort.POP3S);
        clock.advance(Duration.ofMinutes(10));
        assertThat(registry.find(idle.id())).isEmpty();
        assertThat(registry.find(busy.id())).isPresent();
        assertThat(heard).last().extracting(u -> u.lines().get(0).text()).asString().contains("expired after 30 minutes without a command");
    }

    @Test
    void theTimerDropsASandboxIdlePastTheExpiryWithoutAnyoneUsingTheRegistry() throws Exception {
        SandboxRegistry registry = new SandboxRegistry(LabLimits.DEFAULTS.withIdleExpiry(Duration.ofMinutes(30)), clock);
        try {
            Sandbox busy = registry.create();
            Sandbox idle = registry.create();
            CompletableFuture<String> busyClosed = closedOf(busy);
            CompletableFuture<String> idleClosed = closedOf(idle);
            registry.startSweeping(Duration.ofMillis(10)); // real time for the timer; the fake clock decides who expired
            clock.advance(Duration.ofMinutes(20));
            busy.connect("phone", ServicePort.IMAPS);
            clock.advance(Duration.ofMinutes(10));

            // No create, find or size from here on: only the timer can have noticed.
            assertThat(idleClosed.get(5, TimeUnit.SECONDS))
                    .isEqualTo("This lab sandbox expired after 30 minutes without a command. Reload the page for a fresh one.");
            assertThat(busyClosed).isNotDone(); // the same sweep judged it: used 10 minutes ago
            assertThat(registry.find(busy.id())).containsSame(busy);
            assertThat(registry.find(idle.id())).isEmpty();
        } finally {
            registry.close();
        }
    }

    @Test
    void closingTheRegistryStopsItsTimerAndClosesEverySandbox() throws Exception {
        SandboxRegistry registry = new SandboxRegistry(LabLimits.DEFAULTS, clock);
        Sandbox sandbox = registry.create();
        CompletableFuture<String> closed = closedOf(sandbox);
        registry.startSweeping(Duration.ofMillis(10));
        assertThat(registry.sweeping()).isTrue();
        assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().equals("lab-sweeper"))
                .isNotEmpty().allMatch(Thread::isDaemon); // it never keeps the JVM alive

        registry.close();
        assertThat(registry.sweeping()).isFalse();
        assertThat(closed.get(1, TimeUnit.SECONDS)).startsWith("mailsim is stopping");
        assertThat(registry.size()).isZero();
    }

    @Test
    void withoutStartSweepingThereIsNoTimer() {
        SandboxRegistry registry = new SandboxRegistry(LabLimits.DEFAULTS, clock);
        assertThat(registry.sweeping()).isFalse();
        registry.close();
        assertThat(registry.sweeping()).isFalse();
    }

    @Test
    void theTimerLooksEveryMinuteOrEveryQuarterOfAShorterExpiry() {
        assertThat(new SandboxRegistry(LabLimits.DEFAULTS, clock).sweepPeriod()).isEqualTo(Duration.ofMinutes(1));
        assertThat(new SandboxRegistry(LabLimits.DEFAULTS.withIdleExpiry(Duration.ofMinutes(2)), clock).sweepPeriod())
                .isEqualTo(Duration.ofSeconds(30));
    }

    /** Completes with what the sandbox's tabs are told when it is closed. */
    private static CompletableFuture<String> closedOf(Sandbox sandbox) {
        CompletableFuture<String> why = new CompletableFuture<>();
        sandbox.attach(new Sandbox.Subscriber() {
            @Override
            public void onUpdate(LabUpdate update) { }

            @Override
            public void onClosed(String reason) {
                why.complete(reason);
            }
        });
        return why;
    }

    @Test
    void theCommandRateAllowsABurstThenTheAverage() {
        Sandbox sandbox = new SandboxRegistry(LabLimits.DEFAULTS.withCommandRate(10, 20), clock).create();
        int allowed = 0;
        for (int i = 0; i < 30; i++) if (sandbox.tryCommand()) allowed++;
        assertThat(allowed).isEqualTo(20);
        clock.advance(Duration.ofMillis(250)); // 2.5 commands' worth
        assertThat(sandbox.tryCommand()).isTrue();
        assertThat(sandbox.tryCommand()).isTrue();
        assertThat(sandbox.tryCommand()).isFalse();
    }
}
