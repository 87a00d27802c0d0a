package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;

/**
 * RFC 5161 ENABLE: switch on extensions that change how the server answers. None of the
 * capabilities mailsim offers needs enabling, so the answer is always an empty
 * {@code * ENABLED}. <pre>enable = "ENABLE" 1*(SP capability)</pre>
 */
final class EnableCommand implements ImapCommand {
    @Override
    public Outcome execute(ImapReader args, ImapContext session, Responses out) {
        do {
            args.sp();
            args.atom();
        } while (!args.atEnd());
        out.untagged("ENABLED"); // RFC 5161 §3.2: only what was newly enabled is listed
        return Completion.ok("Enabled");
    }
}
