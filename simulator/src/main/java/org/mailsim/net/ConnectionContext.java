package org.mailsim.net;

import java.time.Clock;

/**
 * What an engine may know about its connection.
 *
 * @param connectionId          stable id of this connection in the wiretap ("c1", "c2", … on the virtual network)
 * @param remote                who connected: a device name on the virtual network, "127.0.0.1:53012" over TCP
 * @param port                  the port as the protocol knows it (143, 993, …), not the stand-in
 * @param security              the listener's security mode
 * @param allowPlaintextAuth    true only where a scenario or {@code --allow-plaintext-login} allows
 *                              a password before TLS (RFC 3501 §6.2.3 LOGINDISABLED otherwise)
 * @param hostname              the server's name, for greetings and {@code Received:} headers
 * @param clock                 the clock to stamp dates with (fixed on the virtual network)
 */
public record ConnectionContext(
        String connectionId,
        String remote,
        int port,
        Security security,
        boolean allowPlaintextAuth,
        String hostname,
        Clock clock) {

    /** True when the connection starts under TLS (implicit TLS). */
    public boolean tlsFromStart() {
        return security == Security.IMPLICIT_TLS;
    }

    /** STARTTLS / STLS may be offered: a STARTTLS-capable listener, before TLS is on. */
    public boolean startTlsOffered() {
        return security == Security.STARTTLS;
    }
}
