package org.mailsim.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One folder at one moment (immutable). {@code messages} are in UID order, so the message with
 * sequence number n is {@code messages.get(n - 1)} for a session that has seen every change.
 * {@code keywords} are every keyword used here, in the order first used (IMAP's FLAGS list).
 */
public record FolderSnapshot(
        String name,
        Optional<SpecialUse> specialUse,
        long uidValidity,
        long uidNext,
        boolean subscribed,
        List<StoredMessage> messages,
        List<String> keywords) {

    public FolderSnapshot {
        messages = List.copyOf(messages);
        keywords = List.copyOf(keywords);
    }

    public int exists() {
        return messages.size();
    }

    /** Messages without {@code \Seen} (STATUS UNSEEN, RFC 3501 §6.3.10). */
    public int unseen() {
        int count = 0;
        for (StoredMessage m : messages) if (!m.flags().has(SystemFlag.SEEN)) count++;
        return count;
    }

    /** Sequence number of the first message without {@code \Seen} (SELECT's {@code [UNSEEN n]}). */
    public OptionalInt firstUnseen() {
        for (int i = 0; i < messages.size(); i++) {
            if (!messages.get(i).flags().has(SystemFlag.SEEN)) return OptionalInt.of(i + 1);
        }
        return OptionalInt.empty();
    }

    public Optional<StoredMessage> byUid(long uid) {
        for (StoredMessage m : messages) if (m.uid() == uid) return Optional.of(m);
        return Optional.empty();
    }

    public List<Long> uids() {
        List<Long> uids = new ArrayList<>(messages.size());
        for (StoredMessage m : messages) uids.add(m.uid());
        return uids;
    }

    public long totalBytes() {
        long total = 0;
        for (StoredMessage m : messages) total += m.size();
        return total;
    }

}
