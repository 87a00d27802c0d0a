package org.mailsim.smtp;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailsim.smtp.BounceMessage.Failure;
import org.mailsim.smtp.Envelope.Recipient;
import org.mailsim.store.Account;
import org.mailsim.store.MailStore;
import org.mailsim.store.RawMessage;
import org.mailsim.store.StoreException;

/**
 * What happens after the final dot: each local recipient gets the message with its own
 * {@code Received:} field (RFC 5321 §4.4), all or nothing per recipient (the store appends
 * atomically). The reply is always 250: as with Postfix, which queues the message and hands it
 * to Dovecot (LMTP) only afterwards, the server has taken responsibility (RFC 5321 §4.2.5).
 * Nothing ever leaves the simulator: a non-local recipient accepted on submission, and a local
 * one whose mailbox turned out to be full (the size was not declared, so RCPT could not tell),
 * are reported to the sender in a bounce (RFC 3464), as Postfix bounces a delivery that Dovecot
 * refused with 552 5.2.2.
 */
final class Delivery {

    static final String NOT_RELAYED = "mailsim delivers only to its own accounts; nothing leaves the simulator";

    private Delivery() {
    }

    static SmtpReply deliver(SmtpSession session, Envelope envelope, byte[] message) {
        MailStore store = session.store();
        String origin = session.context().connectionId();
        String queueId = session.nextQueueId();
        ZonedDateTime now = ZonedDateTime.now(session.context().clock());
        List<Failure> failures = new ArrayList<>();
        for (Recipient recipient : envelope.recipients()) {
            if (!recipient.local()) {
                failures.add(new Failure(recipient.address(), "5.4.4", NOT_RELAYED));
                continue;
            }
            byte[] received = new ReceivedHeader(session.heloName(), session.context().remote(),
                    session.context().hostname(), session.protocolName(), queueId, recipient.address(), now)
                    .field().getBytes(StandardCharsets.US_ASCII);
            try {
                store.deliver(recipient.account().get().login(), RawMessage.of(concat(received, message)), origin);
            } catch (StoreException.QuotaExceeded e) {
                failures.add(new Failure(recipient.address(), "5.2.2", "mailbox full"));
            }
        }
        if (!failures.isEmpty()) bounce(session, envelope, queueId, now, failures, message);
        return SmtpReply.of(250, "2.0.0", "Ok: queued as " + queueId);
    }

    /** The bounce goes to the logged-in user, or to a local envelope sender; never to {@code <>} (RFC 5321 §6.1). */
    private static void bounce(SmtpSession session, Envelope envelope, String queueId, ZonedDateTime now,
                               List<Failure> failures, byte[] message) {
        MailStore store = session.store();
        Optional<Account> to = session.authenticated()
                .or(() -> envelope.sender().flatMap(s -> store.accountByAddress(s.toString())));
        if (to.isEmpty()) return;
        RawMessage original = RawMessage.of(message);
        byte[] header = original.slice(0, original.headerLength());
        MailAddress address = MailAddress.parse(to.get().address()).orElse(null);
        if (address == null) return;
        RawMessage dsn = new BounceMessage(session.context().hostname(), address, queueId, now, failures, header).toRawMessage();
        try {
            store.deliver(to.get().login(), dsn, session.context().connectionId());
        } catch (StoreException e) {
            // The sender's own mailbox is full: the notice is dropped, as an MTA drops a double bounce.
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
