package org.mailsim.scenario.device.imap;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailsim.scenario.DeviceSettings.DeleteMethod;
import org.mailsim.scenario.device.OpenedMessage;

/**
 * What the user does to one message of the list, by UID so that another device's EXPUNGE can
 * never make the app touch the wrong message (RFC 3501 §6.4.8). The server's untagged FETCH and
 * EXPUNGE answers update the list; nothing here edits it by hand.
 */
final class MessageActions {
    private final Online online;
    private final Mailboxes mailboxes;

    MessageActions(Online online, Mailboxes mailboxes) {
        this.online = online;
        this.mailboxes = mailboxes;
    }

    /** RFC 3501 §6.4.5: BODY[] without .PEEK — the server sets \Seen, as when a user reads. */
    Optional<OpenedMessage> open(FolderCache.Cached message) throws IOException {
        Completion done = online.client.run("UID FETCH " + message.uid() + " (BODY[])");
        for (FetchItems items : fetched(done, message.uid())) {
            if (items.body() != null) {
                return Optional.of(new OpenedMessage(Long.toString(message.uid()), message.from(), message.subject(),
                        PlainText.of(items.body())));
            }
        }
        return Optional.empty();
    }

    /**
     * RFC 3501 §6.4.5: BODY.PEEK[TEXT]<0.200> — the first 200 bytes of the body, leaving \Seen alone.
     * The list shows a preview as one line, as mail apps do: the body's CRLFs (RFC 5322 §2.1) become spaces.
     */
    String preview(FolderCache.Cached message) throws IOException {
        Completion done = online.client.run("UID FETCH " + message.uid() + " (BODY.PEEK[TEXT]<0.200>)");
        for (FetchItems items : fetched(done, message.uid())) {
            if (items.text() != null) {
                return new String(items.text(), java.nio.charset.StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
            }
        }
        return "";
    }

    /** RFC 3501 §6.4.6: +FLAGS / -FLAGS; the untagged FETCH that answers shows the new flags. */
    Completion store(FolderCache.Cached message, boolean add, String flag) throws IOException {
        return online.client.run("UID STORE " + message.uid() + " " + (add ? "+" : "-") + "FLAGS (" + flag + ")");
    }

    /** Deleting as the settings say: a modern app moves to Trash; older ones mark \Deleted and maybe expunge. */
    Completion delete(FolderCache.Cached message, DeleteMethod method) throws IOException {
        String trash = mailboxes.special("\\Trash", "Trash");
        boolean inTrash = trash.equals(online.selected);
        if (method == DeleteMethod.MOVE_TO_TRASH && !inTrash) return move(message, trash);
        Completion marked = store(message, true, "\\Deleted"); // RFC 3501 §2.3.2 \Deleted
        if (!marked.ok() || method == DeleteMethod.MARK_ONLY) return marked;
        return online.client.run("EXPUNGE"); // RFC 3501 §6.4.3
    }

    /**
     * RFC 6851 §3.1 UID MOVE when offered; else the three steps it replaces: UID COPY, mark
     * \Deleted, and UID EXPUNGE of just that message (RFC 4315 §2.1) or, without UIDPLUS, EXPUNGE.
     */
    Completion move(FolderCache.Cached message, String folder) throws IOException {
        long uid = message.uid();
        if (online.capabilities.has("MOVE")) return online.client.run("UID MOVE " + uid + " " + Strings.mailbox(folder));
        Completion copied = online.client.run("UID COPY " + uid + " " + Strings.mailbox(folder));
        if (!copied.ok()) return copied;
        online.client.run("UID STORE " + uid + " +FLAGS.SILENT (\\Deleted)");
        return online.client.run(online.capabilities.has("UIDPLUS") ? "UID EXPUNGE " + uid : "EXPUNGE");
    }

    /** RFC 3501 §6.4.4 with RFC 3501 §6.4.8: the UIDs of messages whose header or body contains the text. */
    int search(String text) throws IOException {
        List<Object> command = new ArrayList<>(List.of("UID SEARCH CHARSET UTF-8 TEXT "));
        command.addAll(Strings.string(text));
        Completion done = online.client.run(command);
        int found = 0;
        for (ImapResponse response : done.data("SEARCH")) found += response.tokens().size() - 1;
        return found;
    }

    /** RFC 3501 §6.3.3 CREATE, then §6.3.6 SUBSCRIBE so that every app shows it. */
    Completion createFolder(String folder) throws IOException {
        Completion created = online.client.run("CREATE " + Strings.mailbox(folder));
        if (!created.ok()) return created;
        mailboxes.added(folder);
        return online.client.run("SUBSCRIBE " + Strings.mailbox(folder));
    }

    /** RFC 3501 §6.3.11: APPEND folder (\Seen) {n} — a copy of what was sent, filed as read. */
    Completion append(String folder, byte[] message) throws IOException {
        return online.client.run(List.of("APPEND " + Strings.mailbox(folder) + " (\\Seen) ", message));
    }

    private static List<FetchItems> fetched(Completion done, long uid) {
        return done.untagged().stream().filter(r -> r.numbered().map(n -> n.name().equals("FETCH")).orElse(false))
                .map(FetchItems::parse).filter(items -> items.uid() == null || items.uid() == uid).toList();
    }
}
