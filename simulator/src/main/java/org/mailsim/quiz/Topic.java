package org.mailsim.quiz;

import java.util.Arrays;
import java.util.Optional;

/** The topic groups of the bank, as files name them ({@code topic: imap-vs-pop3}). */
public enum Topic {
    PORTS_AND_PROTOCOLS("ports-and-protocols", "Ports and protocols"),
    IMAP_VS_POP3("imap-vs-pop3", "IMAP vs POP3"),
    MULTI_DEVICE_SYNC("multi-device-sync", "Multi-device sync"),
    TLS_AND_SECURITY("tls-and-security", "TLS and security"),
    SMTP_AND_SUBMISSION("smtp-and-submission", "SMTP and submission"),
    MOBILE_SETUP("mobile-setup", "Mobile device setup"),
    TROUBLESHOOTING("troubleshooting", "Troubleshooting"),
    READING_THE_WIRE("reading-the-wire", "Reading the wire");

    private final String id;
    private final String title;

    Topic(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** How files and URLs write it: {@code ports-and-protocols}. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public static Optional<Topic> byId(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
