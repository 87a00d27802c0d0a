package org.mailsim.quiz;

import java.util.Arrays;
import java.util.List;

import org.mailsim.net.Security;
import org.mailsim.net.ServicePort;

/**
 * The mail ports as drill cards, from the one port table ({@link ServicePort}): a port to name
 * the service of, and a service to give the port of. A+ 220-1201 objective 2.1 lists 25, 110 and
 * 143; N10-009 objective 1.4 lists 25 and 587 (which it calls SMTPS); the implicit-TLS ports
 * 993, 995 and 465 are RFC 8314's.
 */
public final class PortDrill {
    private PortDrill() { }

    /**
     * One port of the table.
     *
     * @param port      the well-known port
     * @param service   its short name: IMAP, IMAPS, POP3, POP3S, SMTP, Submission, Submissions
     * @param what      what it is for, in a few words
     * @param source    where the port is defined
     * @param note      what else to know for the exams (an exam's own name, an old name), or empty
     */
    public record Card(int port, String service, String what, String source, String note) { }

    /** Every mail port, in the table's order. */
    public static List<Card> cards() {
        return Arrays.stream(ServicePort.values()).map(PortDrill::card).toList();
    }

    private static Card card(ServicePort p) {
        String tls = p.security() == Security.IMPLICIT_TLS ? "TLS from the first byte" : "plain text, upgraded with "
                + (p.protocol() == org.mailsim.net.Protocol.POP3 ? "STLS" : "STARTTLS");
        return switch (p) {
            case IMAP -> new Card(143, "IMAP", "read mail on the server; " + tls, "RFC 3501 §2.1", "");
            case IMAPS -> new Card(993, "IMAPS", "IMAP over implicit TLS; " + tls, "RFC 8314 §3.2, §7.2", "");
            case POP3 -> new Card(110, "POP3", "download mail; " + tls, "RFC 1939 §3", "");
            case POP3S -> new Card(995, "POP3S", "POP3 over implicit TLS; " + tls, "RFC 8314 §3.1, §7.1", "");
            case SMTP -> new Card(25, "SMTP", "mail between servers (relay/transfer); " + tls, "RFC 5321 §4.5.4.2", "");
            case SUBMISSION -> new Card(587, "Submission", "mail apps send here, with a login; " + tls, "RFC 6409 §3.1",
                    "N10-009's port table calls 587 \"SMTPS\".");
            case SUBMISSIONS -> new Card(465, "Submissions", "mail apps send here over implicit TLS, with a login; " + tls,
                    "RFC 8314 §3.3, §7.3", "Briefly registered as \"smtps\" long ago (RFC 8314 §7.3); many apps label it SSL/TLS.");
        };
    }
}
