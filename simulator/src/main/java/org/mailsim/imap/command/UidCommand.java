package org.mailsim.imap.command;

import java.util.Map;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.ParseException;

/**
 * RFC 3501 §6.4.8 UID: COPY, FETCH, STORE and SEARCH with UIDs instead of sequence numbers;
 * RFC 6851 adds UID MOVE, RFC 4315 UID EXPUNGE. UID FETCH, STORE and SEARCH may not be followed
 * by {@code * n EXPUNGE} (§7.4.1), the others may: the command table says "no" for UID, and
 * {@link #execute} allows it for the sub-commands that may.
 * <pre>uid = "UID" SP (copy / move / fetch / search / store / uid-expunge)</pre>
 */
final class UidCommand implements ImapCommand<UidCommand.Request> {
    private record Sub(ImapCommand<?> handler, boolean expungeAllowed) { }

    private static final Map<String, Sub> SUBCOMMANDS = Map.of(
            "COPY", new Sub(new CopyCommand(false, true), true),
            "MOVE", new Sub(new CopyCommand(true, true), true),
            "FETCH", new Sub(new FetchCommand(true), false),
            "SEARCH", new Sub(new SearchCommand(true), false),
            "STORE", new Sub(new StoreCommand(true), false),
            "EXPUNGE", new Sub(new ExpungeCommand(true), true));

    /** The sub-command, parsed by its own command class. */
    record Request(String name, Parsed<?> command, boolean expungeAllowed) { }

    @Override
    public Request parse(ImapReader args) {
        args.sp();
        String name = args.keyword();
        Sub sub = SUBCOMMANDS.get(name);
        if (sub == null) throw new ParseException("Unknown UID command");
        return new Request(name, Parsed.of(sub.handler(), args), sub.expungeAllowed());
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        session.expungeResponsesAllowed(request.expungeAllowed());
        return request.command().execute(session, out);
    }
}
