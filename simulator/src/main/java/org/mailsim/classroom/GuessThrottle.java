package org.mailsim.classroom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Slows repeated wrong guesses of a secret (an instructor key, a PIN): the first few wrong
 * guesses for one key (a class code, a class code and name) cost nothing; after them each wrong
 * guess makes the next one wait, 1 s, then 2 s, 4 s … up to a minute; a right guess clears it.
 * A guess made while waiting is refused without being checked, so guessing cannot go faster
 * than the waits allow. It keeps the latest {@value #MAX_KEYS} keys, in memory, per mailsim
 * instance.
 */
public final class GuessThrottle {
    static final int MAX_KEYS = 10_000;
    private static final int FREE_GUESSES = 3;
    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private record State(int wrong, Instant notBefore) { }

    private final Clock clock;
    private final Map<String, State> states = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public GuessThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Empty when a guess for {@code key} may be checked now; otherwise how long until it may. */
    public synchronized Optional<Duration> waitFor(String key) {
        State s = states.get(key);
        if (s == null) return Optional.empty();
        Duration left = Duration.between(clock.instant(), s.notBefore());
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    public synchronized void wrong(String key) {
        State s = states.getOrDefault(key, new State(0, Instant.MIN));
        int wrong = s.wrong() + 1;
        Instant notBefore = s.notBefore();
        if (wrong >= FREE_GUESSES) {
            int doublings = Math.min(wrong - FREE_GUESSES, 10);
            Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
            notBefore = clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
        }
        states.put(key, new State(wrong, notBefore));
    }

    public synchronized void right(String key) {
        states.remove(key);
    }
}
