package org.mailsim.imap.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.ParseException;
import org.mailsim.imap.parse.SequenceSet;
import org.mailsim.imap.sync.SelectedMailbox;
import org.mailsim.store.Flags;
import org.mailsim.store.MailStore;

/**
 * RFC 3501 §6.4.6 STORE (and §6.4.8 UID STORE): set, add or remove flags. Unless {@code .SILENT},
 * answers with each message's new flags in an untagged FETCH (with its UID for UID STORE).
 * Other sessions hear of the change through the store (RFC 3501 §7.4.2).
 * <pre>store = "STORE" SP sequence-set SP store-att-flags
 * store-att-flags = (["+" / "-"] "FLAGS" [".SILENT"]) SP (flag-list / (flag *(SP flag)))</pre>
 */
final class StoreCommand implements ImapCommand<StoreCommand.Request> {

    /** {@code messages} get {@code flags} set, added or removed; {@code silent} asks for no FETCH back. */
    record Request(SequenceSet messages, MailStore.FlagMode mode, boolean silent, Flags flags) { }

    private final boolean byUid;

    StoreCommand(boolean byUid) {
        this.byUid = byUid;
    }

    @Override
    public Request parse(ImapReader args) {
        args.sp();
        SequenceSet set = args.sequenceSet();
        args.sp();
        String item = args.keyword();
        boolean silent = item.endsWith(".SILENT");
        String base = silent ? item.substring(0, item.length() - ".SILENT".length()) : item;
        MailStore.FlagMode mode = switch (base) {
            case "FLAGS" -> MailStore.FlagMode.REPLACE;
            case "+FLAGS" -> MailStore.FlagMode.ADD;
            case "-FLAGS" -> MailStore.FlagMode.REMOVE;
            default -> throw new ParseException("Invalid arguments"); // Dovecot's words for it
        };
        args.sp();
        List<String> names;
        if (args.peekIs('(')) {
            names = args.flagList();
        } else {
            names = new ArrayList<>();
            do {
                names.add(args.flag());
            } while (args.trySp());
        }
        args.end();
        return new Request(set, mode, silent, Flags.parse(FlagNames.storable(names)));
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        SelectedMailbox mailbox = session.selected();
        List<Long> uids = mailbox.resolve(request.messages(), byUid);
        if (mailbox.readOnly()) throw ImapException.no("READ-ONLY", "Mailbox is read-only"); // RFC 3501 §6.3.2
        Map<Long, Flags> updated = new java.util.HashMap<>(session.store().storeFlags(session.login(), mailbox.name(), uids,
                request.mode(), request.flags(), session.origin()));
        for (long uid : uids) {
            // Expunged by another session, and this client not yet told (RFC 3501 §7.4.1 forbids
            // it during STORE). RFC 2180 §4.2 allows NO or OK; Dovecot stores the flags in this
            // session's view of the message and answers OK, so mailsim does too.
            if (!updated.containsKey(uid)) mailbox.expungedFlags(uid).ifPresent(old -> {
                Flags now = apply(request.mode(), old, request.flags());
                mailbox.storeExpungedFlags(uid, now);
                updated.put(uid, now);
            });
        }
        // The FETCH responses come from the sync that follows every command (RFC 3501 §7.4.2):
        // there, as in Dovecot, they appear in sequence order among other sessions' changes,
        // after any new keyword is announced (§7.2.6). .SILENT asks for none of our own.
        if (!request.silent()) {
            for (long uid : uids) {
                Flags now = updated.get(uid);
                if (now != null) mailbox.stored(uid, now, byUid);
            }
        }
        return Completion.ok("Store completed");
    }

    private static Flags apply(MailStore.FlagMode mode, Flags old, Flags given) {
        return switch (mode) {
            case REPLACE -> given;
            case ADD -> old.with(given);
            case REMOVE -> old.without(given);
        };
    }
}
