package org.mailsim.imap.sync;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.mailsim.imap.command.Responses;

/**
 * The keywords one session has been told its selected mailbox uses, and the new ones it must
 * still announce. RFC 3501 §7.2.6: FLAGS lists "the flags that are applicable for this mailbox";
 * a client that meets a flag not in that list may not know how to show it. So, as Dovecot does,
 * a keyword first used by any session ({@code STORE +FLAGS ($Label1)}, {@code APPEND ($Label1) …})
 * is announced to every session with the mailbox selected with {@code * FLAGS} and
 * {@code * OK [PERMANENTFLAGS …]} before any FETCH that carries it.
 */
final class MailboxKeywords {
    /** RFC 3501 §2.3.2 system flags, in the order Dovecot lists them. */
    static final String SYSTEM_FLAGS = "\\Answered \\Flagged \\Deleted \\Seen \\Draft";

    private final Set<String> announced = new LinkedHashSet<>();
    private final Set<String> announcedLower = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    /** Keywords heard from the store's events (any thread); read on the session's thread. */
    private final ConcurrentLinkedQueue<String> heard = new ConcurrentLinkedQueue<>();

    /** The keywords SELECT lists: the client knows these now. */
    void load(List<String> keywords) {
        announced.clear();
        announcedLower.clear();
        for (String k : keywords) if (announcedLower.add(k)) announced.add(k);
    }

    /** Called under the store's lock: only remembers what may be new. */
    void heard(Collection<String> keywords) {
        heard.addAll(keywords);
    }

    /** The FLAGS and PERMANENTFLAGS lines, sent once when a keyword this session has not announced appeared. */
    void announceNew(boolean readOnly, Responses out) {
        boolean grew = false;
        String keyword;
        while ((keyword = heard.poll()) != null) {
            if (announcedLower.add(keyword)) {
                announced.add(keyword);
                grew = true;
            }
        }
        if (grew) announce(readOnly, out);
    }

    /** A message's keywords in the order this mailbox first used them (Dovecot's keyword index order). */
    List<String> ordered(java.util.SortedSet<String> mine) {
        if (mine.isEmpty()) return List.of();
        List<String> out = new java.util.ArrayList<>(mine.size());
        for (String k : announced) if (mine.contains(k)) out.add(k);
        for (String k : mine) if (!announcedLower.contains(k)) out.add(k); // not yet heard of: last
        return out;
    }

    /** {@code * FLAGS (…)} and {@code * OK [PERMANENTFLAGS (…)]} as SELECT and EXAMINE send them (RFC 3501 §7.2.6, §7.1). */
    void announce(boolean readOnly, Responses out) {
        String flags = SYSTEM_FLAGS + (announced.isEmpty() ? "" : " " + String.join(" ", announced));
        out.untagged("FLAGS (" + flags + ")");
        if (readOnly) out.untagged("OK [PERMANENTFLAGS ()] Read-only mailbox.");
        else out.untagged("OK [PERMANENTFLAGS (" + flags + " \\*)] Flags permitted."); // \* : new keywords allowed
    }
}
