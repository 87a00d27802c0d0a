package org.mailsim.pop3.command;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Pop3Error;
import org.mailsim.pop3.Pop3Session;

/**
 * {@code STLS} — RFC 2595 §4: start TLS on a cleartext connection, in AUTHORIZATION only. After
 * the handshake the session is still in AUTHORIZATION and forgets anything said before it.
 */
final class StlsCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        if (session.tlsActive()) throw Pop3Error.bad("TLS is already active"); // RFC 2595 §4
        if (!session.stlsOffered()) throw Pop3Error.bad("STLS is not offered on this port");
        session.tlsStarted();
        return Reply.builder().line("+OK begin TLS negotiation").then(Reply.Next.START_TLS);
    }
}
