package org.mailsim.net;

import java.util.Optional;

/**
 * The classes of TLS handshake failure, each with its name and what a student should understand
 * by it. {@link TlsFailure} writes every failure's words as "name: details", so the live view,
 * the lab and the scenario player can tell the class from the words alone and show the same
 * explanation beside them.
 *
 * <p>Alert names and meanings are those of RFC 8446 §6.2 (RFC 5246 §7.2.2 for TLS 1.2).
 */
public enum TlsFailureKind {
    /** The server's view: the client sent a certificate alert; only the alert tells which check failed. */
    CERTIFICATE_REFUSED("certificate refused",
            "The client checked the server's certificate, would not accept it, and ended the handshake with a fatal"
                    + " TLS alert (RFC 8446 §6.2). The alert says why: unknown_ca means the certificate authority (CA)"
                    + " that signed it could not be found or matched with a trust anchor the client has, as with a"
                    + " self-signed certificate the client has not imported; certificate_unknown means \"some other"
                    + " (unspecified) issue\" (Java clients send it both for an untrusted certificate and for a name"
                    + " mismatch). The handshake never finished, so nothing meant to travel inside TLS, the login"
                    + " included, was sent."),
    /** The client's view: the certificate does not chain to a CA it trusts. */
    UNTRUSTED_CERTIFICATE("certificate not trusted",
            "The server's certificate was not signed by a certificate authority (CA) the client trusts, so the"
                    + " client cannot tell the real server from an impostor that presents a certificate of its own."
                    + " A mail client must validate the certificate before it treats the connection as secure"
                    + " (RFC 8314 §5.3). Check the certificate's fingerprint with whoever runs the server before"
                    + " trusting it; a certificate from a CA the devices already trust avoids the warning."),
    /** The client's view: the certificate does not name the server the client was set to reach. */
    NAME_MISMATCH("name mismatch",
            "The certificate is made out to other names than the server name the client was set to use. A client"
                    + " accepts a certificate only for a name written in it (RFC 9525 §6, which replaced RFC 6125;"
                    + " RFC 8314 §5.3 requires the check for mail). Trusting the certificate does not fix this:"
                    + " set the server name to one the certificate holds."),
    /** Cleartext protocol lines where a ClientHello belongs. */
    PLAINTEXT_TO_TLS_PORT("plain text sent to a TLS port",
            "On an implicit-TLS port (IMAP 993, POP3 995, submission 465) the connection starts with a TLS handshake"
                    + " (RFC 8314 §3). A client that sends commands in plain text there is set to no encryption or"
                    + " STARTTLS; the server cannot read its bytes as a TLS record and ends the connection."),
    /** A cleartext client waiting for a greeting on an implicit-TLS port. */
    NOTHING_SENT_TO_TLS_PORT("nothing sent to a TLS port",
            "In TLS the client speaks first, with its ClientHello (RFC 8446 §4.1.2), and on an implicit-TLS port the"
                    + " server's greeting only comes inside TLS (RFC 8314 §3). A client set to no encryption or STARTTLS"
                    + " waits for a greeting instead, so both sides wait until one of them gives up."),
    /** A ClientHello on a port that speaks plain text first. */
    CLIENT_HELLO_TO_CLEARTEXT_PORT("TLS ClientHello sent to a cleartext port",
            "Ports 143, 110, 25 and 587 start in plain text: the server greets first, and encryption starts only when"
                    + " the client asks for it (IMAP STARTTLS, RFC 3501 §6.2.1; POP3 STLS, RFC 2595 §4; SMTP STARTTLS,"
                    + " RFC 3207). A client set to SSL/TLS sends a ClientHello at once; the server reads those bytes as a"
                    + " garbled command, and the client gets plain text where it expected the server's TLS answer."),
    /** No TLS version both sides accept. */
    NO_COMMON_VERSION("no TLS version in common",
            "Client and server must agree on a TLS version. When none of the versions the client offers is one the"
                    + " server accepts, the handshake ends, usually with the alert protocol_version (RFC 8446 §6.2)."
                    + " mailsim accepts TLS 1.2 and 1.3; RFC 8996 deprecated TLS 1.0 and 1.1."),
    /** No cipher suite both sides accept. */
    NO_COMMON_CIPHER("no cipher suite in common",
            "Each side lists the cipher suites it accepts. When the lists share none, the handshake ends with the alert"
                    + " handshake_failure: the sender \"was unable to negotiate an acceptable set of security"
                    + " parameters\" (RFC 8446 §6.2)."),
    /** One side closed the TCP connection mid-handshake, without an alert. */
    CLOSED_DURING_HANDSHAKE("closed during the handshake",
            "One side closed the connection before the TLS handshake finished, without a TLS alert that would say why."
                    + " Some clients close this way, instead of sending an alert, when they do not accept the certificate;"
                    + " the client's own message tells more."),
    /** Anything else: the TLS library's own words follow. */
    OTHER("unnamed TLS failure",
            "The TLS handshake failed for a reason mailsim has no name for; the words in quotes are the TLS library's own.");

    private final String title;
    private final String explanation;

    TlsFailureKind(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }

    /** The name shown to students, e.g. "certificate refused"; every failure's words start with it. */
    public String title() {
        return title;
    }

    /** What this failure means and what to do, with the RFC it comes from. */
    public String explanation() {
        return explanation;
    }

    /** "name: details", the form every failure's words take. */
    String words(String details) {
        return title + ": " + details;
    }

    /**
     * The class whose words {@code text} holds (a close reason, a lab note, an app's notice), or
     * empty when the text is no TLS failure's.
     */
    public static Optional<TlsFailureKind> in(String text) {
        if (text == null) return Optional.empty();
        for (TlsFailureKind kind : values()) {
            if (text.contains(kind.title + ": ")) return Optional.of(kind);
        }
        return Optional.empty();
    }
}
