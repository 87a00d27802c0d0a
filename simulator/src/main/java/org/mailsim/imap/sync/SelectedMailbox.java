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
import org.mailsim.store.SystemFlag;

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
 * Holds no message data, only UIDs (and the last flags of ghosts): a few kilobytes per idle session.
 */
public final class SelectedMailbox {
    private final String name;
    private final long uidValidity;
    private final boolean readOnly;
    private final UidList uids;
    private final UidList ghosts = new UidList(4);
    /**
     * The flags expunged messages had when they went, kept until the client is told of the
     * expunge: Dovecot still answers STORE and FETCH FLAGS for such a message from them.
     */
    private final Map<Long, Flags> ghostFlags = new java.util.concurrent.ConcurrentHashMap<>();
    private final MailboxKeywords keywords = new MailboxKeywords();
    /** What this command's STORE changed, reported by {@link #sync} with the other changes. */
    private final StoreResults stored = new StoreResults();
    private final ConcurrentLinkedQueue<Change> queue = new ConcurrentLinkedQueue<>();
    /** Pairs (after, upTo]: UID ranges claimed as \Recent by this session (RFC 3501 §2.3.2). */
    private long[] recent = new long[0];
    private int announcedExists;
    /** The last {@code * n RECENT} this client was told; Dovecot repeats it only when it changes. */
    private int announcedRecent;

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
        keywords.load(snapshot.keywords());
        uids.clear();
        for (var m : snapshot.messages()) uids.add(m.uid());
        announcedExists = uids.size();
    }

    /** SELECT told the client this many messages are recent. */
    public void recentAnnounced(int count) {
        announcedRecent = count;
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
            case StoreEvent.MessageAdded e when concerns(e.folder(), e.uidValidity()) -> {
                keywords.heard(e.message().flags().keywords());
                queue.add(new Change.Added(e.message().uid()));
            }
            case StoreEvent.FlagsChanged e when concerns(e.folder(), e.uidValidity()) -> {
                e.flagsByUid().values().forEach(f -> keywords.heard(f.keywords()));
                // Own flag changes are reported by the STORE / FETCH that made them (RFC 3501 §6.4.6).
                if (!own) queue.add(new Change.FlagsSet(e.flagsByUid()));
            }
            case StoreEvent.MessagesExpunged e when concerns(e.folder(), e.uidValidity()) -> {
                ghostFlags.putAll(e.lastFlags());
                queue.add(new Change.Expunged(e.uids()));
            }
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

    /**
     * The flags of a message another session expunged that this client has not yet been told of,
     * as this session last knew them (with its own STOREs since); empty if it was not expunged.
     */
    public java.util.Optional<Flags> expungedFlags(long uid) {
        return java.util.Optional.ofNullable(ghostFlags.get(uid));
    }

    /**
     * A STORE changed this message's flags; {@link #sync} reports it among the other sessions'
     * changes in sequence order, as Dovecot does, with its UID when {@code withUid} (UID STORE).
     */
    public void stored(long uid, Flags flags, boolean withUid) {
        stored.add(uid, flags, withUid);
    }

    /** A STORE on such a message changes only this session's view of it, as in Dovecot. */
    public void storeExpungedFlags(long uid, Flags flags) {
        ghostFlags.computeIfPresent(uid, (u, old) -> flags);
    }

    /**
     * Announces keywords new to this mailbox ({@code * FLAGS}, {@code * OK [PERMANENTFLAGS …]}),
     * before any FETCH that shows them (RFC 3501 §7.2.6). Commands that change flags call it
     * before writing their FETCH responses; {@link #sync} calls it for everything else.
     */
    public void announceNewKeywords(Responses out) {
        keywords.announceNew(readOnly, out);
    }

    /** FLAGS and PERMANENTFLAGS for SELECT and EXAMINE. */
    public void announceFlags(Responses out) {
        keywords.announce(readOnly, out);
    }

    /**
     * The flags as FETCH shows them: the stored ones plus {@code \\Recent} for this session, in
     * Dovecot's order (its imap_write_flags): system flags, {@code \\Recent}, then keywords in the
     * order the mailbox first used them.
     */
    public String flagList(long uid, Flags flags) {
        List<String> names = new ArrayList<>();
        for (SystemFlag flag : DOVECOT_ORDER) if (flags.has(flag)) names.add(flag.imapName());
        if (isRecent(uid)) names.add("\\Recent");
        names.addAll(keywords.ordered(flags.keywords()));
        return "(" + String.join(" ", names) + ")";
    }

    private static final SystemFlag[] DOVECOT_ORDER = {
        SystemFlag.ANSWERED, SystemFlag.FLAGGED, SystemFlag.DELETED, SystemFlag.SEEN, SystemFlag.DRAFT};

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
        int known = announcedExists;
        boolean added = false;
        Map<Long, Flags> changedFlags = new TreeMap<>(); // UID order is sequence order
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
                // A message announced by this very sync (EXISTS) shows its flags when fetched;
                // Dovecot reports flag changes only of messages the client already knew.
                case Change.FlagsSet f -> f.flagsByUid().forEach((uid, flags) -> {
                    int index = uids.indexOf(uid);
                    if (index >= 0 && index < known) changedFlags.put(uid, flags);
                });
                case Change.Expunged x -> {
                    for (long uid : x.uids()) {
                        // Reported now as EXPUNGE: its flag change need not be. Still numbered (a
                        // ghost): Dovecot reports the change with the flags it had when it went.
                        if (expungeAllowed) changedFlags.remove(uid);
                        int index = uids.indexOf(uid);
                        if (index < 0) {
                            ghostFlags.remove(uid);
                            continue;
                        }
                        // Never announced (no EXISTS yet): it can simply vanish, no number shifts.
                        if (index >= announcedExists) {
                            uids.removeAt(index);
                            ghostFlags.remove(uid);
                        } else {
                            ghosts.insert(uid);
                        }
                    }
                }
            }
        }
        changedFlags.putAll(stored.results()); // this command's own STORE, among the others
        // Dovecot's order (imap-sync.c): new keywords, flag changes in sequence order, EXPUNGE, EXISTS, RECENT.
        announceNewKeywords(out);
        stored.write(changedFlags, this, store, login, out);
        if (expungeAllowed) {
            for (int i = 0; i < ghosts.size(); i++) {
                int index = uids.indexOf(ghosts.get(i));
                ghostFlags.remove(ghosts.get(i));
                uids.removeAt(index);
                announcedExists--;
                out.untagged((index + 1) + " EXPUNGE"); // RFC 3501 §7.4.1: numbers shift after each
            }
            ghosts.clear();
        }
        if (uids.size() > announcedExists) {
            announcedExists = uids.size();
            out.untagged(announcedExists + " EXISTS"); // RFC 3501 §7.3.1
            if (added && !readOnly) addRecent(store.claimRecentRange(login, name));
        }
        if (!readOnly && recentCount() != announcedRecent) {
            // RFC 3501 §7.3.2; as Dovecot (imap-sync.c), only when the number changed, also after an EXPUNGE.
            announcedRecent = recentCount();
            out.untagged(announcedRecent + " RECENT");
        }
    }

    /** The flags to show for a change: the ghost's as this session knows them, else the message's own. */
    Flags shownFlags(long uid, Flags fallback, List<org.mailsim.store.StoredMessage> current) {
        if (ghostFlags.containsKey(uid)) return ghostFlags.get(uid);
        return current(current, uid).orElse(fallback);
    }

    /** The stored flags of {@code uid} in a UID-ordered list, if it is still there. */
    static java.util.Optional<Flags> current(List<org.mailsim.store.StoredMessage> messages, long uid) {
        int low = 0;
        int high = messages.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long at = messages.get(mid).uid();
            if (at < uid) low = mid + 1;
            else if (at > uid) high = mid - 1;
            else return java.util.Optional.of(messages.get(mid).flags());
        }
        return java.util.Optional.empty();
    }

    /** Forgets queued changes: the mailbox is being closed. */
    public void discardQueued() {
        queue.clear();
        ghostFlags.clear();
    }

    private boolean concerns(String folder, long validity) {
        return validity == uidValidity && folder.equals(name);
    }
}
