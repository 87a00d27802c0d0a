package org.mailsim.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * One account's mutable state: its folders, its listeners, its usage, and its lock. Package-private:
 * only {@link MailStore} touches it, always under {@link #lock}.
 */
final class AccountData {
    final Account account;
    final ReentrantLock lock = new ReentrantLock();
    final Map<String, Folder> folders = new LinkedHashMap<>();
    final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
    private final IntSupplier messageLimit;
    long usedBytes;

    AccountData(Account account, IntSupplier messageLimit) {
        this.account = account;
        this.messageLimit = messageLimit;
    }

    Optional<Folder> find(String name) {
        if (name.equalsIgnoreCase("INBOX")) return Optional.ofNullable(folders.get("INBOX"));
        return Optional.ofNullable(folders.get(name));
    }

    Folder folder(String name) {
        return find(name).orElseThrow(() -> new StoreException.NoSuchFolder(name));
    }

    /** RFC 9208 §5.1 STORAGE and §5.2 MESSAGE: room for {@code moreBytes} in {@code moreMessages} more messages. */
    void checkQuota(long moreBytes, int moreMessages) {
        Quota quota = new Quota(usedBytes, account.quotaBytes());
        if (quota.wouldExceed(moreBytes)) throw new StoreException.QuotaExceeded(StoreException.QuotaExceeded.Resource.STORAGE, usedBytes, quota.limitBytes(), moreBytes);
        int limit = messageLimit.getAsInt();
        if (limit == 0 || moreMessages == 0) return;
        int messages = folders.values().stream().mapToInt(f -> f.messages.size()).sum();
        if (messages + moreMessages > limit) throw new StoreException.QuotaExceeded(StoreException.QuotaExceeded.Resource.MESSAGE, messages, limit, moreMessages);
    }

    List<Folder> sortedFolders() {
        List<Folder> sorted = new ArrayList<>(folders.values());
        sorted.sort(Comparator.comparing((Folder f) -> !f.name.equals("INBOX"))
                .thenComparing(f -> f.name.toLowerCase(Locale.ROOT)).thenComparing(f -> f.name));
        return sorted;
    }

    AccountSnapshot snapshot() {
        return new AccountSnapshot(account, sortedFolders().stream().map(Folder::snapshot).toList(),
                new Quota(usedBytes, account.quotaBytes()));
    }

    /** What a copy or move did: where the messages went, and the events to tell. */
    record Transfer(CopyResult result, List<StoreEvent> events) { }

    /**
     * Copies (or moves) messages, all or nothing for the quota (RFC 3501 §6.4.7, RFC 6851 §3.3).
     * Called under the account's lock.
     */
    Transfer transfer(String from, Collection<Long> uids, String to, boolean move, String origin) {
        Folder source = folder(from);
        Folder target = folder(to);
        List<StoredMessage> picked = new ArrayList<>();
        for (long uid : new TreeSet<>(uids)) source.byUid(uid).ifPresent(picked::add);
        // A move adds to one folder what it takes from another: the account's usage is unchanged.
        long bytes = picked.stream().mapToLong(StoredMessage::size).sum();
        if (!move) checkQuota(bytes, picked.size());
        List<StoreEvent> events = new ArrayList<>();
        List<Long> sourceUids = new ArrayList<>();
        List<Long> targetUids = new ArrayList<>();
        for (StoredMessage m : picked) {
            StoredMessage copy = m.withUid(target.uidNext++);
            target.add(copy);
            sourceUids.add(m.uid());
            targetUids.add(copy.uid());
            events.add(new StoreEvent.MessageAdded(account.login(), target.name, target.uidValidity, copy, origin));
        }
        if (!move) usedBytes += bytes;
        if (move && !picked.isEmpty()) {
            TreeSet<Long> gone = new TreeSet<>(sourceUids);
            Map<Long, Flags> last = new HashMap<>();
            for (StoredMessage m : picked) last.put(m.uid(), m.flags());
            // In a move within one folder the copies have new, higher UIDs and stay.
            source.messages.removeIf(m -> gone.contains(m.uid()) && !(source == target && targetUids.contains(m.uid())));
            events.add(new StoreEvent.MessagesExpunged(account.login(), source.name, source.uidValidity, List.copyOf(sourceUids), Map.copyOf(last), origin));
        }
        return new Transfer(new CopyResult(target.name, target.uidValidity, List.copyOf(sourceUids), List.copyOf(targetUids)), events);
    }

    /**
     * Renames a folder and those below it (RFC 3501 §6.3.5); renaming INBOX moves its messages
     * to a new folder and leaves INBOX empty. Every renamed folder gets a new UIDVALIDITY.
     * Called under the account's lock.
     */
    List<StoreEvent> rename(String from, String target, LongSupplier nextUidValidity, String origin) {
        Folder source = folder(from);
        if (find(target).isPresent()) throw new StoreException.FolderExists(target);
        if (target.isEmpty()) throw new StoreException.NotAllowed("a folder needs a name");
        List<StoreEvent> events = new ArrayList<>();
        if (source.name.equals("INBOX")) {
            Folder moved = new Folder(target, null, nextUidValidity.getAsLong(), false);
            for (StoredMessage m : source.messages) moved.add(m.withUid(moved.uidNext++));
            List<Long> gone = source.messages.stream().map(StoredMessage::uid).toList();
            Map<Long, Flags> last = new HashMap<>();
            for (StoredMessage m : source.messages) last.put(m.uid(), m.flags());
            source.messages.clear();
            folders.put(target, moved);
            events.add(new StoreEvent.FolderCreated(account.login(), target, origin));
            if (!gone.isEmpty()) events.add(new StoreEvent.MessagesExpunged(account.login(), "INBOX", source.uidValidity, gone, Map.copyOf(last), origin));
            return events;
        }
        String prefix = source.name + MailStore.DELIMITER;
        for (Folder f : new ArrayList<>(folders.values())) {
            if (f.name.equals(source.name) || f.name.startsWith(prefix)) {
                String newName = target + f.name.substring(source.name.length());
                folders.remove(f.name);
                Folder renamed = new Folder(newName, f.specialUse, nextUidValidity.getAsLong(), f.subscribed);
                for (StoredMessage m : f.messages) renamed.add(m.withUid(renamed.uidNext++));
                folders.put(newName, renamed);
                events.add(new StoreEvent.FolderRenamed(account.login(), f.name, newName, origin));
            }
        }
        return events;
    }

    /** Creates a folder and any missing parents (RFC 3501 §6.3.3), as Dovecot does. Under the lock. */
    List<StoreEvent> create(String name, LongSupplier nextUidValidity, String origin) {
        if (find(name).isPresent()) throw new StoreException.FolderExists(name);
        List<StoreEvent> events = new ArrayList<>();
        int at = -1;
        while ((at = name.indexOf(MailStore.DELIMITER, at + 1)) > 0) {
            String parent = name.substring(0, at);
            if (find(parent).isEmpty()) {
                folders.put(parent, new Folder(parent, null, nextUidValidity.getAsLong(), false));
                events.add(new StoreEvent.FolderCreated(account.login(), parent, origin));
            }
        }
        folders.put(name, new Folder(name, null, nextUidValidity.getAsLong(), false));
        events.add(new StoreEvent.FolderCreated(account.login(), name, origin));
        return events;
    }

    /**
     * STORE (RFC 3501 §6.4.6): new flags of every existing UID go into {@code result}; the event
     * names only those that really changed. Under the lock.
     */
    List<StoreEvent> storeFlags(String folderName, Collection<Long> uids, MailStore.FlagMode mode, Flags flags,
                                Map<Long, Flags> result, String origin) {
        Folder target = folder(folderName);
        Map<Long, Flags> changed = new LinkedHashMap<>();
        for (long uid : new TreeSet<>(uids)) {
            int index = target.indexOfUid(uid);
            if (index < 0) continue;
            StoredMessage message = target.messages.get(index);
            Flags updated = switch (mode) {
                case REPLACE -> flags;
                case ADD -> message.flags().with(flags);
                case REMOVE -> message.flags().without(flags);
            };
            result.put(uid, updated);
            if (!updated.equals(message.flags())) {
                target.set(index, message.withFlags(updated));
                changed.put(uid, updated);
            }
        }
        return changed.isEmpty() ? List.of()
                : List.of(new StoreEvent.FlagsChanged(account.login(), target.name, target.uidValidity, Map.copyOf(changed), origin));
    }

    /** Removes the messages {@code which} picks (EXPUNGE, POP3 UPDATE); their UIDs go into {@code removed}. Under the lock. */
    List<StoreEvent> removeWhere(String folderName, Predicate<StoredMessage> which, List<Long> removed, String origin) {
        Folder target = folder(folderName);
        Map<Long, Flags> last = new HashMap<>();
        var it = target.messages.iterator();
        while (it.hasNext()) {
            StoredMessage m = it.next();
            if (which.test(m)) {
                it.remove();
                usedBytes -= m.size();
                removed.add(m.uid());
                last.put(m.uid(), m.flags());
            }
        }
        return removed.isEmpty() ? List.of()
                : List.of(new StoreEvent.MessagesExpunged(account.login(), target.name, target.uidValidity, List.copyOf(removed), Map.copyOf(last), origin));
    }
}
