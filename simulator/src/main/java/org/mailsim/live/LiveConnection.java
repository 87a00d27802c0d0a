package org.mailsim.live;

import java.util.List;
import java.util.Optional;

import org.mailsim.net.ServicePort;
import org.mailsim.wire.ConnectionInfo;

/**
 * One connection as the live view shows it.
 *
 * @param info          who connected, on which port, with which security; open or closed
 * @param account       the login the server accepted, or null before (or without) a login
 * @param tlsActive     true once bytes travel inside TLS (at once on 993, after STARTTLS on 143)
 * @param omittedLines  older items dropped by {@link LiveLimits}
 * @param lines         the items kept, oldest first
 */
public record LiveConnection(ConnectionInfo info, String account, boolean tlsActive, long omittedLines, List<LiveLine> lines) {

    public LiveConnection {
        lines = List.copyOf(lines);
    }

    public String id() {
        return info.id();
    }

    /** The mail service the connection came in on. */
    public Optional<ServicePort> service() {
        return ServicePort.byPort(info.port());
    }
}
