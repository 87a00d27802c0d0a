package org.mailsim.imap.search;

import java.time.LocalDate;
import java.util.List;

import org.mailsim.imap.parse.SequenceSet;
import org.mailsim.store.SystemFlag;

/** One SEARCH criterion (RFC 3501 §6.4.4), parsed by {@link SearchParser}, tested by {@link SearchEvaluator}. */
public sealed interface SearchKey {

    /** ALL. */
    record All() implements SearchKey { }

    /** A sequence set, or UID and a UID set. */
    record Messages(SequenceSet set, boolean byUid) implements SearchKey { }

    /** ANSWERED, DELETED, DRAFT, FLAGGED, SEEN and their UN- forms. */
    record Flag(SystemFlag flag, boolean set) implements SearchKey { }

    /** KEYWORD and UNKEYWORD. */
    record Keyword(String keyword, boolean set) implements SearchKey { }

    /** RECENT (true) and OLD (false); NEW is RECENT UNSEEN. */
    record Recent(boolean recent) implements SearchKey { }

    /** BEFORE / ON / SINCE on the internal date, or SENTBEFORE / SENTON / SENTSINCE on the Date: header. */
    record Date(Comparison comparison, LocalDate date, boolean sent) implements SearchKey { }

    /** SUBJECT and HEADER field string: the field contains the string. */
    record Header(String field, String needle) implements SearchKey { }

    /**
     * FROM, TO, CC and BCC: the addresses of the field, written out plainly, contain the string,
     * so comments, groups and encoded words cannot hide an address (as Dovecot searches them).
     */
    record Address(String field, String needle) implements SearchKey { }

    /** BODY string (body only) or TEXT string (header and body). */
    record Contains(String needle, boolean headerToo) implements SearchKey { }

    /** LARGER n and SMALLER n, on RFC822.SIZE. */
    record Size(long bytes, boolean larger) implements SearchKey { }

    record Not(SearchKey key) implements SearchKey { }

    record Or(SearchKey left, SearchKey right) implements SearchKey { }

    /** Keys side by side, and a parenthesized list: all must match. */
    record And(List<SearchKey> keys) implements SearchKey {
        public And {
            keys = List.copyOf(keys);
        }
    }

    /** The date comparisons of §6.4.4; dates without time, ignoring time zones. */
    enum Comparison { BEFORE, ON, SINCE }
}
