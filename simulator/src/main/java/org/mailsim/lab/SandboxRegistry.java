package org.mailsim.lab;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every live sandbox, by id. Bounded: at most {@link LabLimits#maxSandboxes()} at once (a new
 * visitor past that evicts the sandbox unused longest), and a sandbox unused for
 * {@link LabLimits#idleExpiry()} is dropped. Ids are 128 random bits from {@link SecureRandom}:
 * knowing one's own id says nothing about anyone else's, and an id never seen is never honoured
 * (a visitor without a valid one gets a new sandbox with a new id, never one of its choosing).
 */
public final class SandboxRegistry {
    private static final int ID_BYTES = 16;

    private final LabLimits limits;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Sandbox> sandboxes = new HashMap<>();

    public SandboxRegistry(LabLimits limits) {
        this(limits, Clock.systemUTC());
    }

    public SandboxRegistry(LabLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    public LabLimits limits() {
        return limits;
    }

    /** A new sandbox with a fresh id, making room first if the registry is full. */
    public synchronized Sandbox create() {
        sweep();
        while (sandboxes.size() >= limits.maxSandboxes()) {
            Sandbox oldest = sandboxes.values().stream().min(Comparator.comparing(Sandbox::lastUsed)).orElseThrow();
            remove(oldest, "This lab sandbox was closed to make room for a new visitor: the server keeps "
                    + limits.maxSandboxes() + " at most, and yours had been unused longest. Reload the page for a fresh one.");
        }
        String id;
        do {
            byte[] bytes = new byte[ID_BYTES];
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (sandboxes.containsKey(id));
        Sandbox sandbox = new Sandbox(id, limits, clock);
        sandboxes.put(id, sandbox);
        return sandbox;
    }

    /** The sandbox with this id, if it exists and has not expired. */
    public synchronized Optional<Sandbox> find(String id) {
        sweep();
        return id == null ? Optional.empty() : Optional.ofNullable(sandboxes.get(id));
    }

    public synchronized int size() {
        sweep();
        return sandboxes.size();
    }

    /** Drops every sandbox unused for the idle expiry. */
    private void sweep() {
        Instant cutoff = clock.instant().minus(limits.idleExpiry());
        List<Sandbox> expired = sandboxes.values().stream().filter(s -> !s.lastUsed().isAfter(cutoff)).toList();
        long minutes = limits.idleExpiry().toMinutes();
        for (Sandbox s : expired) {
            remove(s, "This lab sandbox expired after " + (minutes > 0 ? minutes + " minutes" : limits.idleExpiry().toSeconds() + " seconds")
                    + " without a command. Reload the page for a fresh one.");
        }
    }

    private void remove(Sandbox sandbox, String why) {
        sandboxes.remove(sandbox.id());
        sandbox.close(why);
    }
}
