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
     * The account's quota would be exceeded: its storage in bytes (RFC 9208 §5.1) or its number of
     * messages (§5.2). IMAP answers {@code [OVERQUOTA]} (§4.3), SMTP {@code 552 5.2.2} (RFC 3463).
     * Nothing was stored.
     */
    public static final class QuotaExceeded extends StoreException {
        /** The RFC 9208 §5 resource that ran out. */
        public enum Resource { STORAGE, MESSAGE }

        private final Resource resource;
        private final long limit;
        private final long needed;

        public QuotaExceeded(Resource resource, long used, long limit, long needed) {
            super("quota exceeded: " + used + " of " + limit + (resource == Resource.STORAGE ? " bytes" : " messages")
                    + " used, " + needed + " more needed");
            this.resource = resource;
            this.limit = limit;
            this.needed = needed;
        }

        public Resource resource() {
            return resource;
        }

        public long limit() {
            return limit;
        }

        public long needed() {
            return needed;
        }
    }
}
