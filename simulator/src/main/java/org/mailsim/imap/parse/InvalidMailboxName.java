package org.mailsim.imap.parse;

/**
 * A mailbox name that is well-formed IMAP syntax but not valid modified UTF-7 (RFC 3501 §5.1.3),
 * such as {@code a&Jjo} (no closing {@code -}) or {@code &'} (not base64). The command is
 * understood, so the answer is not BAD but, as Dovecot words it, {@code NO Mailbox name is not
 * valid mUTF-7}; LIST with such a pattern simply matches nothing.
 */
public final class InvalidMailboxName extends RuntimeException {
    public static final String TEXT = "Mailbox name is not valid mUTF-7";

    public InvalidMailboxName() {
        super(TEXT, null, false, false);
    }
}
