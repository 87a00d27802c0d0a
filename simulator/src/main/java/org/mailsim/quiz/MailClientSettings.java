package org.mailsim.quiz;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.mailsim.net.Security;

/**
 * What a mail app's account screen asks for, as the learner filled it in. The fields are the
 * agreed contract's; security is the simulator's own {@link Security} enum:
 * {@link Security#NONE}, {@link Security#STARTTLS} or {@link Security#IMPLICIT_TLS}
 * (what apps label "SSL/TLS"); {@link #security(String)} reads the words {@code none},
 * {@code starttls}, {@code tls}.
 *
 * @param incomingType      {@code imap} or {@code pop3}
 * @param leaveOnServer     POP3 only: "leave a copy of messages on the server"
 * @param outgoingAuth      "my outgoing server requires authentication"
 */
public record MailClientSettings(String incomingType, String incomingServer, int incomingPort, Security incomingSecurity,
                                 boolean leaveOnServer, String outgoingServer, int outgoingPort, Security outgoingSecurity,
                                 boolean outgoingAuth) {
    public MailClientSettings {
        incomingType = Objects.requireNonNull(incomingType, "incomingType").trim().toLowerCase(Locale.ROOT);
        if (!incomingType.equals("imap") && !incomingType.equals("pop3")) {
            throw new IllegalArgumentException("the incoming server type is imap or pop3, not " + incomingType);
        }
        incomingServer = Objects.requireNonNull(incomingServer, "incomingServer").trim();
        outgoingServer = Objects.requireNonNull(outgoingServer, "outgoingServer").trim();
        Objects.requireNonNull(incomingSecurity, "incomingSecurity");
        Objects.requireNonNull(outgoingSecurity, "outgoingSecurity");
        if (incomingPort < 1 || incomingPort > 65535 || outgoingPort < 1 || outgoingPort > 65535) {
            throw new IllegalArgumentException("ports are 1 to 65535");
        }
    }

    /** Reads {@code none}, {@code starttls}, {@code tls} (also {@code ssl/tls}, {@code ssl}, {@code implicit}). */
    public static Optional<Security> security(String word) {
        return switch (word == null ? "" : word.trim().toLowerCase(Locale.ROOT)) {
            case "none", "off" -> Optional.of(Security.NONE);
            case "starttls", "stls" -> Optional.of(Security.STARTTLS);
            case "tls", "ssl/tls", "ssl", "implicit", "implicit-tls" -> Optional.of(Security.IMPLICIT_TLS);
            default -> Optional.empty();
        };
    }

    /** The word {@link #security(String)} reads: {@code none}, {@code starttls}, {@code tls}. */
    public static String word(Security security) {
        return switch (security) {
            case NONE -> "none";
            case STARTTLS -> "starttls";
            case IMPLICIT_TLS -> "tls";
        };
    }
}
