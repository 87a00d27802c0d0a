package org.mailsim.scenario;

import java.nio.charset.StandardCharsets;

import org.mailsim.net.OnPathObserver;
import org.mailsim.wire.Direction;

/**
 * The attackers a scenario can put between a device and the server (the Security+ on-path
 * lessons). Both see only ciphertext once TLS is on; that is the point.
 */
final class OnPathAttackers {
    private OnPathAttackers() { }

    static OnPathObserver of(ServerSpec.AttackKind kind) {
        return switch (kind) {
            case EAVESDROP -> OnPathObserver.NONE; // reads everything that passes; the wiretap shows what it saw
            case STRIP_STARTTLS -> OnPathAttackers::stripStartTls;
        };
    }

    /**
     * Deletes the offer to upgrade from the server's capability lists (RFC 3501 §6.2.1 IMAP
     * STARTTLS, RFC 2595 §4 POP3 STLS, RFC 3207 §4 SMTP STARTTLS), so a client that only uses TLS
     * "if available" never upgrades (RFC 8314 §3.3 warns of exactly this).
     */
    private static byte[] stripStartTls(String connectionId, Direction direction, byte[] bytes) {
        if (direction != Direction.SERVER_TO_CLIENT) return bytes;
        String text = new String(bytes, StandardCharsets.ISO_8859_1); // byte for byte, whatever the content
        String stripped = text
                .replace(" STARTTLS", "")            // IMAP: * CAPABILITY IMAP4rev1 STARTTLS …, [CAPABILITY …]
                .replace("250-STARTTLS\r\n", "")     // SMTP: an EHLO line
                .replace("\r\nSTLS\r\n", "\r\n");    // POP3: a CAPA line
        return stripped.equals(text) ? bytes : stripped.getBytes(StandardCharsets.ISO_8859_1);
    }
}
