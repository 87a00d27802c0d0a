package org.mailsim.scenario.device.imap;

import java.time.Duration;

import org.mailsim.net.TlsFailure;

/** Every problem the app reports, in the words a student understands, in one place. */
final class Notices {
    private Notices() { }

    static String refused(String server, int port) {
        return "Cannot connect: nothing answers on port " + port + " of " + server + " (connection refused)";
    }

    static String noGreeting(Duration timeout) {
        return "No answer from the server within " + timeout.toSeconds() + " s — is this port expecting TLS?";
    }

    static final String GREETED_WITH_BYE = "The server is not accepting connections now";

    static final String NO_TLS_ANSWER =
            "The server did not answer the TLS handshake — this port may expect STARTTLS or no encryption";

    /**
     * RFC 8314 §5.3: the handshake failed (an untrusted certificate, a name mismatch, plain text
     * where TLS belongs…); named as the live view and the lab name it.
     */
    static String tlsFailed(javax.net.ssl.SSLException failure, String serverName) {
        return TlsFailure.HANDSHAKE_FAILED + TlsFailure.clientSide(failure, serverName);
    }

    static final String STARTTLS_REQUIRED = "The server does not offer encryption (STARTTLS); your settings require it, "
            + "so the app stopped before sending your password";

    static final String STARTTLS_REFUSED = "The server refused to start encryption (STARTTLS)";

    static final String LOGIN_DISABLED = "The server refuses passwords on an unencrypted connection (LOGINDISABLED); "
            + "turn on STARTTLS or SSL/TLS in the account settings";

    static final String PRIVACY_REQUIRED = "The server refuses passwords on an unencrypted connection (PRIVACYREQUIRED); "
            + "turn on STARTTLS or SSL/TLS in the account settings";

    static final String LOGIN_FAILED = "Login failed: the server says the user name or password is wrong";

    static final String LOGIN_REFUSED = "Login failed: the server refused the login";

    static final String CONNECTION_LOST = "The connection to the server was lost";

    static String offline(String what) {
        return "Offline: cannot " + what + " until the network is back";
    }

    static String refusedCommand(String what, ImapResponse tagged) {
        String code = tagged.code().isEmpty() ? "" : " [" + tagged.codeName() + "]";
        return "Cannot " + what + ": the server said " + tagged.status() + code;
    }

    static String noFolder(String folder) {
        return "Cannot open the folder " + folder;
    }

    static String noSuchMessage(int number) {
        return "There is no message " + number + " in this folder";
    }
}
