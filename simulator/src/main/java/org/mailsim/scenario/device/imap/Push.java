package org.mailsim.scenario.device.imap;

import java.io.IOException;
import java.util.List;

/**
 * What the app does with data the server pushed while it was not asking (RFC 3501 §5.2, RFC 2177):
 * apply it, never wait. In IDLE it then does what Thunderbird does: DONE, fetch the new mail's
 * headers, and IDLE again (RFC 2177 §3: the client ends IDLE to issue commands).
 */
final class Push {
    private Push() { }

    static List<String> settle(Online online, Mailboxes mailboxes) throws IOException {
        boolean changed = false;
        while (online.client.connection().hasPendingInput()) {
            ImapResponse response = online.client.read();
            if (response.untagged()) changed |= mailboxes.apply(response);
        }
        if (!changed || !online.client.idling() || online.selected == null) return List.of();
        int before = mailboxes.cache(online.selected).messages().size();
        online.client.done();
        if (mailboxes.cache(online.selected).hasUnfetched()) Sync.fetchNew(online, mailboxes);
        online.client.startIdle();
        int arrived = mailboxes.cache(online.selected).messages().size() - before;
        return arrived > 0 ? List.of(arrived + (arrived == 1 ? " new message" : " new messages")) : List.of();
    }
}
