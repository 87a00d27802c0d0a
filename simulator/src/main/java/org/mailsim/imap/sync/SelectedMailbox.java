package org.mailsim.imap.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.mailsim.imap.command.Responses;
import org.mailsim.imap.parse.ParseException;
import org.mailsim.imap.parse.SequenceSet;
import org.mailsim.store.Flags;
import org.mailsim.store.FolderSnapshot;
import org.mailsim.store.MailStore;
import org.mailsim.store.StoreEvent;

/**
 * One session's view of its selected mailbox (RFC 3501 §3.3): its own sequence numbers, the
 * messages that are {@code \Recent} for it, and the store's changes it has not yet told its
 * client about. This is how several devices stay in sync (RFC 3501 §5.2, §7.4.1):
 * <ul>
 *   <li>the store tells every session of every change, under its lock, in order; a session only
 *       queues the change ({@link #enqueue});</li>
 *   <li>when the session may speak it turns the queue into untagged responses ({@link #sync}):
 *       {@code * n EXISTS} and {@code * n FETCH (FLAGS …)} at any time, {@code * n EXPUNGE} only
 *       when the command allows it, never during FETCH, STORE or SEARCH (§7.4.1), because the
 *       client must be able to trust the sequence numbers it is using;</li>
 *   <li>until then an expunged message keeps its sequence number here (a "ghost"): the client
 *       may still name it, and the store simply no longer has it.</li>
 * </ul>
 * Holds no message data, only UIDs: a few kilobytes per idle session.
 */
public final class SelectedMailbox {
    private final String name;
    private final long uidValidity;
    private final boolean readOnly;
    private final UidList uids;
    private final UidList ghosts = new UidList(4);
    private final ConcurrentLinkedQueue<Change> queue = new ConcurrentLinkedQueue<>();
    /** Pairs (after, upTo]: UID ranges claimed as \Recent by this session (RFC 3501 §2.3.2). */
    private long[] recent = new long[0];
    private int announcedExists;

    /**
     * A change to this mailbox as the session keeps it until it may report it: UIDs and flags
     * only, never the message itself (a session idle for half an hour holds no mail).
     */
    private sealed interface Change {
        record Added(long uid) implements Change { }

        record FlagsSet(Map<Long, Flags> flagsByUid) implements Change { }

        record Expunged(List<Long> uids) implements Change { }
    }

    public SelectedMailbox(String name, long uidValidity, boolean readOnly) {
        this.name = name;
        this.uidValidity = uidValidity;
        this.readOnly = readOnly;
        this.uids = new UidList(16);
    }

    /** Takes the mailbox's messages as the client will be told of them by SELECT. */
    public void load(FolderSnapshot snapshot) {
        uids.clear();
        for (var m : snapshot.messages()) uids.add(m.uid());
        announcedExists = uids.size();
    }

    /** Records a \Recent claim made by SELECT or by {@link #sync}. */
    public void addRecent(MailStore.RecentClaim claim) {
        if (claim.upTo() <= claim.after()) return;
        long[] more = java.util.Arrays.copyOf(recent, recent.length + 2);
        more[recent.length] = claim.after();
        more[recent.length + 1] = claim.upTo();
        recent = more;
    }

    /**
     * Called by the store's listener, under the store's lock: only queue (StoreListener contract).
     *
     * @param own true when this session's running command caused the change: its own flag
     *            changes are reported by its STORE / FETCH responses, not a second time
     */
    public void enqueue(StoreEvent event, boolean own) {
        switch (event) {
            case StoreEvent.MessageAdded e when concerns(e.folder(), e.uidValidity()) -> queue.add(new Change.Added(e.message().uid()));
            // Own flag changes are reported by the STORE / FETCH that made them (RFC 3501 §6.4.6).
            case StoreEvent.FlagsChanged e when concerns(e.folder(), e.uidValidity()) && !own -> queue.add(new Change.FlagsSet(e.flagsByUid()));
            case StoreEvent.MessagesExpunged e when concerns(e.folder(), e.uidValidity()) -> queue.add(new Change.Expunged(e.uids()));
            default -> { } // other mailboxes, folder events: nothing this session must report
        }
    }

    public boolean hasQueuedEvents() {
        return !queue.isEmpty();
    }

    public String name() {
        return name;
    }

