package org.mailsim.wire;

import java.util.List;

/**
 * A snapshot of one connection: its metadata and every exchange kept so far, in sequence order.
 * {@code omittedExchanges} counts the exchanges past the wiretap's {@link Retention} limit.
 */
public record TappedConnection(ConnectionInfo info, List<Exchange> exchanges, long omittedExchanges) {

    public TappedConnection {
        exchanges = List.copyOf(exchanges);
    }

    public TappedConnection(ConnectionInfo info, List<Exchange> exchanges) {
        this(info, exchanges, 0);
    }

    public String id() {
        return info.id();
    }

    /** The transcript view of this connection: protocol lines, literals, binary runs, TLS records. */
    public Transcript transcript() {
        return Transcript.of(this);
    }
}
