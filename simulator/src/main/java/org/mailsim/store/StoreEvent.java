package org.mailsim.store;

import java.util.List;
import java.util.Map;

/**
 * A change to one account's mail, told to every listener of that account. {@code origin} names
 * the session that caused it (its connection id), so that session can tell it was its
 * own doing; {@code null} when the simulator itself changed the store (seeding, a scenario).
 */
public sealed interface StoreEvent {
    String login();

    String origin();

    /** A message was appended or delivered: the folder has a new UID (IMAP {@code * n EXISTS}). */
    record MessageAdded(String login, String folder, long uidValidity, StoredMessage message, String origin)
            implements StoreEvent { }

    /** Flags changed on messages (IMAP untagged {@code FETCH (FLAGS …)}), keyed by UID. */
    record FlagsChanged(String login, String folder, long uidValidity, Map<Long, Flags> flagsByUid, String origin)
            implements StoreEvent { }

    /**
     * Messages were removed (IMAP {@code * n EXPUNGE}, POP3 at QUIT), UIDs ascending, with the
     * flags each had when it went: a session not yet told of the expunge still answers STORE and
     * FETCH FLAGS for it from these, as Dovecot does.
     */
    record MessagesExpunged(String login, String folder, long uidValidity, List<Long> uids, Map<Long, Flags> lastFlags,
                            String origin) implements StoreEvent { }

    record FolderCreated(String login, String folder, String origin) implements StoreEvent { }

    record FolderDeleted(String login, String folder, String origin) implements StoreEvent { }

    record FolderRenamed(String login, String from, String to, String origin) implements StoreEvent { }

    record SubscriptionChanged(String login, String folder, boolean subscribed, String origin) implements StoreEvent { }
}
