package org.mailsim.lab;

import java.time.Duration;
import java.util.Objects;

/**
 * How much the lab lets visitors use, so that a classroom (or a stranger) cannot exhaust the
 * server: how many sandboxes live at once and for how long unused, what each may hold, and how
 * much a browser may send.
 *
 * @param maxSandboxes        sandboxes alive at once; a new visitor past it evicts the one idle longest
 * @param idleExpiry          a sandbox unused this long is dropped
 * @param messagesPerAccount  messages each demo account may hold (RFC 9208 §5.2 MESSAGE)
 * @param bytesPerAccount     bytes each demo account may hold (RFC 9208 §5.1 STORAGE)
 * @param bytesPerConnection  bytes the sandbox's wiretap keeps per connection (the transcript to download)
 * @param connectionsKept     closed connections the wiretap keeps, oldest forgotten first
 * @param journalLines        console lines kept for the panes and the exercises, oldest forgotten first
 * @param maxFrameChars       characters one WebSocket message from the browser may carry
 * @param commandsPerSecond   commands a sandbox may send per second, on average
 * @param commandBurst        commands it may send at once before the rate applies
 */
public record LabLimits(int maxSandboxes, Duration idleExpiry, int messagesPerAccount, long bytesPerAccount,
                        long bytesPerConnection, int connectionsKept, int journalLines, int maxFrameChars,
                        double commandsPerSecond, int commandBurst) {

    /** For a classroom: 300 sandboxes, 30 minutes idle, 200 messages and 2 MiB per account. */
    public static final LabLimits DEFAULTS = new LabLimits(300, Duration.ofMinutes(30), 200, 2L * 1024 * 1024,
            256 * 1024, 20, 4000, 16 * 1024, 10, 20);

    public LabLimits {
        Objects.requireNonNull(idleExpiry, "idleExpiry");
        if (maxSandboxes < 1) throw new IllegalArgumentException("at least one sandbox");
        if (idleExpiry.isNegative() || idleExpiry.isZero()) throw new IllegalArgumentException("idle expiry must be positive");
        if (messagesPerAccount < 1 || bytesPerAccount < 1 || bytesPerConnection < 1 || connectionsKept < 0
                || journalLines < 1 || maxFrameChars < 1 || commandsPerSecond <= 0 || commandBurst < 1) {
            throw new IllegalArgumentException("every lab limit must be positive");
        }
    }

    public LabLimits withMaxSandboxes(int max) {
        return new LabLimits(max, idleExpiry, messagesPerAccount, bytesPerAccount, bytesPerConnection, connectionsKept,
                journalLines, maxFrameChars, commandsPerSecond, commandBurst);
    }

    public LabLimits withIdleExpiry(Duration expiry) {
        return new LabLimits(maxSandboxes, expiry, messagesPerAccount, bytesPerAccount, bytesPerConnection, connectionsKept,
                journalLines, maxFrameChars, commandsPerSecond, commandBurst);
    }

    public LabLimits withMessagesPerAccount(int messages) {
        return new LabLimits(maxSandboxes, idleExpiry, messages, bytesPerAccount, bytesPerConnection, connectionsKept,
                journalLines, maxFrameChars, commandsPerSecond, commandBurst);
    }

    public LabLimits withCommandRate(double perSecond, int burst) {
        return new LabLimits(maxSandboxes, idleExpiry, messagesPerAccount, bytesPerAccount, bytesPerConnection, connectionsKept,
                journalLines, maxFrameChars, perSecond, burst);
    }
}
