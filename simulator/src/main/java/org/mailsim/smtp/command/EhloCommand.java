package org.mailsim.smtp.command;

import java.util.ArrayList;
import java.util.List;

import org.mailsim.net.Reply;
import org.mailsim.smtp.SmtpReply;
import org.mailsim.smtp.SmtpSession;

/**
 * {@code EHLO domain} — RFC 5321 §4.1.1.1: the client names itself; the server answers with
 * the extensions it offers now. What is listed depends on the port and on TLS: STARTTLS only
 * before TLS where offered, AUTH only on submission ports once a password may cross.
 */
final class EhloCommand implements SmtpCommand {

    @Override
    public Reply execute(SmtpArguments arguments, SmtpSession session) {
        String name = ClientName.parse(arguments, "EHLO hostname");
        session.greeted(name, true);
        List<String> lines = new ArrayList<>();
        lines.add(session.context().hostname());
        lines.add("PIPELINING");                                          // RFC 2920
        lines.add("SIZE " + session.settings().maxMessageSize());         // RFC 1870 §4
        if (session.startTlsOffered()) lines.add("STARTTLS");              // RFC 3207 §4
        if (session.authOffered()) lines.add("AUTH PLAIN LOGIN");          // RFC 4954 §3
        lines.add("ENHANCEDSTATUSCODES");                                 // RFC 2034
        lines.add("8BITMIME");                                            // RFC 6152
        return SmtpReply.multiLine(250, lines);
    }
}
