package org.mailsim.scenario.device.smtp;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.mailsim.net.ClientConnection;
import org.mailsim.net.Security;
import org.mailsim.scenario.OutgoingSpec;
import org.mailsim.scenario.TlsPolicy;
import org.mailsim.scenario.device.AppContext;
import org.mailsim.scenario.device.Sender;

/**
 * Sends the way a mail app's outgoing-server settings say: connect (TLS first on implicit-TLS
 * ports, RFC 8314 §3.3), greeting, EHLO, STARTTLS and EHLO again (RFC 3207 §4.2), AUTH PLAIN
 * when the server offers it (RFC 4954, RFC 4616), MAIL with SIZE= (RFC 1870), RCPT, DATA (RFC 5321 §3.3), QUIT. One instance per device: it
 * numbers the device's Message-IDs 1, 2, 3 … so every replay writes the same ones.
 */
public final class SmtpSender implements Sender {

    /** What a mail app says when the server lists no login it can use (Thunderbird: "does not support the selected authentication method"). */
    static final String NO_LOGIN_OFFERED = "Not sent: the outgoing server offers no way to log in here (no AUTH PLAIN in its"
            + " EHLO reply), so the app did not send the password. Servers often offer logins only after STARTTLS — check the security setting";

    private final BooleanSupplier userTrustsCertificate;
    private int messagesWritten;

    /** @param userTrustsCertificate asked at each send: the user may accept the certificate meanwhile */
    public SmtpSender(BooleanSupplier userTrustsCertificate) {
        this.userTrustsCertificate = userTrustsCertificate;
    }

    @Override
    public Result send(AppContext context, String to, String subject, String body) {
        return send(context, context.device().outgoing(), to, subject, body);
    }

    /** Sends through {@code outgoing} instead of the device's outgoing settings (a device that only speaks SMTP). */
    public Result send(AppContext context, OutgoingSpec outgoing, String to, String subject, String body) {
        if (!to.matches("[^\\s<>@]+@[^\\s<>@]+")) return failed("Not sent: the recipient is not an email address");
        OutgoingMessage message = compose(context, to, subject, body);
        ClientConnection smtp;
        try {
            smtp = outgoing.security() == Security.IMPLICIT_TLS ? ImplicitTls.connect(context, outgoing.port(), trusts())
                    : context.network().connect(context.name(), outgoing.port());
        } catch (IOException e) {
            return failed(ConnectionTrouble.explain(e, "the outgoing server", context.device().settings().serverName(), outgoing.port(), outgoing.security()));
        }
        try (smtp) {
            try {
                submit(smtp, context, outgoing, message);
                return new Result(List.of("Sent"), Optional.of(message.bytes()));
            } catch (SendRefusal refusal) {
                quitQuietly(smtp); // before try-with-resources closes the connection: the QUIT must still reach the server
                return failed(refusal.notice());
            }
        } catch (IOException e) {
            return failed(ConnectionTrouble.explain(e, "the outgoing server", context.device().settings().serverName(), outgoing.port(), outgoing.security()));
        }
    }

    private OutgoingMessage compose(AppContext context, String to, String subject, String body) {
        messagesWritten++;
        String messageId = messagesWritten + "." + context.name() + "@mail.mailsim.test";
        return new OutgoingMessage(context.clock().instant(), context.account().address(), to, subject.replaceAll("[\r\n]", " "), messageId, body);
    }

    private void submit(ClientConnection smtp, AppContext context, OutgoingSpec outgoing, OutgoingMessage message)
            throws IOException, SendRefusal {
        expect(smtp, SmtpResponse.read(smtp), 220);                                   // RFC 5321 §4.2: greeting
        String ehlo = "EHLO " + context.name() + ".mailsim.test";
        SmtpResponse capabilities = expect(smtp, command(smtp, ehlo), 250);
        if (outgoing.security() == Security.STARTTLS) {
            if (capabilities.offers("STARTTLS")) {
                expect(smtp, command(smtp, "STARTTLS"), 220);                         // RFC 3207 §4
                smtp.startTls(context.tls(trusts()));
                capabilities = expect(smtp, command(smtp, ehlo), 250);                // RFC 3207 §4.2: forget, EHLO again
            } else if (context.device().settings().tlsPolicy() == TlsPolicy.REQUIRE) {
                throw SendRefusal.because("Not sent: the server does not offer STARTTLS and this device requires it"
                        + " (RFC 8314 §5.2) — someone on the network may have removed it");
            }
        }
        if (outgoing.authenticate()) {
            // RFC 4954 §3: the EHLO reply's AUTH keyword lists the mechanisms on offer; with none
            // listed a client has nothing to log in with and does not send AUTH (nor its password).
            if (!capabilities.offersAuth("PLAIN")) throw SendRefusal.because(NO_LOGIN_OFFERED);
            expect(smtp, command(smtp, "AUTH PLAIN " + SaslPlain.initialResponse(context.account().login(), context.password())), 235); // RFC 4954 §4
        }
        String body = message.isEightBit() && capabilities.offers("8BITMIME") ? " BODY=8BITMIME" : ""; // RFC 6152 §3
        // RFC 1870 §5, §6: declare the size when the server lists SIZE, as Thunderbird does; a server
        // can then refuse a recipient whose mailbox has no room at RCPT (§6.4), before the data.
        String size = capabilities.offers("SIZE") ? " SIZE=" + message.bytes().length : "";
        expect(smtp, command(smtp, "MAIL FROM:<" + message.from() + ">" + body + size), 250); // RFC 5321 §4.1.1.2
        expect(smtp, command(smtp, "RCPT TO:<" + message.to() + ">"), 250);          // RFC 5321 §4.1.1.3
        expect(smtp, command(smtp, "DATA"), 354);                                     // RFC 5321 §4.1.1.4
        smtp.sendRaw(message.dataBlock());
        expect(smtp, SmtpResponse.read(smtp), 250);
        command(smtp, "QUIT");                                                        // RFC 5321 §4.1.1.10
    }

    private static SmtpResponse command(ClientConnection smtp, String line) throws IOException {
        smtp.send(line);
        return SmtpResponse.read(smtp);
    }

    private static SmtpResponse expect(ClientConnection smtp, SmtpResponse reply, int code) throws SendRefusal {
        if (reply.code() != code) throw SendRefusal.of(reply, smtp.isTls());
        return reply;
    }

    /** After a refusal a polite client still says goodbye (RFC 5321 §4.1.1.10). */
    private static void quitQuietly(ClientConnection smtp) {
        try {
            if (!smtp.serverClosed()) command(smtp, "QUIT");
        } catch (IOException e) {
            // The server has gone already: nothing left to close politely.
        }
    }

    private boolean trusts() {
        return userTrustsCertificate.getAsBoolean();
    }

    private static Result failed(String notice) {
        return new Result(List.of(notice), Optional.empty());
    }
}
