package org.mailsim.scenario.device.pop3;

import java.util.Objects;

import org.mailsim.scenario.device.MessageRow;
import org.mailsim.scenario.device.OpenedMessage;

/**
 * A message kept on the device: downloaded by RETR or written here and sent. Its read and flag
 * state are the device's own: POP3 has no way to tell the server (RFC 1939 has no flags).
 *
 * @param id  the server's UIDL for a downloaded message (RFC 1939 §7), "sent-n" for a sent one
 */
record LocalMessage(String id, String from, String subject, String text, boolean unread, boolean flagged) {

    LocalMessage {
        Objects.requireNonNull(id);
        Objects.requireNonNull(from);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
    }

    LocalMessage read(boolean read) {
        return new LocalMessage(id, from, subject, text, !read, flagged);
    }

    LocalMessage flagged(boolean flag) {
        return new LocalMessage(id, from, subject, text, unread, flag);
    }

    MessageRow row() {
        return new MessageRow(id, from, subject, unread, flagged, false);
    }

    OpenedMessage opened() {
        return new OpenedMessage(id, from, subject, text);
    }
}
