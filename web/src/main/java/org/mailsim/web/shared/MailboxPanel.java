package org.mailsim.web.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailsim.store.AccountSnapshot;
import org.mailsim.store.FolderSnapshot;
import org.mailsim.store.StoreDiff.Change;
import org.mailsim.store.StoreDiff;
import org.mailsim.store.StoreSnapshot;
import org.mailsim.store.StoredMessage;

/**
 * The server's mailbox after a step, each folder and message marked with what the step did to
 * it. Removed messages and folders are drawn from the snapshot before the step, marked "removed".
 */
public final class MailboxPanel {
    private MailboxPanel() { }

    public static List<AccountView> of(StoreSnapshot before, StoreSnapshot after, StoreDiff diff) {
        List<AccountView> accounts = new ArrayList<>();
        for (AccountSnapshot account : after.accounts()) {
            String login = account.account().login();
            List<FolderView> folders = new ArrayList<>();
            for (FolderSnapshot folder : account.folders()) {
                boolean added = has(diff, new Change.FolderAdded(login, folder.name()));
                List<MessageView> messages = new ArrayList<>();
                for (StoredMessage m : folder.messages()) messages.add(message(m, change(diff, login, folder.name(), m.uid(), added)));
                for (Change c : diff.changes()) {
                    if (c instanceof Change.MessageRemoved r && r.login().equals(login) && r.folder().equals(folder.name())) {
                        Optional<StoredMessage> was = message(before, login, folder.name(), r.uid());
                        was.ifPresent(m -> messages.add(new MessageView(m.uid(), m.summary().from(), m.summary().subject(),
                                m.flags().toString(), m.size(), "removed", "")));
                    }
                }
                folders.add(new FolderView(folder.name(), folder.uidValidity(), added ? "new" : "", messages));
            }
            for (Change c : diff.changes()) {
                if (c instanceof Change.FolderRemoved r && r.login().equals(login)
                        && folders.stream().noneMatch(f -> f.name().equals(r.folder()))) {
                    folders.add(new FolderView(r.folder(), 0, "removed", List.of()));
                }
            }
            accounts.add(new AccountView(login, folders));
        }
        return accounts;
    }

    private static MessageView message(StoredMessage m, Change change) {
        String mark = change == null ? "" : change instanceof Change.FlagsChanged ? "changed" : "new";
        String was = change instanceof Change.FlagsChanged f ? f.before().toString() : "";
        return new MessageView(m.uid(), m.summary().from(), m.summary().subject(), m.flags().toString(), m.size(), mark, was);
    }

    /** The change this step made to one message, or null; everything in a new folder is new. */
    private static Change change(StoreDiff diff, String login, String folder, long uid, boolean folderAdded) {
        for (Change c : diff.changes()) {
            if (!c.login().equals(login) || !c.folder().equals(folder)) continue;
            if (c instanceof Change.MessageAdded a && a.uid() == uid) return a;
            if (c instanceof Change.FlagsChanged f && f.uid() == uid) return f;
        }
        return folderAdded ? new Change.MessageAdded(login, folder, uid) : null;
    }

    private static boolean has(StoreDiff diff, Change change) {
        return diff.changes().contains(change);
    }

    private static Optional<StoredMessage> message(StoreSnapshot snapshot, String login, String folder, long uid) {
        return snapshot.account(login).flatMap(a -> a.folder(folder)).flatMap(f -> f.byUid(uid));
    }

    public record AccountView(String login, List<FolderView> folders) { }

    /** @param change "new", "removed" or "" */
    public record FolderView(String name, long uidValidity, String change, List<MessageView> messages) { }

    /** One message on the server. @param change "new", "changed", "removed" or "" ; @param was the flags before a change */
    public record MessageView(long uid, String from, String subject, String flags, int size, String change, String was) { }
}
