package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;

/** RFC 3501 §6.1.1 CAPABILITY: {@code * CAPABILITY …} listing what the server supports now. No arguments. */
final class CapabilityCommand implements ImapCommand {
    @Override
    public Outcome execute(ImapReader args, ImapContext session, Responses out) {
        args.end();
        out.untagged("CAPABILITY " + Capabilities.of(session));
        return Completion.ok("Capability completed");
    }
}
