package org.mailsim.smtp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailsim.store.Account;

/**
 * The SMTP envelope of one mail transaction (RFC 5321 §2.3.1, §3.3): who sends (the reverse
 * path, empty for a bounce's {@code <>}), the declared SIZE and BODY, and the recipients. It
 * is separate from the From:/To: header fields inside the message.
 */
public record Envelope(Optional<MailAddress> sender, long declaredSize, boolean eightBit, List<Recipient> recipients) {

    /** One accepted RCPT: the address and, for a local one, its account. */
    public record Recipient(MailAddress address, Optional<Account> account) {
        public boolean local() {
            return account.isPresent();
        }
    }

    public Envelope {
        if (declaredSize < 0) throw new IllegalArgumentException("negative SIZE");
        recipients = List.copyOf(recipients);
    }

    public static Envelope from(Optional<MailAddress> sender, long declaredSize, boolean eightBit) {
        return new Envelope(sender, declaredSize, eightBit, List.of());
    }

    public Envelope with(Recipient recipient) {
        List<Recipient> more = new ArrayList<>(recipients);
        more.add(recipient);
        return new Envelope(sender, declaredSize, eightBit, more);
    }
}
