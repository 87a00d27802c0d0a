package org.mailsim.pop3;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.mailsim.store.FolderSnapshot;
import org.mailsim.store.StoredMessage;

/**
 * The maildrop as one POP3 session sees it: INBOX at the moment the session entered
 * TRANSACTION. RFC 1939 §5 numbers messages 1…n for the whole session, so mail delivered later
 * does not appear, and deleting marks a number without renumbering the others.
 *
 * <p>Messages another session (IMAP) expunges meanwhile are remembered as gone: asking for them
 * answers {@code -ERR}, they no longer count in STAT, and QUIT does not try to remove them again.
 */
public final class Maildrop {

    private final long uidValidity;
    private final List<StoredMessage> messages;
    private final BitSet deleted = new BitSet();
    /** Messages sent whole with RETR: they become \Seen when the session ends (as Dovecot does). */
    private final BitSet retrieved = new BitSet();
    private final Set<Long> gone;

    /**
     * @param inbox  INBOX when TRANSACTION began
     * @param gone   UIDs other sessions expunged, filled by a store listener on another thread;
     *               registered before the snapshot was taken, so no expunge falls between
     */
    public Maildrop(FolderSnapshot inbox, Set<Long> gone) {
        this.uidValidity = inbox.uidValidity();
        this.messages = inbox.messages();
        this.gone = gone;
    }

    /** A thread-safe set for {@code gone}. */
    public static Set<Long> newGoneSet() {
        return ConcurrentHashMap.newKeySet();
    }

    /** Every message number, 1…n, fixed for the session. */
    public int size() {
        return messages.size();
    }

    /** True when message n exists, is not marked deleted and was not removed meanwhile. */
    public boolean isListed(int n) {
        return n >= 1 && n <= messages.size() && !deleted.get(n - 1) && !gone.contains(messages.get(n - 1).uid());
    }

    /** STAT's first number: messages not marked deleted (RFC 1939 §5, STAT). */
    public int count() {
        int count = 0;
        for (int n = 1; n <= messages.size(); n++) if (isListed(n)) count++;
        return count;
    }

    /** STAT's second number: their size in octets. */
    public long octets() {
        long octets = 0;
        for (int n = 1; n <= messages.size(); n++) if (isListed(n)) octets += messages.get(n - 1).size();
        return octets;
    }

    /** Message n for RETR, TOP, LIST n, UIDL n and DELE, or the {@code -ERR} RFC 1939 §5 gives. */
    public StoredMessage message(int n) {
        if (n < 1 || n > messages.size()) throw Pop3Error.refused("no such message");
        if (deleted.get(n - 1)) throw Pop3Error.refused("message " + n + " already deleted"); // RFC 1939 §5
        if (gone.contains(messages.get(n - 1).uid())) {
            throw Pop3Error.refused("message " + n + " was removed by another session");
        }
        return messages.get(n - 1);
    }

    /** DELE: marks, the store is not touched until UPDATE (RFC 1939 §5, §6). */
    public void markDeleted(int n) {
        message(n);
        deleted.set(n - 1);
    }

    /** RSET: every mark is removed (RFC 1939 §5), and, as in Dovecot, the pending \Seen marks too. */
    public void unmarkAll() {
        deleted.clear();
        retrieved.clear();
    }

    /**
     * RETR sent message n whole. RFC 1939 knows no flags; Dovecot (pop3_no_flag_updates = no, its
     * default) sets IMAP's \Seen on what POP3 downloaded, so an IMAP device shows it read. TOP
     * does not count: it is a peek.
     */
    public void markRetrieved(int n) {
        retrieved.set(n - 1);
    }

    /** The UIDs to mark \Seen when the session ends, and forgets them (they are saved once). */
    public List<Long> takeRetrievedUids() {
        List<Long> uids = new ArrayList<>();
        for (int i = retrieved.nextSetBit(0); i >= 0; i = retrieved.nextSetBit(i + 1)) {
            long uid = messages.get(i).uid();
            if (!deleted.get(i) && !gone.contains(uid)) uids.add(uid);
        }
        retrieved.clear();
        return uids;
    }

    /** The UIDs to remove in UPDATE: marked, and not already removed by someone else. */
    public List<Long> markedUids() {
        List<Long> uids = new ArrayList<>();
        for (int i = deleted.nextSetBit(0); i >= 0; i = deleted.nextSetBit(i + 1)) {
            long uid = messages.get(i).uid();
            if (!gone.contains(uid)) uids.add(uid);
        }
        return uids;
    }

    /**
     * The unique-id listing of message n (RFC 1939 §7, UIDL): UIDVALIDITY and UID, eight hex
     * digits each, as Dovecot's {@code %08Xv%08Xu}. Stable across sessions, never a sequence number.
     */
    public String uniqueId(int n) {
        return "%08X%08X".formatted(uidValidity, message(n).uid());
    }
}
