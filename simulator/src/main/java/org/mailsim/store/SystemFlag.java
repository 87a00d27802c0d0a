package org.mailsim.store;

import java.util.Optional;

/**
 * The system flags that live on the server, per message (RFC 3501 §2.3.2). {@code \Recent} is
 * not here: it belongs to a session, not to the message (see {@link MailStore#claimRecent}).
 */
public enum SystemFlag {
    SEEN("\\Seen"),
    ANSWERED("\\Answered"),
    FLAGGED("\\Flagged"),
    DELETED("\\Deleted"),
    DRAFT("\\Draft");

    private final String imapName;

    SystemFlag(String imapName) {
        this.imapName = imapName;
    }

    /** The flag as IMAP writes it: {@code \Seen}. */
    public String imapName() {
        return imapName;
    }

    /** Flag names are case-insensitive (RFC 3501 §9, "flag" is an atom). */
    public static Optional<SystemFlag> fromImapName(String name) {
        for (SystemFlag flag : values()) {
            if (flag.imapName.equalsIgnoreCase(name)) return Optional.of(flag);
        }
        return Optional.empty();
    }
}
