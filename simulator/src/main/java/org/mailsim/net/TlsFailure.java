package org.mailsim.net;

import java.util.Locale;

/**
 * Every way a TLS handshake fails, named in the words a student needs, from what is on the wire
 * (the first bytes, the alert the peer sent) and the JDK's exception. The same names appear in
 * the live view, the lab console and scenario timelines, since they all read a connection's
 * close reason or a client's failure from here.
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

    /** The server's view of a failed handshake: {@code firstBytes} are the first the client sent. */
    public static String serverSide(Exception failure, byte[] firstBytes) {
        if (firstBytes.length > 0 && !looksLikeClientHello(firstBytes)) {
            return "plain text sent to a TLS port: the client sent \"" + printable(firstBytes)
                    + "\" where a TLS ClientHello belongs. This port expects TLS from the first byte (implicit TLS,"
                    + " RFC 8314); turn on SSL/TLS in the client, or use the STARTTLS port";
        }
        String message = messages(failure);
        String alert = receivedAlert(message);
        if (alert != null) return clientAlert(alert);
        if (message.contains("protocol is disabled") || message.contains("not enabled or supported")
                || message.contains("protocol_version") || message.contains("No appropriate protocol")) {
            return "no TLS version in common: the client offered only versions mailsim does not accept; mailsim speaks"
                    + " TLS 1.2 and 1.3 (RFC 8996 retired TLS 1.0 and 1.1)";
        }
        if (message.contains("no cipher suites in common") || message.contains("cipher suites are inappropriate")) {
            return "no cipher suite in common: none of the ciphers the client offered is one mailsim accepts";
        }
        return "the TLS handshake failed (" + message + ")";
    }

    /**
     * The client closed its end before the handshake finished, without an alert; {@code sentNothing}
     * when not even a ClientHello came: it was waiting for a greeting, which on an implicit-TLS port
     * only follows the handshake.
     */
    public static String closedDuringHandshake(boolean sentNothing) {
        if (sentNothing) {
            return "the client sent nothing and closed the connection: it was waiting for the server to speak first,"
                    + " but on an implicit-TLS port the client starts with TLS (the client is probably set to no"
                    + " encryption or STARTTLS; choose SSL/TLS)";
        }
        return "the client closed the connection during the TLS handshake, without saying why (many clients do"
                + " this when they do not trust the certificate and the user said no)";
    }

    /** A ClientHello arrived on a port that speaks plain text first (IMAP 143, POP3 110, SMTP 25/587). */
    public static String clientHelloOnCleartextPort() {
        return "a TLS ClientHello sent to a cleartext port: the client started TLS at once, but this port speaks plain"
                + " text first. Use the implicit-TLS port (993, 995, 465) for TLS from the start, or STARTTLS here";
    }

    /**
     * A client's view (the lab's terminal, the scripted apps, tests): why its own handshake failed,
     * in the same words.
     */
    public static String clientSide(Exception failure, String serverName) {
        String message = messages(failure);
        if (message.contains("No subject alternative") || message.contains("No name matching")) {
            return "name mismatch: the server's certificate is not made out to " + serverName
                    + " (RFC 6125), so the client refused it";
        }
        if (message.contains("PKIX") || message.contains("unable to find valid certification path")) {
            return "the client does not trust the server's certificate: it was not signed by a CA the client trusts"
                    + " (mailsim's own certificate must be imported or trusted first)";
        }
        if (message.contains("Unsupported or unrecognized SSL message") || message.contains("plaintext connection")) {
            return "the server answered in plain text: this port does not speak TLS from the start (try STARTTLS, or"
                    + " the implicit-TLS port)";
        }
        String alert = receivedAlert(message);
        if (alert != null && (alert.equals("protocol_version") || alert.equals("handshake_failure"))) {
            return alert.equals("protocol_version") ? "no TLS version in common (TLS alert protocol_version)"
                    : "no cipher suite in common (TLS alert handshake_failure)";
        }
        if (message.contains("No appropriate protocol")) return "no TLS version in common between client and server";
        if (message.contains("Remote host terminated") || message.contains("closed")) {
            return "the server closed the connection during the TLS handshake";
        }
        return "the TLS handshake failed (" + message + ")";
    }

    private static String clientAlert(String alert) {
        return switch (alert) {
            case "unknown_ca" -> "the client refused the server's certificate: TLS alert unknown_ca. It does not trust"
                    + " who signed it (mailsim's certificate is self-signed; import mailsim.crt, or accept it in the client)";
            case "bad_certificate" -> "the client refused the server's certificate: TLS alert bad_certificate. It found"
                    + " the certificate unacceptable (often: not trusted, or not for this name)";
            case "certificate_unknown" -> "the client refused the server's certificate: TLS alert certificate_unknown. It"
                    + " does not trust it, or it is not made out to the name the client connected to";
            case "certificate_expired" -> "the client refused the server's certificate: TLS alert certificate_expired."
                    + " Check the clock of the client, and the certificate's dates";
            case "protocol_version" -> "no TLS version in common: TLS alert protocol_version from the client";
            case "handshake_failure", "insufficient_security" -> "no cipher suite or version in common: TLS alert "
                    + alert + " from the client";
            default -> "the client ended the handshake with TLS alert " + alert;
        };
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
