package org.mailsim.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One folder's mutable state. Package-private: only {@link MailStore} touches it, always under
 * the owning account's lock. Messages are kept in UID order, which is also sequence order
 * (RFC 3501 §2.3.1.2).
 */
final class Folder {
    String name;
    final SpecialUse specialUse;
    final long uidValidity;
    long uidNext = 1;
    /** Highest UID some session has already been told is \Recent (RFC 3501 §2.3.2). */
    long recentClaimedUpTo = 0;
    boolean subscribed;
    final List<StoredMessage> messages = new ArrayList<>();
    /**
     * Every keyword ever set on a message here, in the order first used; never shrinks. This is
     * the mailbox's keyword list that IMAP's FLAGS shows (RFC 3501 §7.2.6), kept as Dovecot keeps
     * it: a keyword removed from every message stays "applicable".
     */
    private final List<String> keywords = new ArrayList<>();

    /** Appends a message (its UID above all others) and remembers its keywords. */
    void add(StoredMessage message) {
        messages.add(message);
        remember(message.flags());
    }

    /** Replaces the message at {@code index} (new flags) and remembers its keywords. */
    void set(int index, StoredMessage message) {
        messages.set(index, message);
        remember(message.flags());
    }

    private void remember(Flags flags) {
        for (String k : flags.keywords()) {
            if (keywords.stream().noneMatch(k::equalsIgnoreCase)) keywords.add(k);
        }
    }

    Folder(String name, SpecialUse specialUse, long uidValidity, boolean subscribed) {
        this.name = name;
        this.specialUse = specialUse;
        this.uidValidity = uidValidity;
        this.subscribed = subscribed;
    }

    int indexOfUid(long uid) {
        int low = 0, high = messages.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midUid = messages.get(mid).uid();
            if (midUid < uid) low = mid + 1;
            else if (midUid > uid) high = mid - 1;
            else return mid;
        }
        return -1;
    }

    Optional<StoredMessage> byUid(long uid) {
        int index = indexOfUid(uid);
        return index < 0 ? Optional.empty() : Optional.of(messages.get(index));
    }

    long totalBytes() {
        long total = 0;
        for (StoredMessage m : messages) total += m.size();
        return total;
    }

    FolderSnapshot snapshot() {
        return new FolderSnapshot(name, Optional.ofNullable(specialUse), uidValidity, uidNext, subscribed,
                Collections.unmodifiableList(new ArrayList<>(messages)), List.copyOf(keywords));
    }
}
