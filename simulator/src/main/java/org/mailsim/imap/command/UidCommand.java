package org.mailsim.imap.command;

import java.util.Map;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.ParseException;

/**
 * RFC 3501 §6.4.8 UID: COPY, FETCH, STORE and SEARCH with UIDs instead of sequence numbers;
 * RFC 6851 adds UID MOVE, RFC 4315 UID EXPUNGE. UID FETCH, STORE and SEARCH may not be followed
 * by {@code * n EXPUNGE} (§7.4.1), the others may.
 * <pre>uid = "UID" SP (copy / move / fetch / search / store / uid-expunge)</pre>
 */
final class UidCommand implements ImapCommand {
    private record Sub(ImapCommand handler, boolean expungeAllowed) { }

    private static final Map<String, Sub> SUBCOMMANDS = Map.of(
            "COPY", new Sub(new CopyCommand(false, true), true),
            "MOVE", new Sub(new CopyCommand(true, true), true),
            "FETCH", new Sub(new FetchCommand(true), false),
            "SEARCH", new Sub(new SearchCommand(true), false),
            "STORE", new Sub(new StoreCommand(true), false),
            "EXPUNGE", new Sub(new ExpungeCommand(true), true));

    @Override
    public Outcome execute(ImapReader args, ImapContext session, Responses out) {
        args.sp();
        Sub sub = SUBCOMMANDS.get(args.keyword());
        if (sub == null) throw new ParseException("Unknown UID command");
        session.expungeResponsesAllowed(sub.expungeAllowed());
        return sub.handler().execute(args, session, out);
    }
}
