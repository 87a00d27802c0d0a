package org.mailsim.scenario.device.smtp;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import javax.net.ssl.SSLException;

import org.mailsim.net.Security;
import org.mailsim.net.TlsFailure;

/**
 * What a mail app tells its user when the network or TLS fails, in a learner's words. The
 * exception's own text never reaches the screen: it is for developers, not students.
 */
public final class ConnectionTrouble {

    private ConnectionTrouble() {
    }

    /**
     * @param server      "the mail server", "the outgoing server"
     * @param serverName  the host name typed into the app, which the certificate must hold
     * @param port        the port the user typed
     * @param security    the security the user chose for it
     */
    public static String explain(IOException failure, String server, String serverName, int port, Security security) {
        if (failure instanceof ConnectException) {
            return "Cannot connect to " + server + " on port " + port + ": connection refused (nothing listens on that port)";
        }
        if (failure instanceof SSLException tls) {
            // RFC 8314 §5.3; named from the real exception as the live view and the lab name it.
            return TlsFailure.HANDSHAKE_FAILED + TlsFailure.clientSide(tls, serverName);
        }
        if (failure instanceof SocketTimeoutException) {
            String hint = security == Security.IMPLICIT_TLS ? "" : ": the port may expect TLS from the first byte — choose SSL/TLS";
            return "No answer from " + server + " on port " + port + hint;
        }
        if (failure instanceof EOFException) {
            return "The connection was closed by " + server;
        }
        return "The connection to " + server + " on port " + port + " failed";
    }
}
