package org.mailsim.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One message in one folder, as it is at one moment: immutable, a new value on every flag change.
 *
 * @param uid           the unique identifier, strictly ascending within the folder (RFC 3501 §2.3.1.1)
 * @param internalDate  when the server received it (RFC 3501 §2.3.3)
 * @param raw           the RFC 5322 bytes
 * @param flags         system flags and keywords
 * @param summary       From / To / Subject / Date, decoded for display
 */
public record StoredMessage(long uid, Instant internalDate, RawMessage raw, Flags flags, MessageSummary summary) {

    public StoredMessage {
        if (uid < 1) throw new IllegalArgumentException("UIDs start at 1: " + uid);
        Objects.requireNonNull(internalDate, "internalDate");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(summary, "summary");
    }

    /** RFC822.SIZE. */
    public int size() {
        return raw.size();
    }

    public StoredMessage withFlags(Flags newFlags) {
        return new StoredMessage(uid, internalDate, raw, newFlags, summary);
    }

    /** The same message under a new UID, as COPY and MOVE place it in another folder. */
    public StoredMessage withUid(long newUid) {
        return new StoredMessage(newUid, internalDate, raw, flags, summary);
    }
}
