package org.mailsim.imap.sync;

import java.util.Arrays;

/**
 * Ascending UIDs in a plain {@code long[]}: the session's map from sequence number (index + 1)
 * to UID (RFC 3501 §2.3.1.2). Eight bytes a message, so an idle session stays small.
 */
final class UidList {
    private long[] uids;
    private int size;

    UidList(int capacity) {
        uids = new long[Math.max(4, capacity)];
    }

    int size() {
        return size;
    }

    long get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
        return uids[index];
    }

    long last() {
        return size == 0 ? 0 : uids[size - 1];
    }

    /** Appends a UID higher than every UID held (UIDs only grow, RFC 3501 §2.3.1.1). */
    void add(long uid) {
        if (uid <= last()) throw new IllegalArgumentException("UIDs must ascend");
        if (size == uids.length) uids = Arrays.copyOf(uids, size * 2);
        uids[size++] = uid;
    }

    /** Adds a UID where it belongs in ascending order; a UID already held is not added twice. */
    void insert(long uid) {
        int at = Arrays.binarySearch(uids, 0, size, uid);
        if (at >= 0) return;
        int index = -at - 1;
        if (size == uids.length) uids = Arrays.copyOf(uids, size * 2);
        System.arraycopy(uids, index, uids, index + 1, size - index);
        uids[index] = uid;
        size++;
    }

    /** Index of the UID, or -1. */
    int indexOf(long uid) {
        int at = Arrays.binarySearch(uids, 0, size, uid);
        return at < 0 ? -1 : at;
    }

    boolean contains(long uid) {
        return indexOf(uid) >= 0;
    }

    void removeAt(int index) {
        System.arraycopy(uids, index + 1, uids, index, size - index - 1);
        size--;
    }

    void remove(long uid) {
        int at = indexOf(uid);
        if (at >= 0) removeAt(at);
    }

    void clear() {
        size = 0;
    }
}
