package org.mailsim.pop3.command;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The SASL PLAIN message, RFC 4616 §2: {@code [authzid] NUL authcid NUL passwd}, base64 on the
 * wire (RFC 5034 §4).
 */
record PlainCredentials(String authorizationId, String user, String password) {

    PlainCredentials {
        Objects.requireNonNull(authorizationId);
        Objects.requireNonNull(user);
        Objects.requireNonNull(password);
    }

    /** Decodes a client response; {@code "="} is the empty initial response (RFC 5034 §4). Empty when malformed. */
    static Optional<PlainCredentials> decode(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.equals("=") ? "" : base64.trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String[] parts = new String(bytes, StandardCharsets.UTF_8).split("\0", -1);
        if (parts.length != 3 || parts[1].isEmpty()) return Optional.empty();
        return Optional.of(new PlainCredentials(parts[0], parts[1], parts[2]));
    }

    /** RFC 4616 §2: an authorization identity other than the user's own is not supported here. */
    boolean actsAsSelf() {
        return authorizationId.isEmpty() || authorizationId.equals(user);
    }
}
