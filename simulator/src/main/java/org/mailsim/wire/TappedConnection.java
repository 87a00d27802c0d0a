package org.mailsim.wire;

import java.util.List;

/** A snapshot of one connection: its metadata and every exchange so far, in sequence order. */
public record TappedConnection(ConnectionInfo info, List<Exchange> exchanges) {

    public TappedConnection {
        exchanges = List.copyOf(exchanges);
    }

    public String id() {
        return info.id();
    }

    /** The transcript view of this connection: protocol lines, literals, binary runs, TLS records. */
    public Transcript transcript() {
        return Transcript.of(this);
    }
}
