package org.mailsim.smtp.command;

import org.mailsim.net.Reply;
import org.mailsim.smtp.SmtpError;
import org.mailsim.smtp.SmtpReply;
import org.mailsim.smtp.SmtpSession;

/**
 * {@code STARTTLS} — RFC 3207 §4: 220, then the TLS handshake. Afterwards the session is as
 * new: no EHLO, no login (§4.2), so the client must send EHLO again and sees the extension
 * list that applies under TLS (with AUTH, without STARTTLS).
 */
final class StartTlsCommand implements SmtpCommand {
    @Override
    public Reply execute(SmtpArguments arguments, SmtpSession session) {
        if (session.tlsActive()) throw SmtpError.bad(554, "5.5.1", "Error: TLS already active");
        if (!session.startTlsOffered()) throw SmtpError.bad(502, "5.5.1", "Error: command not implemented");
        arguments.requireNone("STARTTLS");                                   // RFC 3207 §4: 501 with parameters
        session.tlsStarted();
        return Reply.builder().line(SmtpReply.of(220, "2.0.0", "Ready to start TLS").line()).then(Reply.Next.START_TLS);
    }
}
