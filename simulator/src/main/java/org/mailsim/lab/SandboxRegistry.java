package org.mailsim.lab;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Every live sandbox, by id. Bounded: at most {@link LabLimits#maxSandboxes()} at once (a new
 * visitor past that evicts the sandbox unused longest), and a sandbox unused for
 * {@link LabLimits#idleExpiry()} is dropped. Ids are 128 random bits from {@link SecureRandom}:
 * knowing one's own id says nothing about anyone else's, and an id the registry did not issue is
 * never honoured (a visitor without a valid one gets a new id, never one of its choosing).
 *
 * <p>An id is issued without a sandbox ({@link #issue}), signed with this registry's own key
 * (HMAC-SHA256), and the sandbox is made only when the id is first used ({@link #findOrCreate}):
 * the lab's page costs nothing to hand out, and only a browser whose console connects holds a
 * sandbox (a store and a server on seven ports). The same id used again, after a reload, finds
 * the same sandbox; after it expired or was evicted, it gets a fresh one.
 *
 * <p>Expired sandboxes are dropped whenever the registry is used, and, once {@link #startSweeping}
 * has been called, on a timer too: a class that goes home leaves nothing in memory (each sandbox
 * is a store and a server on seven ports) until the next visitor. {@link #close} stops the timer.
 */
public final class SandboxRegistry implements AutoCloseable {
    private static final int ID_BYTES = 16;
    private static final Duration LONGEST_SWEEP_PERIOD = Duration.ofMinutes(1);

    private final LabLimits limits;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final Map<String, Sandbox> sandboxes = new HashMap<>();
    private ScheduledExecutorService sweeper;
    private boolean closed;

    public SandboxRegistry(LabLimits limits) {
        this(limits, Clock.systemUTC());
    }

    public SandboxRegistry(LabLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public LabLimits limits() {
        return limits;
    }

    /** A new sandbox with a freshly issued id, making room first if the registry is full. */
    public synchronized Sandbox create() {
        String id;
        do {
            id = issue();
        } while (sandboxes.containsKey(id));
        return createAs(id);
    }

    /** A new id, signed by this registry, with no sandbox yet: {@link #findOrCreate} makes it on first use. */
    public String issue() {
        byte[] bytes = new byte[ID_BYTES];
        random.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return nonce + "." + signature(nonce);
    }

    /** Whether this registry issued the id (its signature matches); says nothing of whether it has a sandbox. */
    public boolean issued(String id) {
        if (id == null) return false;
        int dot = id.indexOf('.');
        if (dot < 1) return false;
        byte[] expected = signature(id.substring(0, dot)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, id.substring(dot + 1).getBytes(StandardCharsets.US_ASCII)); // constant time
    }

    /**
     * The sandbox of an id this registry issued: the one it has, or a new one under that id
     * (making room first, as {@link #create} does). Empty for an id it did not issue.
     */
    public synchronized Optional<Sandbox> findOrCreate(String id) {
        if (!issued(id)) return Optional.empty();
        sweep();
        Sandbox kept = sandboxes.get(id);
        return Optional.of(kept != null ? kept : createAs(id));
    }

    private Sandbox createAs(String id) {
        sweep();
        while (sandboxes.size() >= limits.maxSandboxes()) {
            Sandbox oldest = sandboxes.values().stream().min(Comparator.comparing(Sandbox::lastUsed)).orElseThrow();
            remove(oldest, "This lab sandbox was closed to make room for a new visitor: the server keeps "
                    + limits.maxSandboxes() + " at most, and yours had been unused longest. Reload the page for a fresh one.");
        }
        Sandbox sandbox = new Sandbox(id, limits, clock);
        sandboxes.put(id, sandbox);
        return sandbox;
    }

    private String signature(String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal(nonce.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, ID_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
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

    /**
     * How often the timer looks for expired sandboxes: every minute, or every quarter of the idle
     * expiry if that is shorter, so no sandbox outlives its expiry by more than a quarter of it.
     */
    public Duration sweepPeriod() {
        Duration quarter = limits.idleExpiry().dividedBy(4);
        return quarter.compareTo(LONGEST_SWEEP_PERIOD) < 0 ? quarter : LONGEST_SWEEP_PERIOD;
    }

    /** Drops expired sandboxes every {@link #sweepPeriod()} from now until {@link #close}. */
    public void startSweeping() {
        startSweeping(sweepPeriod());
    }

    /**
     * Drops expired sandboxes every {@code period} from now until {@link #close}, on one daemon
     * thread: it never keeps the JVM alive, and {@code close} ends it.
     */
    public synchronized void startSweeping(Duration period) {
        if (period.isNegative() || period.isZero()) throw new IllegalArgumentException("the sweep period must be positive");
        if (closed) throw new IllegalStateException("the lab's sandbox registry is closed");
        if (sweeper != null) throw new IllegalStateException("the lab's sandboxes are already swept");
        sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("lab-sweeper").daemon().factory());
        sweeper.scheduleWithFixedDelay(this::sweepNow, period.toNanos(), period.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** True from {@link #startSweeping} until {@link #close} has stopped the timer's thread. */
    public synchronized boolean sweeping() {
        return sweeper != null && !sweeper.isTerminated();
    }

    /**
     * Stops the timer (waiting for a sweep under way to end) and closes every sandbox, telling
     * its tabs that the server is stopping.
     */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            closed = true;
            stopping = sweeper;
        }
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                // Outside the registry's lock: a sweep under way needs it to finish.
                stopping.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            for (Sandbox s : List.copyOf(sandboxes.values())) {
                remove(s, "mailsim is stopping, and this lab sandbox with it. Reload the page once it runs again.");
            }
        }
    }

    /** The timer's task: a failure to tell one tab must not end the timer, which would then never run again. */
    private synchronized void sweepNow() {
        try {
            sweep();
        } catch (RuntimeException e) {
            System.getLogger(SandboxRegistry.class.getName()).log(System.Logger.Level.WARNING, "lab sweep failed", e);
        }
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
