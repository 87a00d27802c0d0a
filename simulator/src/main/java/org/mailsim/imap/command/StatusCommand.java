package org.mailsim.imap.command;

import java.util.ArrayList;
import java.util.List;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.ParseException;
import org.mailsim.store.FolderSnapshot;
import org.mailsim.store.StoreException;

/**
 * RFC 3501 §6.3.10 STATUS: counts for a mailbox without selecting it, in the order asked.
 * <pre>status = "STATUS" SP mailbox SP "(" status-att *(SP status-att) ")"
 * status-att = "MESSAGES" / "RECENT" / "UIDNEXT" / "UIDVALIDITY" / "UNSEEN"</pre>
 */
final class StatusCommand implements ImapCommand<StatusCommand.Request> {
    private static final List<String> ITEMS = List.of("MESSAGES", "RECENT", "UIDNEXT", "UIDVALIDITY", "UNSEEN");

    /** @param items the status-att names asked for, upper case, in the client's order */
    record Request(String mailbox, List<String> items) {
        Request {
            items = List.copyOf(items);
            for (String item : items) if (!ITEMS.contains(item)) throw new ParseException("Unknown STATUS item");
        }
    }

    @Override
    public Request parse(ImapReader args) {
        args.sp();
        String name = args.mailbox();
        args.sp();
        args.expect('(');
        List<String> items = new ArrayList<>();
        do {
            items.add(args.keyword());
        } while (args.trySp());
        args.expect(')');
        args.end();
        return new Request(name, items);
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        FolderSnapshot folder;
        try {
            folder = session.store().folder(session.login(), request.mailbox());
        } catch (StoreException.NoSuchFolder e) {
            throw MailboxNames.nonexistent(request.mailbox(), null);
        }
        List<String> values = new ArrayList<>();
        for (String item : request.items()) {
            long value = switch (item) {
                case "MESSAGES" -> folder.exists();
                case "RECENT" -> session.store().unclaimedRecentCount(session.login(), folder.name());
                case "UIDNEXT" -> folder.uidNext();
                case "UIDVALIDITY" -> folder.uidValidity();
                case "UNSEEN" -> folder.unseen();
                default -> throw new ParseException("Unknown STATUS item");
            };
            values.add(item + " " + value);
        }
        out.untagged("STATUS " + MailboxNames.encode(folder.name()) + " (" + String.join(" ", values) + ")");
        return Completion.ok("Status completed");
    }
}
