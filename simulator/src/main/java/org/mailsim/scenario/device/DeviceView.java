package org.mailsim.scenario.device;

import java.util.List;
import java.util.Optional;

/**
 * What a device's screen shows: the state a timeline snapshots after each step.
 *
 * @param device      "phone"
 * @param app         "IMAP app", "POP3 app", "SMTP sender"
 * @param connection  in words: "connected (IMAP over TLS, port 993)", "offline", "not connected"
 * @param folders     the folder list (IMAP: the server's; POP3: only the local Inbox)
 * @param folder      the folder shown
 * @param messages    the message list of that folder, oldest first: "message 2" is the second row
 * @param opened      the message open on screen, if any
 */
public record DeviceView(String device, String app, String connection, List<String> folders, String folder,
                         List<MessageRow> messages, Optional<OpenedMessage> opened) {
    public DeviceView {
        folders = List.copyOf(folders);
        messages = List.copyOf(messages);
    }

    public long unread() {
        return messages.stream().filter(MessageRow::unread).count();
    }
}
