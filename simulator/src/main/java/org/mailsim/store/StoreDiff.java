package org.mailsim.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two snapshots of the store: the highlight of a timeline step.
 * Messages are matched by (account, folder, UIDVALIDITY, UID), so a renamed folder shows as
 * one folder removed and one added, as a client resyncing it would see.
 */
public record StoreDiff(List<Change> changes) {

    public StoreDiff {
        changes = List.copyOf(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** One difference. {@code uid} is 0 for a folder-level change. */
    public sealed interface Change {
        String login();

        String folder();

        record FolderAdded(String login, String folder) implements Change { }

        record FolderRemoved(String login, String folder) implements Change { }

        record MessageAdded(String login, String folder, long uid) implements Change { }

        record MessageRemoved(String login, String folder, long uid) implements Change { }

        record FlagsChanged(String login, String folder, long uid, Flags before, Flags after) implements Change { }
    }

    public static StoreDiff between(StoreSnapshot before, StoreSnapshot after) {
        List<Change> changes = new ArrayList<>();
        for (AccountSnapshot now : after.accounts()) {
            String login = now.account().login();
            AccountSnapshot then = before.account(login).orElse(new AccountSnapshot(now.account(), List.of(), now.quota()));
            Map<String, FolderSnapshot> oldFolders = byName(then.folders());
            Map<String, FolderSnapshot> newFolders = byName(now.folders());
            for (FolderSnapshot old : then.folders()) {
                FolderSnapshot current = newFolders.get(old.name());
                if (current == null || current.uidValidity() != old.uidValidity()) {
                    changes.add(new Change.FolderRemoved(login, old.name()));
                }
            }
            for (FolderSnapshot current : now.folders()) {
                FolderSnapshot old = oldFolders.get(current.name());
                if (old == null || old.uidValidity() != current.uidValidity()) {
                    changes.add(new Change.FolderAdded(login, current.name()));
                    for (StoredMessage m : current.messages()) changes.add(new Change.MessageAdded(login, current.name(), m.uid()));
                    continue;
                }
                compareMessages(login, old, current, changes);
            }
        }
        return new StoreDiff(changes);
    }

    private static void compareMessages(String login, FolderSnapshot old, FolderSnapshot current, List<Change> changes) {
        Map<Long, StoredMessage> oldByUid = old.messages().stream().collect(Collectors.toMap(StoredMessage::uid, Function.identity()));
        Map<Long, StoredMessage> newByUid = current.messages().stream().collect(Collectors.toMap(StoredMessage::uid, Function.identity()));
        for (StoredMessage m : old.messages()) {
            if (!newByUid.containsKey(m.uid())) changes.add(new Change.MessageRemoved(login, current.name(), m.uid()));
        }
        for (StoredMessage m : current.messages()) {
            StoredMessage was = oldByUid.get(m.uid());
            if (was == null) {
                changes.add(new Change.MessageAdded(login, current.name(), m.uid()));
            } else if (!Objects.equals(was.flags(), m.flags())) {
                changes.add(new Change.FlagsChanged(login, current.name(), m.uid(), was.flags(), m.flags()));
            }
        }
    }

    private static Map<String, FolderSnapshot> byName(List<FolderSnapshot> folders) {
        return folders.stream().collect(Collectors.toMap(FolderSnapshot::name, Function.identity()));
    }
}
