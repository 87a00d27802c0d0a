package org.mailsim.imap.command;

import java.util.ArrayList;
import java.util.List;

import org.mailsim.imap.parse.ImapReader;

/**
 * RFC 5161 ENABLE: switch on extensions that change how the server answers. None of the
 * capabilities mailsim offers needs enabling, so the answer is always an empty
 * {@code * ENABLED}. <pre>enable = "ENABLE" 1*(SP capability)</pre>
 */
final class EnableCommand implements ImapCommand<EnableCommand.Request> {

    record Request(List<String> capabilities) {
        Request {
            capabilities = List.copyOf(capabilities);
        }
    }

    @Override
    public Request parse(ImapReader args) {
        List<String> capabilities = new ArrayList<>();
        do {
            args.sp();
            capabilities.add(args.keyword());
        } while (!args.atEnd());
        return new Request(capabilities);
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        // RFC 5161 §3.2: ENABLED lists what was newly enabled. mailsim enables no extension, and an
        // empty list is left out, as Dovecot (cmd-enable.c) does.
        return Completion.ok("Enabled");
    }
}
