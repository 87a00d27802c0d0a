package org.mailsim.lab;

import java.util.Objects;

import org.mailsim.net.ServicePort;
import org.mailsim.wire.Direction;

/**
 * One line of a pane's console: a protocol line either way, an IMAP literal, a run of binary
 * bytes, or a note of the console's own ("[TLS handshake: TLS 1.3, certificate CN=…]").
 *
 * @param pane          the device pane ("phone", "laptop")
 * @param connectionId  the sandbox's connection ("c1", …)
 * @param service       the port it came over
 * @param kind          what it is
 * @param direction     which way it went; null for a note
 * @param insideTls     it travelled inside TLS (the console shows it decrypted)
 * @param text          the line without its CR LF, the literal's bytes as text, or the note
 * @param length        the bytes it took on the wire (a literal's announced size); 0 for a note
 */
public record ConsoleLine(String pane, String connectionId, ServicePort service, Kind kind, Direction direction,
                          boolean insideTls, String text, int length) {

    public enum Kind { LINE, LITERAL, BINARY, NOTE }

    public ConsoleLine {
        Objects.requireNonNull(pane, "pane");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if ((kind == Kind.NOTE) != (direction == null)) throw new IllegalArgumentException("a note, and only a note, has no direction");
    }

    static ConsoleLine note(String pane, String connectionId, ServicePort service, String text) {
        return new ConsoleLine(pane, connectionId, service, Kind.NOTE, null, false, text, 0);
    }

    public boolean fromClient() {
        return direction == Direction.CLIENT_TO_SERVER;
    }

    public boolean fromServer() {
        return direction == Direction.SERVER_TO_CLIENT;
    }
}
