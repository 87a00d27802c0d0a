package org.mailsim.imap.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.search.SearchEvaluator;
import org.mailsim.imap.search.SearchKey;
import org.mailsim.imap.search.SearchParser;
import org.mailsim.imap.sync.SelectedMailbox;
import org.mailsim.store.StoredMessage;

/**
 * RFC 3501 §6.4.4 SEARCH and §6.4.8 UID SEARCH: the numbers (or UIDs) of the messages that
 * match every key, in {@code * SEARCH}. CHARSET may name UTF-8 or US-ASCII (which is a part of
 * it, and RFC 3501 requires it); anything else is {@code NO [BADCHARSET (UTF-8)]}.
 * <pre>search = "SEARCH" [SP "CHARSET" SP astring] 1*(SP search-key)</pre>
 */
final class SearchCommand implements ImapCommand<SearchCommand.Request> {

    /** @param charset the CHARSET named, upper case, or null */
    record Request(String charset, SearchKey key) { }

    private final boolean byUid;

    SearchCommand(boolean byUid) {
        this.byUid = byUid;
    }

    @Override
    public Request parse(ImapReader args) {
        args.sp();
        String charset = null;
        if (args.peekWord(c -> c != ' ').toUpperCase(Locale.ROOT).equals("CHARSET")) {
            args.atom();
            args.sp();
            charset = args.astring().toUpperCase(Locale.ROOT);
            args.sp();
        }
        return new Request(charset, SearchParser.parseAll(args));
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        String charset = request.charset();
        if (charset != null && !charset.equals("UTF-8") && !charset.equals("US-ASCII")) {
            throw ImapException.no("BADCHARSET (UTF-8)", "Unsupported charset"); // RFC 3501 §6.4.4: NO, not BAD
        }
        SearchKey key = request.key();
        SelectedMailbox mailbox = session.selected();
        List<Long> uids = new ArrayList<>();
        for (int seq = 1; seq <= mailbox.exists(); seq++) uids.add(mailbox.uidAt(seq));
        Map<Long, StoredMessage> found = Messages.byUid(session, mailbox, uids);
        long largestUid = uids.isEmpty() ? 0 : uids.getLast();
        SearchEvaluator evaluator = new SearchEvaluator(session.parts(), mailbox.exists(), largestUid);
        StringBuilder hits = new StringBuilder("SEARCH");
        boolean expungeIssued = false;
        for (int seq = 1; seq <= uids.size(); seq++) {
            long uid = uids.get(seq - 1);
            StoredMessage message = found.get(uid);
            boolean hit;
            if (message != null) {
                hit = evaluator.matches(key, new SearchEvaluator.Candidate(seq, message, mailbox.isRecent(uid)));
            } else {
                // Expunged by another session, not yet reported (RFC 3501 §7.4.1): Dovecot tests
                // what the session knows of it and says [EXPUNGEISSUED] when it could not tell.
                var flags = mailbox.expungedFlags(uid);
                var known = flags.flatMap(f -> evaluator.matchesExpunged(key, mailbox.sequenceOf(uid), uid, f, mailbox.isRecent(uid)));
                expungeIssued |= known.isEmpty();
                hit = known.orElse(false);
            }
            if (hit) hits.append(' ').append(byUid ? uid : seq);
        }
        out.untagged(hits.toString()); // RFC 3501 §7.2.5
        return expungeIssued ? Completion.ok("EXPUNGEISSUED", "Search completed") : Completion.ok("Search completed");
    }
}
