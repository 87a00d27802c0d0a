package org.mailsim.imap;

import java.time.Duration;
import java.util.Objects;

/**
 * How one IMAP server behaves where the RFC leaves a choice.
 *
 * @param autologout          silence allowed outside IDLE; RFC 3501 §5.4: at least 30 minutes
 * @param idleTimeout         silence allowed inside IDLE; RFC 2177 §3 asks clients to re-IDLE every
 *                            29 minutes, so this is never shorter than {@code autologout}
 * @param authFailureDelay    wait before answering a failed LOGIN / AUTHENTICATE (slows password guessing)
 * @param maxLiteralSize      the largest literal accepted, checked against the announced size before
 *                            reading it (APPEND of a bigger message gets {@code NO [TOOBIG]})
 * @param maxCommandText      the most command text (literals not counted) one command may span
 * @param maxBadCommands      consecutive BAD answers before {@code * BYE Too many invalid commands}
 * @param serverName          the product name in the greeting and in ID (RFC 2971)
 */
public record ImapSettings(
        Duration autologout,
        Duration idleTimeout,
        Duration authFailureDelay,
        long maxLiteralSize,
        int maxCommandText,
        int maxBadCommands,
        String serverName) {

    /** RFC 3501 §5.4: "the timer MUST be at least 30 minutes". */
    public static final Duration MINIMUM_AUTOLOGOUT = Duration.ofMinutes(30);

    public ImapSettings {
        Objects.requireNonNull(serverName, "serverName");
        if (autologout.compareTo(MINIMUM_AUTOLOGOUT) < 0) {
            throw new IllegalArgumentException("RFC 3501 §5.4: autologout must be at least 30 minutes");
        }
        if (idleTimeout.compareTo(autologout) < 0) throw new IllegalArgumentException("IDLE timeout shorter than autologout");
        if (authFailureDelay.isNegative()) throw new IllegalArgumentException("negative delay");
        if (maxLiteralSize < 1 || maxCommandText < 1024 || maxBadCommands < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** 30 minutes autologout, 31 in IDLE, 1 s after a failed login, 50 MB literals, 20 bad commands (as Dovecot). */
    public static ImapSettings defaults() {
        return new ImapSettings(MINIMUM_AUTOLOGOUT, Duration.ofMinutes(31), Duration.ofSeconds(1),
                50L * 1024 * 1024, 64 * 1024, 20, "mailsim");
    }

    public ImapSettings withAuthFailureDelay(Duration delay) {
        return new ImapSettings(autologout, idleTimeout, delay, maxLiteralSize, maxCommandText, maxBadCommands, serverName);
    }

    public ImapSettings withMaxLiteralSize(long size) {
        return new ImapSettings(autologout, idleTimeout, authFailureDelay, size, maxCommandText, maxBadCommands, serverName);
    }
}
