package org.mailsim.sasl;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The SASL PLAIN message, RFC 4616 §2: {@code [authzid] NUL authcid NUL passwd}, base64 on the
 * wire in IMAP AUTHENTICATE (RFC 3501 §6.2.2), POP3 AUTH (RFC 5034 §4) and SMTP AUTH (RFC 4954 §4).
 */
public record PlainCredentials(String authorizationId, String user, String password) {

    public PlainCredentials {
        Objects.requireNonNull(authorizationId);
        Objects.requireNonNull(user);
        Objects.requireNonNull(password);
    }

    /**
     * Decodes a client response; {@code "="} is the empty initial response (RFC 4959 §3, RFC 5034 §4,
     * RFC 4954 §4). Empty when it is not base64 or not three NUL-separated fields.
     */
    public static Optional<PlainCredentials> decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.equals("=") ? "" : base64.trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return parse(new String(bytes, StandardCharsets.UTF_8));
    }

    /** The fields of a message already base64-decoded; empty unless there are exactly three and a user. */
    public static Optional<PlainCredentials> parse(String message) {
        String[] parts = message.split("\0", -1);
        if (parts.length != 3 || parts[1].isEmpty()) return Optional.empty();
        return Optional.of(new PlainCredentials(parts[0], parts[1], parts[2]));
    }

    /** RFC 4616 §2: an authorization identity other than the user's own is not supported here. */
    public boolean actsAsSelf() {
        return authorizationId.isEmpty() || authorizationId.equals(user);
    }
}
