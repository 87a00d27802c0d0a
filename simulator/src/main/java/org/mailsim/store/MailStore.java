package org.mailsim.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * All accounts, their folders and messages. Thread-safe: each account has one lock, every
 * change happens under it, and listeners of the account are told of the change before the lock
 * is released, so all of them see changes in the same order.
 *
 * <p>Folder names: {@code INBOX} is case-insensitive, every other name is case-sensitive
 * (RFC 3501 §5.1). The hierarchy delimiter is {@code /}.
 *
 * <p>Deterministic mode ({@link #deterministic}) uses an injected clock and numbers UIDVALIDITY
 * 1, 2, 3… so that two scenario replays give the same store, byte for byte.
 */
public final class MailStore {

    /** The hierarchy delimiter between folder name levels (LIST's second field). */
    public static final char DELIMITER = '/';

    private final Clock clock;
    private final AtomicLong nextUidValidity;
    private final Map<String, AccountData> accounts = new ConcurrentHashMap<>();
    private final List<StoreListener> allListeners = new CopyOnWriteArrayList<>();
    private volatile int messageLimit;

    private MailStore(Clock clock, long firstUidValidity) {
        this.clock = clock;
        this.nextUidValidity = new AtomicLong(firstUidValidity);
    }

    /**
     * At most {@code max} messages per account over all its folders (0: no limit), the MESSAGE
     * resource of RFC 9208 §5.2; an APPEND, COPY or delivery past it fails as a full mailbox
     * does. The lab's sandboxes use it so that no visitor can fill the server's memory.
     */
    public MailStore limitMessagesPerAccount(int max) {
        if (max < 0) throw new IllegalArgumentException("negative message limit");
        this.messageLimit = max;
        return this;
    }

    /** For the live server: UIDVALIDITY starts at the current epoch second, as Dovecot does. */
    public static MailStore live(Clock clock) {
        return new MailStore(clock, Math.max(1, clock.instant().getEpochSecond()));
    }

    /** For replays and tests: the given clock, UIDVALIDITY 1, 2, 3… */
    public static MailStore deterministic(Clock clock) {
        return new MailStore(clock, 1);
    }

    public Clock clock() {
        return clock;
    }

    // ---- accounts ---------------------------------------------------------------------

    /** Adds an account with INBOX and a folder for each special use, all subscribed. */
    public Account addAccount(Account account) {
        AccountData data = new AccountData(account, () -> messageLimit);
        data.folders.put("INBOX", new Folder("INBOX", null, nextUidValidity.getAndIncrement(), true));
        for (SpecialUse use : SpecialUse.values()) {
            data.folders.put(use.defaultName(), new Folder(use.defaultName(), use, nextUidValidity.getAndIncrement(), true));
        }
        if (accounts.putIfAbsent(account.login(), data) != null) {
            throw new IllegalArgumentException("account exists already: " + account.login());
        }
        return account;
    }

    public Optional<Account> account(String login) {
        AccountData data = accounts.get(login);
        return data == null ? Optional.empty() : Optional.of(data.account);
    }

    /** The account a mail address belongs to, compared without case (RFC 5321 §2.4, in practice). */
    public Optional<Account> accountByAddress(String address) {
        for (AccountData data : accounts.values()) {
            if (data.account.address().equalsIgnoreCase(address)) return Optional.of(data.account);
        }
        return Optional.empty();
    }

    /** True when some account has an address in this domain. */
    public boolean isLocalDomain(String domain) {
        for (AccountData data : accounts.values()) {
            if (data.account.domain().equalsIgnoreCase(domain)) return true;
        }
        return false;
    }

    public List<Account> accounts() {
        return accounts.values().stream().map(d -> d.account)
                .sorted(Comparator.comparing(Account::login)).toList();
    }

    /** Checks a password in constant time; empty when the login or password is wrong. */
    public Optional<Account> authenticate(String login, String password) {
        AccountData data = accounts.get(login);
        byte[] given = password.getBytes(StandardCharsets.UTF_8);
        byte[] expected = (data == null ? "\0no-such-account" : data.account.password()).getBytes(StandardCharsets.UTF_8);
        boolean match = MessageDigest.isEqual(given, expected);
        return data != null && match ? Optional.of(data.account) : Optional.empty();
    }

    // ---- listeners --------------------------------------------------------------------

    /** Listens to one account's changes until the returned handle is closed. */
    public Subscription listen(String login, StoreListener listener) {
        AccountData data = data(login);
        data.listeners.add(listener);
        return () -> data.listeners.remove(listener);
    }

    /** Listens to every account's changes (the live view, timelines). */
    public Subscription listenAll(StoreListener listener) {
        allListeners.add(listener);
        return () -> allListeners.remove(listener);
    }

    /** A listener registration; closing it twice is harmless. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    // ---- folders ----------------------------------------------------------------------

    /** The folder names of an account, INBOX first, then in name order. */
    public List<String> folderNames(String login) {
        return locked(login, data -> data.sortedFolders().stream().map(f -> f.name).toList());
    }

    public boolean folderExists(String login, String folder) {
        return locked(login, data -> data.find(folder).isPresent());
    }

    public FolderSnapshot folder(String login, String folder) {
        return locked(login, data -> data.folder(folder).snapshot());
    }

    /** Creates a folder (RFC 3501 §6.3.3); intermediate levels are created too, as Dovecot does. */
    public void createFolder(String login, String name, String origin) {
        String clean = stripTrailingDelimiter(name);
        if (clean.isEmpty()) throw new StoreException.NotAllowed("a folder needs a name");
        mutate(login, data -> data.create(clean, nextUidValidity::getAndIncrement, origin));
    }

    /** Deletes a folder and its messages (RFC 3501 §6.3.4). INBOX cannot be deleted. */
    public void deleteFolder(String login, String name, String origin) {
        mutate(login, data -> {
            Folder folder = data.folder(name);
            if (folder.name.equals("INBOX")) throw new StoreException.NotAllowed("INBOX cannot be deleted");
            data.folders.remove(folder.name);
            data.usedBytes -= folder.totalBytes();
            return List.of(new StoreEvent.FolderDeleted(data.account.login(), folder.name, origin));
        });
    }

    /**
     * Renames a folder and the folders below it (RFC 3501 §6.3.5). Renaming INBOX moves its
     * messages into a new folder and leaves INBOX empty. The new folder gets a new UIDVALIDITY.
     */
    public void renameFolder(String login, String from, String to, String origin) {
        String target = stripTrailingDelimiter(to);
        mutate(login, data -> data.rename(from, target, nextUidValidity::getAndIncrement, origin));
    }

    /** SUBSCRIBE / UNSUBSCRIBE (RFC 3501 §6.3.6, §6.3.7). */
    public void setSubscribed(String login, String name, boolean subscribed, String origin) {
        mutate(login, data -> {
            Folder folder = data.folder(name);
            folder.subscribed = subscribed;
            return List.of(new StoreEvent.SubscriptionChanged(data.account.login(), folder.name, subscribed, origin));
        });
    }

    // ---- messages ---------------------------------------------------------------------

    /**
     * Appends a message (IMAP APPEND, RFC 3501 §6.3.11; SMTP delivery; POP3 never appends).
     *
     * @param internalDate when null, the store's clock now (truncated to seconds, as IMAP dates are)
     * @throws StoreException.QuotaExceeded when the account's quota would be exceeded; nothing is stored
     */
    public AppendResult append(String login, String folder, RawMessage raw, Flags flags, Instant internalDate, String origin) {
        Instant date = internalDate != null ? internalDate : clock.instant().truncatedTo(ChronoUnit.SECONDS);
        MessageSummary summary = MessageSummary.of(raw);
        AppendResult[] result = new AppendResult[1];
        mutate(login, data -> {
            Folder target = data.folder(folder);
            data.checkQuota(raw.size(), 1);
            StoredMessage message = new StoredMessage(target.uidNext++, date, raw, flags, summary);
            target.add(message);
            data.usedBytes += raw.size();
            result[0] = new AppendResult(target.name, target.uidValidity, message.uid());
            return List.of(new StoreEvent.MessageAdded(data.account.login(), target.name, target.uidValidity, message, origin));
        });
        return result[0];
    }

    /** Delivers to INBOX with no flags, dated now: what SMTP does for a local recipient. */
    public AppendResult deliver(String login, RawMessage raw, String origin) {
        return append(login, "INBOX", raw, Flags.NONE, null, origin);
    }

    /** How flags are changed: STORE FLAGS, +FLAGS and -FLAGS (RFC 3501 §6.4.6). */
    public enum FlagMode { REPLACE, ADD, REMOVE }

    /**
     * Changes the flags of the given UIDs; UIDs that no longer exist are skipped. Listeners hear
     * only of messages whose flags really changed.
     *
     * @return the new flags of every message that exists, changed or not, by UID
     */
    public Map<Long, Flags> storeFlags(String login, String folder, Collection<Long> uids, FlagMode mode, Flags flags, String origin) {
        Map<Long, Flags> result = new LinkedHashMap<>();
        mutate(login, data -> data.storeFlags(folder, uids, mode, flags, result, origin));
        return result;
    }

    /** Removes every message marked {@code \Deleted} (EXPUNGE, CLOSE; RFC 3501 §6.4.3). */
    public List<Long> expunge(String login, String folder, String origin) {
        return expungeWhere(login, folder, null, origin);
    }

    /**
     * Removes the given UIDs if they are marked {@code \Deleted} (UID EXPUNGE, RFC 4315 §2.1);
     * with {@code onlyUids} null, every {@code \Deleted} message.
     *
     * @return the removed UIDs, ascending
     */
    public List<Long> expungeWhere(String login, String folder, Collection<Long> onlyUids, String origin) {
        return removeWhere(login, folder, m -> m.flags().has(SystemFlag.DELETED) && (onlyUids == null || onlyUids.contains(m.uid())), origin);
    }

    /**
     * Removes the given UIDs whatever their flags: POP3's UPDATE state (RFC 1939 §6), the second
     * half of MOVE (RFC 6851 §3.3).
     */
    public List<Long> remove(String login, String folder, Collection<Long> uids, String origin) {
        return removeWhere(login, folder, m -> uids.contains(m.uid()), origin);
    }

    private List<Long> removeWhere(String login, String folder, java.util.function.Predicate<StoredMessage> which, String origin) {
        List<Long> removed = new ArrayList<>();
        mutate(login, data -> data.removeWhere(folder, which, removed, origin));
        return List.copyOf(removed);
    }

    /**
     * Copies messages to another folder with their flags and internal dates (RFC 3501 §6.4.7),
     * all or nothing: if the quota cannot hold them all, none is copied.
     */
    public CopyResult copy(String login, String from, Collection<Long> uids, String to, String origin) {
        return transfer(login, from, uids, to, false, origin);
    }

    /** Moves messages: copy, then remove from the source, atomically (RFC 6851 §3.3). */
    public CopyResult move(String login, String from, Collection<Long> uids, String to, String origin) {
        return transfer(login, from, uids, to, true, origin);
    }

    private CopyResult transfer(String login, String from, Collection<Long> uids, String to, boolean move, String origin) {
        CopyResult[] result = new CopyResult[1];
        mutate(login, data -> {
            AccountData.Transfer done = data.transfer(from, uids, to, move, origin);
            result[0] = done.result();
            return done.events();
        });
        return result[0];
    }

    /** The UIDs one {@link #claimRecentRange} call made recent for its caller: {@code (after, upTo]}. */
    public record RecentClaim(long after, long upTo) { }

    /**
     * Claims {@code \Recent} for the caller (RFC 3501 §2.3.2: only one session is told a message
     * is recent): every UID in {@code (after, upTo]} is recent for the caller, and no later session
     * will see them as recent. A session that claims again gets only what arrived since.
     */
    public RecentClaim claimRecentRange(String login, String folder) {
        return locked(login, data -> {
            Folder target = data.folder(folder);
            long before = target.recentClaimedUpTo;
            target.recentClaimedUpTo = Math.max(before, target.uidNext - 1);
            return new RecentClaim(before, target.recentClaimedUpTo);
        });
    }

    /** How many messages no session has yet been told are \Recent (IMAP STATUS RECENT). */
    public int unclaimedRecentCount(String login, String folder) {
        return locked(login, data -> {
            Folder target = data.folder(folder);
            int count = 0;
            for (StoredMessage m : target.messages) if (m.uid() > target.recentClaimedUpTo) count++;
            return count;
        });
    }

    public Quota quota(String login) {
        return locked(login, data -> new Quota(data.usedBytes, data.account.quotaBytes()));
    }

    // ---- snapshots --------------------------------------------------------------------

    public AccountSnapshot snapshot(String login) {
        return locked(login, AccountData::snapshot);
    }

    /** Every account, each consistent with itself (one account at a time is locked). */
    public StoreSnapshot snapshot() {
        List<AccountSnapshot> all = new ArrayList<>();
        for (Account account : accounts()) all.add(snapshot(account.login()));
        return new StoreSnapshot(all);
    }

    // ---- internals --------------------------------------------------------------------

    /** Folder names compare with INBOX case-insensitive, the rest exactly (RFC 3501 §5.1). */
    static boolean sameFolderName(String a, String b) {
        if (a.equalsIgnoreCase("INBOX") && b.equalsIgnoreCase("INBOX")) return true;
        return a.equals(b);
    }

    private static String stripTrailingDelimiter(String name) {
        return name.endsWith(String.valueOf(DELIMITER)) ? name.substring(0, name.length() - 1) : name;
    }

    private AccountData data(String login) {
        AccountData data = accounts.get(login);
        if (data == null) throw new StoreException.NoSuchAccount(login);
        return data;
    }

    private <T> T locked(String login, Function<AccountData, T> action) {
        AccountData data = data(login);
        data.lock.lock();
        try {
            return action.apply(data);
        } finally {
            data.lock.unlock();
        }
    }

    /** Runs a change under the account's lock, then tells listeners, still under the lock. */
    private void mutate(String login, Function<AccountData, List<StoreEvent>> change) {
        AccountData data = data(login);
        data.lock.lock();
        try {
            List<StoreEvent> events = change.apply(data);
            for (StoreEvent event : events) {
                for (StoreListener listener : data.listeners) tell(listener, event);
                for (StoreListener listener : allListeners) tell(listener, event);
            }
        } finally {
            data.lock.unlock();
        }
    }

    private static void tell(StoreListener listener, StoreEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            // One broken listener must not undo a committed change or starve the others.
            System.getLogger(MailStore.class.getName()).log(System.Logger.Level.WARNING, "store listener failed", e);
        }
    }
}
