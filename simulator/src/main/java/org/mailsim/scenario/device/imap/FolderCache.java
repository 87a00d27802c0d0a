package org.mailsim.scenario.device.imap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.mailsim.imap.message.MessageText;
import org.mailsim.scenario.device.MessageRow;
import org.mailsim.store.RawMessage;

/**
 * What the app remembers of one folder, keyed by UID as RFC 3501 §2.3.1.1 allows: valid as long
 * as UIDVALIDITY stays the same. Sequence numbers belong to one session (§2.3.1.2), so the app
 * keeps them in a separate list, shifted on every EXPUNGE (§7.4.1) and grown on EXISTS (§7.3.1);
 * 0 stands for a message the server announced but the app has not fetched yet.
 */
final class FolderCache {
    /** One message as the list shows it. */
    record Cached(long uid, String from, String subject, Set<String> flags) {
        Cached {
            flags = Set.copyOf(flags);
        }

        boolean has(String flag) {
            return flags.stream().anyMatch(f -> f.equalsIgnoreCase(flag));
        }

        MessageRow row() {
            return new MessageRow(Long.toString(uid), from, subject, !has("\\Seen"), has("\\Flagged"), has("\\Deleted"));
        }
    }

    private long uidValidity;
    private final Map<Long, Cached> byUid = new TreeMap<>();
    private final List<Long> uidBySequence = new ArrayList<>();

    /**
     * After SELECT: a new session numbers messages afresh. A changed UIDVALIDITY means the UIDs
     * known are no longer the same messages (RFC 3501 §2.3.1.1): forget them all.
     */
    void selected(long validity, int exists) {
        if (validity != uidValidity) byUid.clear();
        uidValidity = validity;
        uidBySequence.clear();
        exists(exists);
    }

    /** RFC 3501 §7.3.1: n EXISTS — the folder now has n messages; new ones are unknown until fetched. */
    void exists(int count) {
        while (uidBySequence.size() < count) uidBySequence.add(0L);
    }

    /** RFC 3501 §7.4.1: n EXPUNGE — message n is gone and every later number drops by one. */
    void expunge(int number) {
        if (number < 1 || number > uidBySequence.size()) return;
        byUid.remove(uidBySequence.remove(number - 1));
    }

    /** RFC 3501 §7.4.2: n FETCH — learn message n's UID, and its flags and headers when given. */
    void fetched(FetchItems items) {
        exists(items.number());
        long uid = items.uid() != null ? items.uid() : uidBySequence.get(items.number() - 1);
        if (uid == 0) return;
        uidBySequence.set(items.number() - 1, uid);
        Cached known = byUid.get(uid);
        if (items.header() != null) {
            RawMessage header = RawMessage.of(items.header());
            known = new Cached(uid, first(header, "From"), first(header, "Subject"),
                    items.flags() != null ? items.flags() : known != null ? known.flags() : Set.of());
        } else if (known != null && items.flags() != null) {
            known = new Cached(uid, known.from(), known.subject(), items.flags());
        }
        if (known != null) byUid.put(uid, known);
    }

    /** After {@code UID FETCH 1:h (UID FLAGS)}: a cached UID the server did not answer for was expunged elsewhere. */
    void keepOnly(long upToUid, Collection<Long> answered) {
        byUid.keySet().removeIf(uid -> uid <= upToUid && !answered.contains(uid));
        uidBySequence.removeIf(uid -> uid != 0 && uid <= upToUid && !answered.contains(uid));
    }

    long uidValidity() {
        return uidValidity;
    }

    long highestUid() {
        return byUid.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** True when the server announced messages (EXISTS) the app has not fetched yet. */
    boolean hasUnfetched() {
        return uidBySequence.stream().anyMatch(uid -> uid == 0 || !byUid.containsKey(uid));
    }

    /** The list as the screen shows it, oldest first (sequence order). */
    List<Cached> messages() {
        return uidBySequence.stream().map(byUid::get).filter(java.util.Objects::nonNull).toList();
    }

    /** "message n": the n-th row of the list. */
    Optional<Cached> row(int n) {
        List<Cached> rows = messages();
        return n >= 1 && n <= rows.size() ? Optional.of(rows.get(n - 1)) : Optional.empty();
    }

    Optional<Cached> byUid(long uid) {
        return Optional.ofNullable(byUid.get(uid));
    }

    private static String first(RawMessage header, String field) {
        return MessageText.headerValues(header, field).stream().findFirst().orElse("");
    }
}
