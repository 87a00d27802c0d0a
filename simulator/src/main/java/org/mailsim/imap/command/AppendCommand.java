package org.mailsim.imap.command;

import java.time.Instant;

import org.mailsim.imap.parse.ImapDates;
import org.mailsim.imap.parse.ImapReader;
import org.mailsim.store.AppendResult;
import org.mailsim.store.Flags;
import org.mailsim.store.RawMessage;
import org.mailsim.store.StoreException;

/**
 * RFC 3501 §6.3.11 APPEND: store a message the client sends as a literal (a copy of a sent
 * mail in Sent, a draft). Answers {@code [APPENDUID uidvalidity uid]} (RFC 4315 §3),
 * {@code [TRYCREATE]} for a missing mailbox, {@code [OVERQUOTA]} when full (RFC 9208 §4.3).
 * The literal's size was checked against the limit before it was read ({@code [TOOBIG]}).
 * <pre>append = "APPEND" SP mailbox [SP flag-list] [SP date-time] SP literal</pre>
 */
final class AppendCommand implements ImapCommand<AppendCommand.Request> {

    /** @param date the internal date to give the message, or null for now */
    record Request(String mailbox, Flags flags, Instant date, RawMessage message) { }

    @Override
    public Request parse(ImapReader args) {
        args.sp();
        String name = args.mailbox();
        args.sp();
        Flags flags = Flags.NONE;
        if (args.peekIs('(')) {
            flags = Flags.parse(FlagNames.storable(args.flagList()));
            args.sp();
        }
        Instant date = null;
        if (args.peekIs('"')) {
            date = ImapDates.parseDateTime(args.string());
            args.sp();
        }
        byte[] message = args.literal();
        args.end();
        return new Request(name, flags, date, RawMessage.of(message));
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        AppendResult result;
        try {
            result = session.store().append(session.login(), request.mailbox(), request.message(), request.flags(),
                    request.date(), session.origin());
        } catch (StoreException.NoSuchFolder e) {
            // RFC 3501 §6.3.11: TRYCREATE tells the client that CREATE would help.
            throw MailboxNames.nonexistent(request.mailbox(), "TRYCREATE");
        }
        return Completion.ok("APPENDUID " + result.uidValidity() + " " + result.uid(), "Append completed");
    }
}
