package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;

/**
 * One IMAP command's handler: reads its arguments from {@code args} (positioned just after the
 * command name), carries the command out, writes untagged responses to {@code out} and returns
 * the tagged completion. It never sees a stream and never writes the tag (STYLE §2, §3).
 * Failures are thrown as {@link ImapException} or {@link org.mailsim.imap.parse.ParseException}.
 */
@FunctionalInterface
public interface ImapCommand {
    Outcome execute(ImapReader args, ImapContext session, Responses out);
}
