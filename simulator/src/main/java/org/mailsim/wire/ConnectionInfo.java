package org.mailsim.wire;

import java.time.Instant;
import java.util.Objects;
import org.mailsim.net.Security;

/**
 * What the wiretap knows about a connection besides its bytes.
 *
 * @param id           "c1", "c2", … on the virtual network; also unique over TCP
 * @param remote       the device name, or "127.0.0.1:53012" over TCP
 * @param port         the well-known port (143, 993, …)
 * @param standInPort  the port actually bound (1143, …), or the well-known port on the virtual network
 * @param security     the listener's security mode
 * @param opened       when the connection opened
 * @param closed       when it closed, or null while open
 * @param closeReason  why it closed ("client sent QUIT", "TLS handshake failed", …), or null while open
 */
public record ConnectionInfo(
        String id,
        String remote,
        int port,
        int standInPort,
        Security security,
        Instant opened,
        Instant closed,
        String closeReason) {

    public ConnectionInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(remote, "remote");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(opened, "opened");
        if ((closed == null) != (closeReason == null)) {
            throw new IllegalArgumentException("a closed connection has a time and a reason, an open one neither");
        }
    }

    public boolean isOpen() {
        return closed == null;
    }

    ConnectionInfo closedAt(Instant when, String reason) {
        return new ConnectionInfo(id, remote, port, standInPort, security, opened, when, reason);
    }
}
