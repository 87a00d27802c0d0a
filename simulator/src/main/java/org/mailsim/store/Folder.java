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
                Collections.unmodifiableList(new ArrayList<>(messages)));
    }
}
