package org.mailsim.imap.command;

import org.mailsim.imap.message.ImapStrings;
import org.mailsim.imap.parse.ImapReader;

/**
 * RFC 2971 ID: client and server tell each other their names. What the client sends is read
 * and not repeated anywhere (STYLE §9).
 * <pre>id = "ID" SP id-params-list     id-params-list = "(" *(string SP nstring) ")" / nil</pre>
 */
final class IdCommand implements ImapCommand<IdCommand.Request> {

    /** @param fields how many field-value pairs the client sent (their content is not kept) */
    record Request(int fields) { }

    @Override
    public Request parse(ImapReader args) {
        int pairs = 0;
        args.sp();
        if (args.peekIs('(')) {
            args.expect('(');
            while (!args.peekIs(')')) {
                if (pairs > 0) args.sp();
                args.string();
                args.sp();
                args.nstring();
                if (++pairs > 30) throw ImapException.bad("Too many ID fields"); // RFC 2971 §3.3: at most 30
            }
            args.expect(')');
        } else {
            args.nstring(); // NIL
        }
        args.end();
        return new Request(pairs);
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        out.untagged("ID (\"name\" " + ImapStrings.string(session.settings().serverName()) + ")");
        return Completion.ok("ID completed");
    }
}
