package org.mailsim.scenario.device.imap;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * What the app does with data the server pushed while it was not asking (RFC 3501 §5.2, RFC 2177):
 * apply it, never wait. In IDLE it then does what Thunderbird does: DONE, fetch the new mail's
 * headers, and IDLE again (RFC 2177 §3: the client ends IDLE to issue commands). The same three
 * steps renew an IDLE that has been open too long.
 */
final class Push {
    /**
     * RFC 2177 §3: clients "are advised to terminate the IDLE and re-issue it at least every 29
     * minutes", one minute inside the shortest autologout timer a server may have (RFC 3501 §5.4).
     */
    static final Duration RENEW_IDLE_AFTER = Duration.ofMinutes(29);

    private Push() { }

    static List<String> settle(Online online, Mailboxes mailboxes) throws IOException {
        boolean changed = false;
        while (online.client.connection().hasPendingInput()) {
            ImapResponse response = online.client.read();
            if (response.untagged()) changed |= mailboxes.apply(response);
        }
        if (!changed || !online.client.idling() || online.selected == null) return List.of();
        return idleAgain(online, mailboxes);
    }

    /**
     * Virtual time passed: an IDLE open for {@code after} or longer ends with DONE and starts
     * again, which resets the server's inactivity timer. Whatever came with the tagged OK is
     * applied as in {@link #settle}.
     */
    static List<String> renewIfDue(Online online, Mailboxes mailboxes, Duration after) throws IOException {
        if (!online.client.idling() || online.selected == null || online.client.idleFor().compareTo(after) < 0) return List.of();
        return idleAgain(online, mailboxes);
    }

    /** DONE, the headers of any new mail, IDLE; says how many messages arrived. */
    private static List<String> idleAgain(Online online, Mailboxes mailboxes) throws IOException {
        int before = mailboxes.cache(online.selected).messages().size();
        online.client.done();
        if (mailboxes.cache(online.selected).hasUnfetched()) Sync.fetchNew(online, mailboxes);
        online.client.startIdle();
        int arrived = mailboxes.cache(online.selected).messages().size() - before;
        return arrived > 0 ? List.of(arrived + (arrived == 1 ? " new message" : " new messages")) : List.of();
    }
}
