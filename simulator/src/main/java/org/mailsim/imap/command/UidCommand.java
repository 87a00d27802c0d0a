package org.mailsim.imap.command;

import java.util.Map;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.ParseException;

/**
 * RFC 3501 §6.4.8 UID: COPY, FETCH, STORE and SEARCH with UIDs instead of sequence numbers;
 * RFC 6851 adds UID MOVE, RFC 4315 UID EXPUNGE. §7.4.1: "UID FETCH, UID STORE, and UID SEARCH
 * are different commands from FETCH, STORE, and SEARCH. An EXPUNGE response MAY be sent during a
 * UID command", and Dovecot sends it; so every UID sub-command allows it, unlike plain FETCH,
 * STORE and SEARCH, whose sequence numbers the client must be able to trust.
 * <pre>uid = "UID" SP (copy / move / fetch / search / store / uid-expunge)</pre>
 */
final class UidCommand implements ImapCommand<UidCommand.Request> {
    private record Sub(ImapCommand<?> handler, boolean expungeAllowed) { }

    private static final Map<String, Sub> SUBCOMMANDS = Map.of(
            "COPY", new Sub(new CopyCommand(false, true), true),
            "MOVE", new Sub(new CopyCommand(true, true), true),
            "FETCH", new Sub(new FetchCommand(true), true),
            "SEARCH", new Sub(new SearchCommand(true), true),
            "STORE", new Sub(new StoreCommand(true), true),
            "EXPUNGE", new Sub(new ExpungeCommand(true), true));

    /** The sub-command, parsed by its own command class. */
    record Request(String name, Parsed<?> command, boolean expungeAllowed) { }

    @Override
    public Request parse(ImapReader args) {
        args.sp();
        String name = args.keyword();
        Sub sub = SUBCOMMANDS.get(name);
        if (sub == null) throw new ParseException("Unknown command"); // Dovecot: "Error in IMAP command UID X: Unknown command"
        return new Request(name, Parsed.of(sub.handler(), args), sub.expungeAllowed());
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        session.expungeResponsesAllowed(request.expungeAllowed());
        return request.command().execute(session, out);
    }
}
