package org.mailsim.smtp.command;

import java.util.Optional;

import org.mailsim.net.Reply;
import org.mailsim.smtp.Envelope;
import org.mailsim.smtp.MailAddress;
import org.mailsim.smtp.SmtpError;
import org.mailsim.smtp.SmtpReply;
import org.mailsim.smtp.SmtpRole;
import org.mailsim.smtp.SmtpSession;
import org.mailsim.store.Account;
import org.mailsim.store.Quota;

/**
 * {@code RCPT TO:<forward-path>} — RFC 5321 §4.1.1.3: adds a recipient. A local address must
 * name an account with room for the declared SIZE, checked here as Postfix does with Dovecot's
 * quota-status service; without a declared size a message that does not fit is accepted and
 * bounced after the data (see {@code Delivery}). Another domain is relaying: refused on
 * port 25 (an open relay is how spam spreads), accepted from a logged-in user on submission
 * and later answered with a bounce, because mailsim sends nothing outside itself.
 */
final class RcptCommand implements SmtpCommand {

    private static final String USAGE = "RCPT TO:<address>";

    @Override
    public Reply execute(SmtpArguments arguments, SmtpSession session) {
        PathArgument argument = PathArgument.parse(arguments.rest(), "TO:", USAGE);
        if (!argument.parameters().isEmpty()) throw SmtpError.bad(555, "5.5.4", "Unsupported option in RCPT TO");
        MailAddress address = MailAddress.parse(argument.path()).orElseThrow(() -> SmtpError.syntax(USAGE));
        Envelope envelope = session.envelope();
        if (envelope.recipients().size() >= session.settings().maxRecipients()) {
            throw SmtpError.refused(452, "4.5.3", "Error: too many recipients");  // RFC 5321 §4.5.3.1.10
        }
        if (session.store().isLocalDomain(address.normalizedDomain())) {
            Account account = session.store().accountByAddress(address.toString()).orElseThrow(() ->
                    SmtpError.refused(550, "5.1.1", "<" + address + ">: Recipient address rejected: User unknown"));
            // Postfix asking Dovecot's quota-status policy service (check_policy_service): room for
            // the SIZE declared at MAIL FROM, or for one byte when none was. RFC 1870 §6.4 allows
            // 552 per recipient for the declared size (RFC 5321 §4.3.2 lists it for RCPT); 5.2.2 is
            // "mailbox full" (RFC 3463 §3.3); the text is
            // Postfix's form around the policy's quota_status_overquota = "552 5.2.2 Mailbox is full".
            Quota quota = session.store().quota(account.login());
            if (quota.wouldExceed(Math.max(1, envelope.declaredSize()))) {
                throw SmtpError.refused(552, "5.2.2", "<" + address + ">: Recipient address rejected: Mailbox is full");
            }
            session.envelope(envelope.with(new Envelope.Recipient(address, Optional.of(account))));
        } else if (session.role() == SmtpRole.TRANSFER || session.authenticated().isEmpty()) {
            throw SmtpError.refused(554, "5.7.1", "<" + address + ">: Relay access denied");
        } else {
            session.envelope(envelope.with(new Envelope.Recipient(address, Optional.empty())));
        }
        return SmtpReply.of(250, "2.1.5", "Ok").reply();
    }
}
