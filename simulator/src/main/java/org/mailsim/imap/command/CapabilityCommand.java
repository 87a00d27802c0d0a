package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;

/** RFC 3501 §6.1.1 CAPABILITY: {@code * CAPABILITY …} listing what the server supports now. No arguments. */
final class CapabilityCommand implements ImapCommand<ImapCommand.NoArguments> {
    @Override
    public NoArguments parse(ImapReader args) {
        return NoArguments.read(args);
    }

    @Override
    public Outcome execute(NoArguments request, ImapContext session, Responses out) {
        out.untagged("CAPABILITY " + Capabilities.of(session));
        if (session.state() == org.mailsim.imap.ImapState.NOT_AUTHENTICATED) {
            session.capabilityAskedBeforeLogin();
            return Completion.ok("Pre-login capabilities listed, post-login capabilities have more."); // Dovecot's words
        }
        return Completion.ok("Capability completed");
    }
}
