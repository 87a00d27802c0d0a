package org.mailsim.quiz;

import java.util.List;
import java.util.Optional;

import org.mailsim.net.Protocol;
import org.mailsim.net.Security;
import org.mailsim.net.ServicePort;
import org.mailsim.scenario.device.DeviceView;

/**
 * The plain-words explanation of a configure run: why the failed phase failed, read from the
 * settings against the port table ({@link ServicePort}), or what the working settings achieved.
 * The first rule that fits wins; the app's own message is the fallback. Each rule names the
 * scenario that shows its mistake happen ({@link Advice#lesson}), for the quiz's "see it happen".
 */
final class ConfigureAdvice {
    private ConfigureAdvice() { }

    /** The scenarios the advice sends a learner to, one per kind of mistake. */
    static final String WRONG_PORT = "wrong-port-and-security";
    static final String IMAP_NEEDS_TLS = "imap-starttls-vs-implicit-tls";
    static final String POP3_NEEDS_TLS = "pop3-stls-vs-pop3s";
    static final String SYNC_NEEDS_IMAP = "imap-phone-and-laptop";
    static final String POP3_DELETES = "pop3-delete-after-download";
    static final String SUBMIT_ON_587 = "port-25-relay-and-587-auth";
    static final String SUBMIT_WITH_TLS = "imap-cannot-send";
    static final List<String> LESSONS = List.of(WRONG_PORT, IMAP_NEEDS_TLS, POP3_NEEDS_TLS, SYNC_NEEDS_IMAP, POP3_DELETES,
            SUBMIT_ON_587, SUBMIT_WITH_TLS);

    /** What went wrong in plain words, and the scenario about that mistake (empty when none fits). */
    record Advice(String text, Optional<String> lesson) {
        static Advice of(String text, String lesson) {
            return new Advice(text, Optional.of(lesson));
        }

        static Advice only(String text) {
            return new Advice(text, Optional.empty());
        }
    }

    static Advice explain(ConfigurePlan.Phase phase, MailClientSettings s, Situation situation, List<String> notices, DeviceView view) {
        boolean sending = phase.kind() == ConfigurePlan.Kind.SEND;
        Protocol protocol = sending ? Protocol.SMTP : s.incomingType().equals("pop3") ? Protocol.POP3 : Protocol.IMAP;
        int port = sending ? s.outgoingPort() : s.incomingPort();
        Security security = sending ? s.outgoingSecurity() : s.incomingSecurity();
        String said = notices.isEmpty() ? "" : " The app said: “" + notices.get(0) + "”.";
        Optional<ServicePort> row = ServicePort.byPort(port);
        if (row.isPresent() && row.get().protocol() != protocol) {
            return Advice.of("Port " + port + " is " + row.get().description() + " (" + row.get().name() + "), not " + protocol
                    + ": the two sides did not speak the same protocol." + said, WRONG_PORT);
        }
        if (row.isPresent() && row.get().security() == Security.IMPLICIT_TLS && security != Security.IMPLICIT_TLS) {
            return Advice.of("Port " + port + " is " + row.get().description() + ": the TLS handshake comes first, before the server says anything "
                    + "(RFC 8314 §3.2, §3.3). With security “" + label(security) + "” the app waited for a greeting that never came. "
                    + "Choose SSL/TLS for port " + port + "." + said, WRONG_PORT);
        }
        if (row.isPresent() && row.get().security() == Security.STARTTLS && security == Security.IMPLICIT_TLS) {
            return Advice.of("Port " + port + " starts in cleartext: the server greets first, and encryption comes only when the app asks for it with "
                    + (protocol == Protocol.POP3 ? "STLS (RFC 2595 §4)" : "STARTTLS (" + (protocol == Protocol.IMAP ? "RFC 3501 §6.2.1" : "RFC 3207 §4") + ")")
                    + ". “SSL/TLS” means TLS from the first byte, which belongs on the implicit-TLS port. Choose STARTTLS for port " + port + "." + said, WRONG_PORT);
        }
        if (row.isEmpty() && !notices.isEmpty()) {
            return Advice.of("Nothing the provider runs listens on port " + port + "." + said, WRONG_PORT);
        }
        return sending ? sendAdvice(s, situation, said) : receiveAdvice(phase, s, situation, view, said);
    }

