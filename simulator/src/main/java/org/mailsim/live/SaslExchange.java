package org.mailsim.live;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.mailsim.sasl.PlainCredentials;

/**
 * One SASL exchange (RFC 4422 §3) seen on the wire: every client response in it is secret,
 * the initial response included (RFC 4959, RFC 5034 §4, RFC 4954 §4). The first response of
 * PLAIN (RFC 4616 §2) and of LOGIN also names the user, whom the live view shows once the
 * server says yes.
 */
final class SaslExchange {
    private final String mechanism;
    private String user;
    private boolean answered;

    SaslExchange(String mechanism) {
        this.mechanism = mechanism.toUpperCase(Locale.ROOT);
    }

    /** A client response: shown as {@link CredentialMask#HIDDEN}, except {@code *}, which cancels and carries nothing. */
    String response(String line) {
        if (line.equals("*")) return line;
        if (!answered) {
            answered = true;
            user = userIn(line.strip());
        }
        return CredentialMask.HIDDEN;
    }

    Optional<String> user() {
        return Optional.ofNullable(user);
    }

    private String userIn(String base64) {
        return switch (mechanism) {
            case "PLAIN" -> PlainCredentials.decode(base64).map(PlainCredentials::user).orElse(null);
            case "LOGIN" -> decode(base64);
            default -> null;
        };
    }

    private static String decode(String base64) {
        try {
            String text = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            return text.isEmpty() ? null : text;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
