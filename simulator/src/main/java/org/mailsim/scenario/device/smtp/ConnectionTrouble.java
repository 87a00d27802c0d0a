package org.mailsim.scenario.device.smtp;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;

import org.mailsim.net.Security;

/**
 * What a mail app tells its user when the network or TLS fails, in a learner's words. The
 * exception's own text never reaches the screen: it is for developers, not students.
 */
public final class ConnectionTrouble {

    private ConnectionTrouble() {
    }

    /**
     * @param server    "the mail server", "the outgoing server"
     * @param port      the port the user typed
     * @param security  the security the user chose for it
     */
    public static String explain(IOException failure, String server, int port, Security security) {
        if (failure instanceof ConnectException) {
            return "Cannot connect to " + server + " on port " + port + ": connection refused (nothing listens on that port)";
        }
        if (failure instanceof SSLException tls) {
            if (isCertificateProblem(tls)) {
                return "Cannot verify the server's identity: its certificate is not trusted on this device"
                        + " (RFC 8314 §5.3: the app stops unless you choose to trust it)";
            }
            return "Secure connection failed on port " + port + ": the server there does not start with TLS"
                    + " — check the security setting (SSL/TLS is for ports 993, 995 and 465)";
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

    /** An untrusted issuer or a name that does not match (RFC 6125): the certificate warning. */
    static boolean isCertificateProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertificateException || t instanceof CertPathBuilderException || t instanceof CertPathValidatorException) {
                return true;
            }
        }
        return false;
    }
}
