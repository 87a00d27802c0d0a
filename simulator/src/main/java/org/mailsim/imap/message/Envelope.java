package org.mailsim.imap.message;

import org.mailsim.store.RawMessage;

/**
 * The ENVELOPE of a message (RFC 3501 §7.4.2): the header fields a client needs for a message
 * list, as a parenthesized list in this order:
 * <pre>(date subject from sender reply-to to cc bcc in-reply-to message-id)</pre>
 *
 * <p>The fields are carried as they are in the header: RFC 2047 encoded words stay encoded (the
 * client decodes them) and 8-bit text is sent as a literal. A missing field is {@code NIL};
 * a missing Sender or Reply-To takes the value of From (RFC 3501 §7.4.2). Date, In-Reply-To and
 * Message-ID are unfolded; subject and display names are cleaned "for humans" as Dovecot does
 * ({@link ImapStrings#forHumans}). RFC 5322 §3.6 allows each of these fields once; when one
 * occurs twice anyway, the last one counts, as in Dovecot ({@code message-part-data.c}).
 */
public final class Envelope {
    private Envelope() { }

    /** The ENVELOPE of a message, parentheses included. */
    public static String of(RawMessage message) {
        return of(MimeParser.header(message));
    }

    /** The ENVELOPE of the message whose header this is (also used for message/rfc822 parts). */
    static String of(HeaderBlock header) {
        String from = addresses(header, "From");
        String sender = addresses(header, "Sender");
        String replyTo = addresses(header, "Reply-To");
        return "(" + String.join(" ",
                unfolded(header, "Date"),
                subject(header),
                from,
                sender.equals("NIL") ? from : sender,    // RFC 3501 §7.4.2: sender defaults to from
                replyTo.equals("NIL") ? from : replyTo,  // RFC 3501 §7.4.2: reply-to defaults to from
                addresses(header, "To"),
                addresses(header, "Cc"),
                addresses(header, "Bcc"),
                unfolded(header, "In-Reply-To"),
                unfolded(header, "Message-ID")) + ")";
    }

    private static String unfolded(HeaderBlock header, String name) {
        return ImapStrings.nstring(header.last(name).map(f -> HeaderBlock.text(f.unfolded())).orElse(null));
    }

    private static String subject(HeaderBlock header) {
        return header.last("Subject")
                .map(f -> ImapStrings.forHumans(HeaderBlock.text(f.value().stripLeading())))
                .orElse("NIL");
    }

    private static String addresses(HeaderBlock header, String name) {
        return header.last(name).map(f -> Addresses.of(f.value())).orElse("NIL");
    }
}
