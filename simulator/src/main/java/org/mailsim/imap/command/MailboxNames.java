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

    /**
     * {@code NO [code] Mailbox doesn't exist: name}, in Dovecot's words: SELECT, EXAMINE, STATUS
     * and SUBSCRIBE give no code, DELETE and RENAME {@code NONEXISTENT} (RFC 5530 §3), APPEND,
     * COPY and MOVE {@code TRYCREATE} (RFC 3501 §6.3.11, §6.4.7). The name is shown decoded, with
     * control characters replaced, so it can never split the reply line.
     */
    static ImapException nonexistent(String name, String code) {
        return ImapException.no(code, NONEXISTENT_TEXT + ": " + printable(name));
    }

    static String printable(String name) {
        StringBuilder out = new StringBuilder(Math.min(name.length(), 200));
        name.codePoints().limit(200).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
