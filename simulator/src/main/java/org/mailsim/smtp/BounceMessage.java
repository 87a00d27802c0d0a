package org.mailsim.smtp;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;

import org.mailsim.store.RawMessage;

/**
 * A delivery status notification (RFC 3464) from {@code MAILER-DAEMON}: a
 * {@code multipart/report} (RFC 6522) with a human-readable part, the machine-readable
 * {@code message/delivery-status} part and the returned message's header.
 */
public record BounceMessage(String hostname, MailAddress to, String queueId, ZonedDateTime date,
                            List<Failure> failures, byte[] originalHeader) {

    /** One recipient that did not get the message, with the RFC 3463 status and the reason. */
    public record Failure(MailAddress recipient, String status, String reason) { }

    public BounceMessage {
        failures = List.copyOf(failures);
        originalHeader = originalHeader.clone();
    }

    public RawMessage toRawMessage() {
        String boundary = "=_mailsim_report_" + queueId;
        String date = ReceivedHeader.RFC_5322_DATE.format(this.date);
        StringBuilder text = new StringBuilder()
                .append("From: Mail Delivery System <MAILER-DAEMON@").append(hostname).append(">\r\n")
                .append("To: <").append(to).append(">\r\n")
                .append("Subject: Undelivered Mail Returned to Sender\r\n")
                .append("Date: ").append(date).append("\r\n")
                .append("Message-ID: <").append(queueId).append(".bounce@").append(hostname).append(">\r\n")
                .append("Auto-Submitted: auto-replied\r\n")                          // RFC 3834 §5
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: multipart/report; report-type=delivery-status;\r\n")
                .append("\tboundary=\"").append(boundary).append("\"\r\n\r\n")
                .append("--").append(boundary).append("\r\n")
                .append("Content-Type: text/plain; charset=us-ascii\r\n\r\n")
                .append("This is the mail system at host ").append(hostname).append(".\r\n\r\n")
                .append("Your message could not be delivered to one or more recipients.\r\n\r\n");
        for (Failure f : failures) text.append("<").append(f.recipient()).append(">: ").append(f.reason()).append("\r\n");
        text.append("\r\n--").append(boundary).append("\r\n")
                .append("Content-Type: message/delivery-status\r\n\r\n")
                .append("Reporting-MTA: dns; ").append(hostname).append("\r\n")              // RFC 3464 §2.2
                .append("X-Mailsim-Queue-ID: ").append(queueId).append("\r\n")
                .append("Arrival-Date: ").append(date).append("\r\n");
        for (Failure f : failures) {
            text.append("\r\nFinal-Recipient: rfc822; ").append(f.recipient()).append("\r\n") // RFC 3464 §2.3
                    .append("Action: failed\r\n")
                    .append("Status: ").append(f.status()).append("\r\n")
                    .append("Diagnostic-Code: X-Mailsim; ").append(f.reason()).append("\r\n");
        }
        text.append("\r\n--").append(boundary).append("\r\n")
                .append("Content-Type: text/rfc822-headers\r\n\r\n");
        byte[] head = text.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[head.length + originalHeader.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(originalHeader, 0, all, head.length, originalHeader.length);
        System.arraycopy(tail, 0, all, head.length + originalHeader.length, tail.length);
        return RawMessage.of(all);
    }
}
