package org.mailsim.imap.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.mailsim.imap.fetch.MessageParts;
import org.mailsim.store.Flags;
import org.mailsim.store.StoredMessage;

/**
 * Tests one message against a {@link SearchKey} (RFC 3501 §6.4.4). String matches are
 * case-insensitive substring matches; header and body text come from {@link MessageParts}.
 *
 * @param parts        the MIME layer
 * @param largestSeq   what {@code *} means for sequence numbers
 * @param largestUid   what {@code *} means for UIDs
 */
public record SearchEvaluator(MessageParts parts, long largestSeq, long largestUid) {

    /** A message as SEARCH sees it: its number in this session and whether it is \Recent here. */
    public record Candidate(int sequence, StoredMessage message, boolean recent) { }

    public boolean matches(SearchKey key, Candidate c) {
        StoredMessage m = c.message();
        return switch (key) {
            case SearchKey.All a -> true;
            case SearchKey.Messages s -> s.byUid() ? s.set().contains(m.uid(), largestUid) : s.set().contains(c.sequence(), largestSeq);
            case SearchKey.Flag f -> m.flags().has(f.flag()) == f.set();
            case SearchKey.Keyword k -> m.flags().hasKeyword(k.keyword()) == k.set();
            case SearchKey.Recent r -> c.recent() == r.recent();
            case SearchKey.Date d -> compare(d, d.sent() ? parts.sentDate(m.raw())
                    : Optional.of(LocalDate.ofInstant(m.internalDate(), ZoneOffset.UTC)));
            case SearchKey.Header h -> parts.headerContains(m.raw(), h.field(), h.needle());
            case SearchKey.Address a -> parts.addressContains(m.raw(), a.field(), a.needle());
            case SearchKey.Contains t -> t.headerToo() ? parts.textContains(m.raw(), t.needle()) : parts.bodyContains(m.raw(), t.needle());
            case SearchKey.Size s -> s.larger() ? m.size() > s.bytes() : m.size() < s.bytes();
            case SearchKey.Not n -> !matches(n.key(), c);
            case SearchKey.Or o -> matches(o.left(), c) || matches(o.right(), c);
            case SearchKey.And a -> a.keys().stream().allMatch(k -> matches(k, c));
        };
    }

    /**
     * A message another session expunged, which this client still numbers: only what the session
     * itself knows (number, UID, flags, \\Recent) can be tested, as in Dovecot; empty when the key
     * needs the message itself (the tagged OK then carries [EXPUNGEISSUED]).
     */
    public Optional<Boolean> matchesExpunged(SearchKey key, int sequence, long uid, Flags flags, boolean recent) {
        return switch (key) {
            case SearchKey.All a -> Optional.of(true);
            case SearchKey.Messages s -> Optional.of(s.byUid() ? s.set().contains(uid, largestUid) : s.set().contains(sequence, largestSeq));
            case SearchKey.Flag f -> Optional.of(flags.has(f.flag()) == f.set());
            case SearchKey.Keyword k -> Optional.of(flags.hasKeyword(k.keyword()) == k.set());
            case SearchKey.Recent r -> Optional.of(recent == r.recent());
            case SearchKey.Not n -> matchesExpunged(n.key(), sequence, uid, flags, recent).map(b -> !b);
            case SearchKey.Or o -> {
                var left = matchesExpunged(o.left(), sequence, uid, flags, recent);
                var right = matchesExpunged(o.right(), sequence, uid, flags, recent);
                if (left.orElse(false) || right.orElse(false)) yield Optional.of(true);
                yield left.isPresent() && right.isPresent() ? Optional.of(false) : Optional.empty();
            }
            case SearchKey.And a -> {
                boolean unknown = false;
                for (SearchKey k : a.keys()) {
                    var one = matchesExpunged(k, sequence, uid, flags, recent);
                    if (one.isPresent() && !one.get()) yield Optional.of(false);
                    unknown |= one.isEmpty();
                }
                yield unknown ? Optional.empty() : Optional.of(true);
            }
            default -> Optional.empty();
        };
    }

    /** RFC 3501 §6.4.4: dates only, "disregarding time and timezone"; no date never matches. */
    private static boolean compare(SearchKey.Date key, Optional<LocalDate> date) {
        if (date.isEmpty()) return false;
        int order = date.get().compareTo(key.date());
        return switch (key.comparison()) {
            case BEFORE -> order < 0;
            case ON -> order == 0;
            case SINCE -> order >= 0;
        };
    }
}
