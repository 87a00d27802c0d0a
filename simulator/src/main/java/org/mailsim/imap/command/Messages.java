package org.mailsim.imap.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mailsim.imap.sync.SelectedMailbox;
import org.mailsim.store.FolderSnapshot;
import org.mailsim.store.StoredMessage;

/** Looks messages up by UID in one snapshot of the selected mailbox, for FETCH and SEARCH. */
final class Messages {
    private Messages() { }

    /** The messages that still exist, by UID, in the order given; expunged ones are missing. */
    static Map<Long, StoredMessage> byUid(ImapContext session, SelectedMailbox mailbox, List<Long> uids) {
        Map<Long, StoredMessage> found = new LinkedHashMap<>();
        if (uids.isEmpty()) return found;
        FolderSnapshot folder = session.store().folder(session.login(), mailbox.name());
        List<StoredMessage> messages = folder.messages(); // UID order (RFC 3501 §2.3.1.1)
        for (long uid : uids) {
            int low = 0, high = messages.size() - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                long at = messages.get(mid).uid();
                if (at < uid) low = mid + 1;
                else if (at > uid) high = mid - 1;
                else {
                    found.put(uid, messages.get(mid));
                    break;
                }
            }
        }
        return found;
    }
}
