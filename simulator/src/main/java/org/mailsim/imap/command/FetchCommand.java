package org.mailsim.imap.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mailsim.imap.fetch.FetchItem;
import org.mailsim.imap.fetch.FetchOrder;
import org.mailsim.imap.fetch.FetchParser;
import org.mailsim.imap.fetch.FetchResponseWriter;
import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.SequenceSet;
import org.mailsim.imap.sync.SelectedMailbox;
import org.mailsim.store.Flags;
import org.mailsim.store.MailStore;
import org.mailsim.store.StoredMessage;
import org.mailsim.store.SystemFlag;

/**
 * RFC 3501 §6.4.5 FETCH and §6.4.8 UID FETCH: message data by sequence number or UID.
 * Reading a body without .PEEK marks the message {@code \Seen}, and the new FLAGS go with the
 * response (§6.4.5); UID FETCH always includes UID (§6.4.8). No EXPUNGE may interrupt it (§7.4.1).
 * <pre>fetch = "FETCH" SP sequence-set SP ("ALL" / "FULL" / "FAST" / fetch-att / "(" fetch-att *(SP fetch-att) ")")</pre>
 */
final class FetchCommand implements ImapCommand<FetchCommand.Request> {

    /** @param items the data items asked for, macros already expanded */
    record Request(SequenceSet messages, List<FetchItem> items) {
        Request {
            items = List.copyOf(items);
        }
    }

    private final boolean byUid;

    FetchCommand(boolean byUid) {
        this.byUid = byUid;
    }

    @Override
    public Request parse(ImapReader args) {
        args.sp();
        SequenceSet set = args.sequenceSet();
        args.sp();
        List<FetchItem> asked = FetchParser.parse(args);
        args.end();
        return new Request(set, asked);
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        SelectedMailbox mailbox = session.selected();
        List<Long> uids = mailbox.resolve(request.messages(), byUid);
        mailbox.announceNewKeywords(out); // RFC 3501 §7.2.6: before any FETCH shows a new keyword, as Dovecot
        List<FetchItem> items = new ArrayList<>(request.items());
        if (byUid) items.addFirst(FetchItem.Attribute.UID); // §6.4.8
        boolean marksSeen = !mailbox.readOnly() && items.stream().anyMatch(FetchItem::setsSeen);

        Map<Long, StoredMessage> found = Messages.byUid(session, mailbox, uids);
        List<Long> toMark = new ArrayList<>();
        if (marksSeen) {
            for (StoredMessage m : found.values()) if (!m.flags().has(SystemFlag.SEEN)) toMark.add(m.uid());
        }
        Map<Long, Flags> marked = toMark.isEmpty() ? Map.of() : session.store().storeFlags(session.login(),
                mailbox.name(), toMark, MailStore.FlagMode.ADD, Flags.of(SystemFlag.SEEN), session.origin());
        FetchResponseWriter writer = new FetchResponseWriter(session.parts());
        boolean expungedAsked = false;
        for (long uid : uids) {
            StoredMessage message = found.get(uid);
            if (message == null) {
                expungedAsked |= fetchExpunged(mailbox, uid, items, marksSeen, writer, out);
                continue;
            }
            Flags flags = marked.getOrDefault(uid, message.flags());
            List<FetchItem> these = FetchOrder.dovecot(items, marked.containsKey(uid)); // §6.4.5: changed flags SHOULD be included
            out.raw(writer.write(mailbox.sequenceOf(uid), message.withFlags(flags), these, mailbox.flagList(uid, flags)));
        }
        if (expungedAsked) {
            // RFC 2180 §4.1.2, RFC 5530 §3: another session expunged some of them and this
            // client has not been told yet (§7.4.1 forbids it during FETCH). Dovecot answers
            // what its view still holds (flags, UID), NIL for the text, and completes with OK.
            return Completion.ok("EXPUNGEISSUED", "Some messages were already expunged");
        }
        return Completion.ok("Fetch completed");
    }

    /**
     * A message another session expunged: its UID and the flags this session last knew are
     * still answered, as Dovecot does; true if the client asked for anything else.
     */
    private static boolean fetchExpunged(SelectedMailbox mailbox, long uid, List<FetchItem> items, boolean marksSeen,
                                         FetchResponseWriter writer, Responses out) {
        var known = mailbox.expungedFlags(uid);
        if (known.isEmpty()) return true;
        Flags flags = known.get();
        boolean seenNow = marksSeen && !flags.has(SystemFlag.SEEN);
        if (seenNow) {
            flags = flags.with(SystemFlag.SEEN);
            mailbox.storeExpungedFlags(uid, flags);
        }
        List<FetchItem> these = FetchOrder.dovecot(items, seenNow);
        out.raw(writer.writeExpunged(mailbox.sequenceOf(uid), uid, these, mailbox.flagList(uid, flags)));
        return these.stream().anyMatch(i -> i != FetchItem.Attribute.UID && i != FetchItem.Attribute.FLAGS);
    }
}
