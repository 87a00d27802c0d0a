package org.mailsim.net;

import java.util.Locale;

/**
 * Every way a TLS handshake fails, named in the words a student needs, from what is on the wire
 * (the first bytes, the alert the peer sent) and the JDK's exception. The same names appear in
 * the live view, the lab console, the scenario apps' notices and scenario timelines, since they
 * all read a connection's close reason or a client's failure from here. Every text starts with
 * its class's name ({@link TlsFailureKind}), which pages use to show the class's explanation.
 *
 * <p>Alert names are those of RFC 8446 §6.2 (and RFC 5246 §7.2 for TLS 1.2).
 */
public final class TlsFailure {
    private TlsFailure() {
    }

    /** A TLS record starts with content type 22 (handshake) and version major 3 (RFC 8446 §5.1). */
    public static boolean looksLikeClientHello(byte[] bytes) {
        return bytes.length >= 2 && bytes[0] == 0x16 && bytes[1] == 0x03;
    }

    /** What every close reason, lab note and app notice about a failed handshake starts with. */
    public static final String HANDSHAKE_FAILED = "TLS handshake failed: ";

    /** The server's view of a failed handshake: {@code firstBytes} are the first the client sent. */
    public static String serverSide(Exception failure, byte[] firstBytes) {
        if (firstBytes.length > 0 && !looksLikeClientHello(firstBytes)) {
            return TlsFailureKind.PLAINTEXT_TO_TLS_PORT.words("the client sent \"" + printable(firstBytes)
                    + "\" where a TLS ClientHello belongs. This port expects TLS from the first byte (implicit TLS,"
                    + " RFC 8314); turn on SSL/TLS in the client, or use the STARTTLS port");
        }
        String message = messages(failure);
        String alert = receivedAlert(message);
        if (alert != null) return clientAlert(alert);
        if (message.contains("protocol is disabled") || message.contains("not enabled or supported")
                || message.contains("protocol_version") || message.contains("No appropriate protocol")) {
            return TlsFailureKind.NO_COMMON_VERSION.words("the client offered only versions mailsim does not accept;"
                    + " mailsim speaks TLS 1.2 and 1.3 (RFC 8996 deprecated TLS 1.0 and 1.1)");
        }
        if (message.contains("no cipher suites in common") || message.contains("cipher suites are inappropriate")) {
            return TlsFailureKind.NO_COMMON_CIPHER.words("none of the cipher suites the client offered is one mailsim accepts");
        }
        return unnamed(message);
    }

    /**
     * The client closed its end before the handshake finished, without an alert; {@code sentNothing}
     * when not even a ClientHello came: it was waiting for a greeting, which on an implicit-TLS port
     * only follows the handshake.
     */
    public static String closedDuringHandshake(boolean sentNothing) {
        if (sentNothing) {
            return TlsFailureKind.NOTHING_SENT_TO_TLS_PORT.words("the client sent nothing and closed the connection;"
                    + " it was waiting for the server to speak first, but on an implicit-TLS port the client starts"
                    + " with TLS (the client is probably set to no encryption or STARTTLS; choose SSL/TLS)");
        }
        return TlsFailureKind.CLOSED_DURING_HANDSHAKE.words("the client closed the connection during the TLS handshake,"
                + " without saying why (some clients close so when they do not accept the certificate)");
    }

    /** A ClientHello arrived on a port that speaks plain text first (IMAP 143, POP3 110, SMTP 25/587). */
    public static String clientHelloOnCleartextPort() {
        return TlsFailureKind.CLIENT_HELLO_TO_CLEARTEXT_PORT.words("the client started TLS at once, but this port"
                + " speaks plain text first. Use the implicit-TLS port (993, 995, 465) for TLS from the start, or STARTTLS here");
    }

