package org.mailsim.pop3;

import java.time.Duration;
import java.util.Objects;

/**
 * How a POP3 server behaves where the RFCs leave a choice.
 *
 * @param autologout         idle time before the server closes the connection; RFC 1939 §3
 *                           requires at least 10 minutes
 * @param authFailureDelay   pause before answering a failed login, to slow password guessing
 *                           (tests use zero)
 * @param maxBadCommands     bad commands tolerated before the server hangs up
 * @param implementation     the text of CAPA's IMPLEMENTATION line (RFC 2449 §6.9)
 */
public record Pop3Settings(Duration autologout, Duration authFailureDelay, int maxBadCommands, String implementation) {

    /** RFC 1939 §3: "such a timer MUST be of at least 10 minutes' duration". */
    public static final Duration MINIMUM_AUTOLOGOUT = Duration.ofMinutes(10);

    public Pop3Settings {
        Objects.requireNonNull(autologout, "autologout");
        Objects.requireNonNull(authFailureDelay, "authFailureDelay");
        Objects.requireNonNull(implementation, "implementation");
        if (autologout.compareTo(MINIMUM_AUTOLOGOUT) < 0) {
            throw new IllegalArgumentException("RFC 1939 §3: the autologout timer must be at least 10 minutes");
        }
        if (authFailureDelay.isNegative()) throw new IllegalArgumentException("negative auth failure delay");
        if (maxBadCommands < 1) throw new IllegalArgumentException("maxBadCommands must be at least 1");
        if (!implementation.matches("[\\x21-\\x7E][\\x20-\\x7E]*")) {
            throw new IllegalArgumentException("implementation must be printable ASCII");
        }
    }

    /** Ten minutes autologout, one second after a failed login, ten bad commands. */
    public static Pop3Settings defaults() {
        return new Pop3Settings(MINIMUM_AUTOLOGOUT, Duration.ofSeconds(1), 10, "mailsim");
    }

    public Pop3Settings withAuthFailureDelay(Duration delay) {
        return new Pop3Settings(autologout, delay, maxBadCommands, implementation);
    }
}
