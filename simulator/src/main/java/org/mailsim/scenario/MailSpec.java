package org.mailsim.scenario;

import java.time.Instant;
import java.util.List;

/**
 * A message an account starts with. Either written out ({@code from}, {@code subject},
 * {@code body} …, turned into an RFC 5322 message) or given {@code raw}.
 *
 * @param folder  where it is ("INBOX" unless said)
 * @param date    its Date header and internal date
 * @param flags   IMAP flag names ({@code \Seen}, {@code \Flagged}, keywords)
 * @param raw     the whole message as written, or null
 */
public record MailSpec(String folder, String from, String to, String subject, Instant date, String body,
                       List<String> flags, String raw) {
    public MailSpec {
        flags = List.copyOf(flags);
    }
}
