package org.mailsim.store;

/**
 * A store operation refused for a reason the protocol engines turn into a reply. The message
 * is written for a learner and never contains client input verbatim (STYLE §9).
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    /** The account does not exist. */
    public static final class NoSuchAccount extends StoreException {
        public NoSuchAccount(String login) {
            super("no such account: " + login);
        }
    }

    /** The folder does not exist (IMAP answers NO [TRYCREATE] on APPEND / COPY, RFC 3501 §6.3.11). */
    public static final class NoSuchFolder extends StoreException {
        public NoSuchFolder(String folder) {
            super("no such folder: " + folder);
        }
    }

    /** A folder with that name exists already (RFC 3501 §6.3.3). */
    public static final class FolderExists extends StoreException {
        public FolderExists(String folder) {
            super("folder exists already: " + folder);
        }
    }

    /** The operation is not allowed on this folder: deleting INBOX (RFC 3501 §6.3.4), say. */
    public static final class NotAllowed extends StoreException {
        public NotAllowed(String why) {
            super(why);
        }
    }

    /**
     * The account's storage quota would be exceeded (RFC 9208 §4.3 {@code [OVERQUOTA]}, SMTP
     * {@code 552 5.2.2}, RFC 3463). Nothing was stored.
     */
    public static final class QuotaExceeded extends StoreException {
        private final Quota quota;
        private final long needed;

        public QuotaExceeded(Quota quota, long needed) {
            super("quota exceeded: " + quota.usedBytes() + " of " + quota.limitBytes()
                    + " bytes used, " + needed + " more needed");
            this.quota = quota;
            this.needed = needed;
        }

        public Quota quota() {
            return quota;
        }

        public long needed() {
            return needed;
        }
    }
}