    private static Advice receiveAdvice(ConfigurePlan.Phase phase, MailClientSettings s, Situation situation, DeviceView view, String said) {
        boolean pop3 = s.incomingType().equals("pop3");
        if (s.incomingSecurity() == Security.NONE && situation.requireEncryption()) {
            return Advice.of("The provider requires encryption, so it refuses a password sent in cleartext (RFC 8314 §5.2; IMAP says LOGINDISABLED, "
                    + "RFC 3501 §6.2.3; POP3 answers -ERR). Choose STARTTLS on port " + s.incomingPort() + ", or SSL/TLS on "
                    + (pop3 ? 995 : 993) + "." + said, pop3 ? POP3_NEEDS_TLS : IMAP_NEEDS_TLS);
        }
        if (pop3 && phase.kind() == ConfigurePlan.Kind.SYNC) {
            return Advice.of("POP3 keeps no read or unread state on the server: each device downloads its own copy and marks it read only "
                    + "there, so the message read on the " + situation.devices().get(0) + " is still unread on the " + phase.device()
                    + ". IMAP keeps the \\Seen flag on the server (RFC 3501 §2.3.2), so every device shows the same.", SYNC_NEEDS_IMAP);
        }
        if (pop3 && !s.leaveOnServer() && view.messages().isEmpty() && !phase.device().equals(situation.devices().get(0))) {
            return Advice.of("The " + situation.devices().get(0) + " downloaded the messages with POP3 and deleted them from the server (DELE, then QUIT; "
                    + "RFC 1939 §6), because “leave a copy on the server” was off. So the " + phase.device()
                    + " found the mailbox empty. For several devices use IMAP: the mail stays on the server and every device sees it.", POP3_DELETES);
        }
        return Advice.only("The app could not show the mailbox." + said);
    }

    private static Advice sendAdvice(MailClientSettings s, Situation situation, String said) {
        if (s.outgoingPort() == ServicePort.SMTP.port()) {
            return Advice.of("Port 25 is where mail servers deliver to this server's own users (RFC 5321 §4.5.4.2). It relays to other "
                    + "domains for nobody, so the message to " + ConfigurePlan.RECIPIENT + " was refused. Mail apps submit on 587 "
                    + "(STARTTLS) or 465 (SSL/TLS) and log in (RFC 6409 §3.1, RFC 8314 §3.3)." + said, SUBMIT_ON_587);
        }
        if (!s.outgoingAuth()) {
            return Advice.of("The submission port takes mail only from users who log in (RFC 6409 §4.3; 530 “Authentication required”, "
                    + "RFC 4954 §6). Turn on “My outgoing server requires authentication”." + said, SUBMIT_ON_587);
        }
        if (s.outgoingSecurity() == Security.NONE) {
            return Advice.of("The server offers a login only after the connection is encrypted (RFC 4954 §4 lets it refuse AUTH in cleartext), "
                    + "so nothing was sent. Choose STARTTLS on 587, or SSL/TLS on 465." + said, SUBMIT_WITH_TLS);
        }
        return Advice.only("The outgoing server did not accept the message." + said);
    }

    static String success(Situation situation, MailClientSettings s) {
        StringBuilder out = new StringBuilder("These settings work. ");
        int n = situation.devices().size();
        out.append(n == 1 ? "The " + situation.devices().get(0) + " received both messages"
                : (n == 2 ? "Both devices" : "All " + n + " devices") + " (" + String.join(", ", situation.devices()) + ") received both messages");
        out.append(" over ").append(s.incomingType().toUpperCase(java.util.Locale.ROOT)).append(" on port ").append(s.incomingPort())
                .append(" with ").append(label(s.incomingSecurity())).append('.');
        if (situation.keepInSync()) out.append(" The message read on the ").append(situation.devices().get(0)).append(" shows as read everywhere.");
        if (situation.send()) {
            out.append(" The message to ").append(ConfigurePlan.RECIPIENT).append(" was accepted on port ").append(s.outgoingPort())
                    .append(" with ").append(label(s.outgoingSecurity())).append(s.outgoingAuth() ? " and a login." : ".");
        }
        return out.toString();
    }

    /** What mail apps call each setting. */
    static String label(Security security) {
        return switch (security) {
            case NONE -> "None";
            case STARTTLS -> "STARTTLS";
            case IMPLICIT_TLS -> "SSL/TLS";
        };
    }
}