    /**
     * A client's view (the lab's terminal, the scripted apps, tests): why its own handshake failed,
     * in the same words.
     */
    public static String clientSide(Exception failure, String serverName) {
        String message = messages(failure);
        if (message.contains("No subject alternative") || message.contains("No name matching")) {
            return TlsFailureKind.NAME_MISMATCH.words("the server's certificate is not made out to " + serverName
                    + ", so the client refused it (RFC 9525 §6)");
        }
        if (message.contains("PKIX") || message.contains("unable to find valid certification path")) {
            return TlsFailureKind.UNTRUSTED_CERTIFICATE.words("the server's certificate was not signed by a CA the"
                    + " client trusts (mailsim's own certificate must be imported or trusted first)");
        }
        if (message.contains("Unsupported or unrecognized SSL message") || message.contains("plaintext connection")) {
            return TlsFailureKind.CLIENT_HELLO_TO_CLEARTEXT_PORT.words("the server answered in plain text: this port"
                    + " does not speak TLS from the start (try STARTTLS, or the implicit-TLS port)");
        }
        String alert = receivedAlert(message);
        if ("protocol_version".equals(alert)) return TlsFailureKind.NO_COMMON_VERSION.words("the server sent TLS alert protocol_version");
        if ("handshake_failure".equals(alert)) return TlsFailureKind.NO_COMMON_CIPHER.words("the server sent TLS alert handshake_failure");
        if (message.contains("No appropriate protocol")) {
            return TlsFailureKind.NO_COMMON_VERSION.words("this client and the server share no TLS version");
        }
        if (message.contains("Remote host terminated") || message.contains("closed")) {
            return TlsFailureKind.CLOSED_DURING_HANDSHAKE.words("the server closed the connection during the TLS handshake");
        }
        return unnamed(message);
    }

    /** RFC 8446 §6.2 (RFC 5246 §7.2.2): the client's alert says why it gave up. */
    private static String clientAlert(String alert) {
        String refused = "the client refused the server's certificate with TLS alert " + alert;
        return switch (alert) {
            case "unknown_ca" -> TlsFailureKind.CERTIFICATE_REFUSED.words(refused + ": it does not trust who signed it"
                    + " (mailsim's certificate is self-signed; import mailsim.crt, or accept it in the client)");
            case "bad_certificate" -> TlsFailureKind.CERTIFICATE_REFUSED.words(refused + ": to the client the certificate"
                    + " was corrupt or held a signature that did not verify");
            case "certificate_unknown" -> TlsFailureKind.CERTIFICATE_REFUSED.words(refused + ", \"some other (unspecified)"
                    + " issue\": often it does not trust it, or it is not made out to the name the client connected to");
            case "certificate_expired" -> TlsFailureKind.CERTIFICATE_REFUSED.words(refused + ": to the client the certificate"
                    + " has expired or is not yet valid; check the client's clock and the certificate's dates");
            case "protocol_version" -> TlsFailureKind.NO_COMMON_VERSION.words("the client sent TLS alert protocol_version");
            case "handshake_failure", "insufficient_security" -> TlsFailureKind.NO_COMMON_CIPHER.words(
                    "the client sent TLS alert " + alert + ": it could not agree on security parameters with mailsim");
            default -> TlsFailureKind.OTHER.words("the client ended the handshake with TLS alert " + alert);
        };
    }

    private static String unnamed(String message) {
        return TlsFailureKind.OTHER.words("the TLS library says \"" + message + "\"");
    }

    /**
     * "Received fatal alert: unknown_ca" gives "unknown_ca"; so does "Unexpected plaintext alert
     * received: Level: fatal; Alert: unknown_ca", the JDK's words when the alert comes before
     * encryption starts (OpenSSL and curl send it so).
     */
    private static String receivedAlert(String message) {
        String marker = message.contains("Received fatal alert: ") ? "Received fatal alert: "
                : message.contains("alert received") && message.contains("Alert: ") ? "Alert: " : null;
        if (marker == null) return null;
        String rest = message.substring(message.indexOf(marker) + marker.length());
        int end = 0;
        while (end < rest.length() && (Character.isLetterOrDigit(rest.charAt(end)) || rest.charAt(end) == '_')) end++;
        return rest.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** The messages of the exception and its causes, joined: the JDK puts the useful one in either. */
    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (!all.isEmpty()) all.append(" / ");
            all.append(t.getMessage());
        }
        return all.toString();
    }

    /** The first bytes as text a person can read: printable ASCII, the rest as "?", at most 20 characters. */
    private static String printable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bytes.length && out.length() < 20; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\r' || b == '\n') break;
            out.append(b >= 0x20 && b < 0x7f ? (char) b : '?');
        }
        return out.toString();
    }
}
