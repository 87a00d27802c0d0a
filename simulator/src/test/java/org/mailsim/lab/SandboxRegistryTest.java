package org.mailsim.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mailsim.net.ServicePort;
import org.mailsim.net.VirtualClock;

/** The registry's bounds: unguessable ids, a fixed number of sandboxes, idle expiry, the command rate. */
class SandboxRegistryTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-03-01T09:00:00Z"));

    @Test
    void idsAre128RandomBitsAndOnlyIssuedIdsAreHonoured() {
        SandboxRegistry registry = new SandboxRegistry(LabLimits.DEFAULTS.withMaxSandboxes(1000), clock);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 500; i++) ids.add(registry.create().id());
        assertThat(ids).hasSize(500).allMatch(id -> id.matches("[A-Za-z0-9_-]{22}")); // 16 bytes, base64url
        String one = ids.iterator().next();
        assertThat(registry.find(one)).isPresent();
        String neighbour = one.substring(0, 21) + (one.charAt(21) == 'A' ? 'B' : 'A');
        assertThat(registry.find(neighbour)).isEmpty();
        assertThat(registry.find("")).isEmpty();
        assertThat(registry.find(null)).isEmpty();
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
