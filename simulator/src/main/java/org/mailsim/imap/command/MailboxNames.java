package org.mailsim.imap.command;

import org.mailsim.imap.message.ImapStrings;
import org.mailsim.imap.parse.ModifiedUtf7;

/** Mailbox names as IMAP writes and checks them (RFC 3501 §5.1), and the refusals that name no name. */
final class MailboxNames {
    private MailboxNames() { }

    static final String NONEXISTENT_TEXT = "Mailbox doesn't exist";

    /**
     * A new mailbox name must be printable: no control characters (they could split reply lines)
     * and no LIST wildcards {@code %} or {@code *} (RFC 3501 §6.3.8 gives them a meaning there).
     */
    static void checkNewName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("//")) throw ImapException.no("CANNOT", "Invalid mailbox name");
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '%' || c == '*') throw ImapException.no("CANNOT", "Invalid mailbox name");
        }
    }

    /**
     * The name in modified UTF-7 (RFC 3501 §5.1.3) as an astring: printable ASCII only, so
     * never a literal and never a CR or LF, whatever the name holds.
     */
    static String encode(String name) {
        return ImapStrings.astring(ModifiedUtf7.encode(name));
    }

    static ImapException nonexistent() {
        return ImapException.no("NONEXISTENT", NONEXISTENT_TEXT); // RFC 5530 §3
    }
}