    public long uidValidity() {
        return uidValidity;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** The number of messages the client knows of ({@code * n EXISTS}). */
    public int exists() {
        return uids.size();
    }

    public long uidAt(int sequence) {
        return uids.get(sequence - 1);
    }

    /** The sequence number of a UID, or 0 when the client does not know it. */
    public int sequenceOf(long uid) {
        return uids.indexOf(uid) + 1;
    }

    public boolean isRecent(long uid) {
        for (int i = 0; i < recent.length; i += 2) if (uid > recent[i] && uid <= recent[i + 1]) return true;
        return false;
    }

    public int recentCount() {
        int count = 0;
        for (int i = 0; i < uids.size(); i++) if (isRecent(uids.get(i))) count++;
        return count;
    }

    /** The flags as FETCH shows them: the stored ones plus {@code \Recent} for this session. */
    public String flagList(long uid, Flags flags) {
        List<String> names = new ArrayList<>(flags.imapNames());
        if (isRecent(uid)) names.add("\\Recent");
        return "(" + String.join(" ", names) + ")";
    }

    /**
     * The UIDs a sequence set names, in ascending order (RFC 3501 §6.4.8 for UID sets).
     * Sequence numbers past the last message are a client error; unknown UIDs are skipped.
     */
    public List<Long> resolve(SequenceSet set, boolean byUid) {
        List<Long> picked = new ArrayList<>();
        if (byUid) {
            long largest = uids.last();
            for (int i = 0; i < uids.size(); i++) if (set.contains(uids.get(i), largest)) picked.add(uids.get(i));
            return picked;
        }
        for (SequenceSet.Range range : set.ranges()) {
            // A number past the last message is a client error; "5:*" only reaches as far as "*" does.
            boolean star = range.first() == SequenceSet.STAR || range.last() == SequenceSet.STAR;
            if (!star && Math.max(range.first(), range.last()) > uids.size()) throw new ParseException("Invalid messageset");
        }
        for (int seq = 1; seq <= uids.size(); seq++) if (set.contains(seq, uids.size())) picked.add(uids.get(seq - 1));
        return picked;
    }

    /**
     * Turns queued store changes into untagged responses, in the order they happened.
     *
     * @param expungeAllowed false during FETCH, STORE and SEARCH (RFC 3501 §7.4.1): expunged
     *                       messages then stay as ghosts until a later command
     */
    public void sync(boolean expungeAllowed, MailStore store, String login, Responses out) {
        boolean added = false;
        Map<Long, Flags> changedFlags = new TreeMap<>();
        Change change;
        while ((change = queue.poll()) != null) {
            switch (change) {
                case Change.Added a -> {
                    // The snapshot SELECT loaded may already hold it: UIDs only ascend.
                    if (a.uid() > uids.last()) {
                        uids.add(a.uid());
                        added = true;
                    }
                }
                case Change.FlagsSet f -> f.flagsByUid().forEach((uid, flags) -> {
                    if (uids.contains(uid) && !ghosts.contains(uid)) changedFlags.put(uid, flags);
                });
                case Change.Expunged x -> {
                    for (long uid : x.uids()) {
                        changedFlags.remove(uid);
                        int index = uids.indexOf(uid);
                        if (index < 0) continue;
                        // Never announced (no EXISTS yet): it can simply vanish, no number shifts.
                        if (index >= announcedExists) uids.removeAt(index);
                        else ghosts.insert(uid);
                    }
                }
            }
        }
        if (expungeAllowed) {
            for (int i = 0; i < ghosts.size(); i++) {
                int index = uids.indexOf(ghosts.get(i));
                uids.removeAt(index);
                announcedExists--;
                out.untagged((index + 1) + " EXPUNGE"); // RFC 3501 §7.4.1: numbers shift after each
            }
            ghosts.clear();
        }
        if (uids.size() > announcedExists) {
            announcedExists = uids.size();
            out.untagged(announcedExists + " EXISTS"); // RFC 3501 §7.3.1
            if (added && !readOnly) {
                addRecent(store.claimRecentRange(login, name));
                out.untagged(recentCount() + " RECENT"); // RFC 3501 §7.3.2
            }
        }
        changedFlags.forEach((uid, flags) ->
                out.untagged(sequenceOf(uid) + " FETCH (FLAGS " + flagList(uid, flags) + ")")); // RFC 3501 §7.4.2
    }

    /** Forgets queued changes: the mailbox is being closed. */
    public void discardQueued() {
        queue.clear();
    }

    private boolean concerns(String folder, long validity) {
        return validity == uidValidity && folder.equals(name);
    }
}
