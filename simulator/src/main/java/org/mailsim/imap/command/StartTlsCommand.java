package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.net.Reply;

/**
 * RFC 3501 §6.2.1 STARTTLS: the tagged OK, then the TLS handshake on the same connection. Only
 * in the not-authenticated state and only where offered; after it the client must ask for
 * CAPABILITY again, as the list changes (RFC 3501 §6.2.1, RFC 8314 §4). No arguments.
 */
final class StartTlsCommand implements ImapCommand<ImapCommand.NoArguments> {
    @Override
    public NoArguments parse(ImapReader args) {
        return NoArguments.read(args);
    }

    @Override
    public Outcome execute(NoArguments request, ImapContext session, Responses out) {
        if (session.tls()) throw ImapException.bad("TLS is already active");
        if (!session.startTlsAvailable()) throw ImapException.bad("STARTTLS is not offered on this port");
        session.tlsStarted();
        return Completion.ok("Begin TLS negotiation now").then(Reply.Next.START_TLS);
    }
}
