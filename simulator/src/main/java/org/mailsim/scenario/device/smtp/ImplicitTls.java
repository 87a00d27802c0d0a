package org.mailsim.scenario.device.smtp;

import java.io.IOException;

import org.mailsim.net.ClientConnection;
import org.mailsim.scenario.device.AppContext;

/** Connecting to an implicit-TLS port (993, 995, 465): the handshake comes before any greeting (RFC 8314 §3). */
public final class ImplicitTls {

    private ImplicitTls() {
    }

    /** Connects and runs the TLS handshake; on failure the connection is closed and the failure thrown. */
    public static ClientConnection connect(AppContext context, int port, boolean userTrustsCertificate) throws IOException {
        ClientConnection connection = context.network().connect(context.name(), port);
        try {
            connection.startTls(context.tls(userTrustsCertificate)); // RFC 8314 §3.2: TLS from the first byte
            return connection;
        } catch (IOException e) {
            connection.close();
            throw e;
        }
    }
}
