package org.mailsim.live;

import java.util.List;

import org.mailsim.store.StoreSnapshot;
import org.mailsim.wire.ConnectionInfo;

/**
 * Something the live view should show now. Each has a version, one more than the event before,
 * so a browser that reconnects can ask for what it missed.
 */
public sealed interface LiveEvent {

    long version();

    /** A connection opened, closed, logged in, or started TLS. */
    record ConnectionChanged(long version, ConnectionInfo info, String account, boolean tlsActive) implements LiveEvent { }

    /** New items of a connection's exchange, in order. */
    record LinesAdded(long version, ConnectionInfo connection, List<LiveLine> lines) implements LiveEvent {
        public LinesAdded {
            lines = List.copyOf(lines);
        }
    }

    /** A closed connection fell out of {@link LiveLimits#closedConnections()}. */
    record ConnectionForgotten(long version, String connectionId) implements LiveEvent { }

    /** The mailboxes changed; this is how they are now. */
    record StoreChanged(long version, StoreSnapshot store) implements LiveEvent { }

    /** The events after the version asked for are no longer kept: start again from a {@link LiveSnapshot}. */
    record Reset(long version) implements LiveEvent { }
}
