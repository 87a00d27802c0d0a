package org.mailsim.net;

import java.util.Optional;

/**
 * The mail ports: the single table of port, protocol and security that the listeners, the web
 * UI, the CLI, scenarios and the question bank all read. Each has a stand-in port above 1024 so
 * the live server runs without root.
 */
public enum ServicePort {
    /** RFC 3501 §2.1: IMAP on 143, upgraded with STARTTLS (§6.2.1). */
    IMAP(143, 1143, Protocol.IMAP, Security.STARTTLS, "imap", "IMAP, STARTTLS available"),
    /** RFC 8314 §3.2, §7.2: IMAP over implicit TLS. */
    IMAPS(993, 1993, Protocol.IMAP, Security.IMPLICIT_TLS, "imaps", "IMAP over TLS"),
    /** RFC 1939 §3: POP3 on 110, upgraded with STLS (RFC 2595 §4). */
    POP3(110, 1110, Protocol.POP3, Security.STARTTLS, "pop3", "POP3, STLS available"),
    /** RFC 8314 §3.1, §7.2: POP3 over implicit TLS. */
    POP3S(995, 1995, Protocol.POP3, Security.IMPLICIT_TLS, "pop3s", "POP3 over TLS"),
    /** RFC 5321 §4.5.4.2: SMTP transfer between servers (MX); STARTTLS offered (RFC 3207). */
    SMTP(25, 1025, Protocol.SMTP, Security.STARTTLS, "smtp", "SMTP relay/transfer, STARTTLS available"),
    /** RFC 6409 §3.1: message submission for mail clients; STARTTLS then AUTH required. */
    SUBMISSION(587, 1587, Protocol.SMTP, Security.STARTTLS, "submission", "SMTP submission, STARTTLS + AUTH"),
    /** RFC 8314 §3.3, §7.3: submission over implicit TLS ("submissions"; once called smtps). */
    SUBMISSIONS(465, 1465, Protocol.SMTP, Security.IMPLICIT_TLS, "submissions", "SMTP submission over TLS + AUTH");

    private final int port;
    private final int standInPort;
    private final Protocol protocol;
    private final Security security;
    private final String ianaName;
    private final String description;

    ServicePort(int port, int standInPort, Protocol protocol, Security security, String ianaName, String description) {
        this.port = port;
        this.standInPort = standInPort;
        this.protocol = protocol;
        this.security = security;
        this.ianaName = ianaName;
        this.description = description;
    }

    /** The well-known port (IANA). */
    public int port() {
        return port;
    }

    /** The port the live server uses by default, so it runs without root. */
    public int standInPort() {
        return standInPort;
    }

    public Protocol protocol() {
        return protocol;
    }

    public Security security() {
        return security;
    }

    /** The IANA service name. */
    public String ianaName() {
        return ianaName;
    }

    public String description() {
        return description;
    }

    public static Optional<ServicePort> byPort(int port) {
        for (ServicePort p : values()) if (p.port == port) return Optional.of(p);
        return Optional.empty();
    }
}
