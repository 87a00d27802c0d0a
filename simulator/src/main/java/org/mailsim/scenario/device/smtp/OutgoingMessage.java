package org.mailsim.scenario.device.smtp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The RFC 5322 message a mail app writes when its user presses Send: a plain-text body in
 * UTF-8 (RFC 2045, RFC 2046 §4.1), every line ending in CR LF (RFC 5322 §2.1).
 *
 * @param messageId  without the angle brackets: {@code 1.phone@mail.mailsim.test}
 */
public record OutgoingMessage(Instant date, String from, String to, String subject, String messageId, String body) {

    /** RFC 5322 §3.3 date-time, e.g. {@code Thu, 15 Jan 2026 09:30:00 +0000}. */
    private static final DateTimeFormatter RFC5322_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    public OutgoingMessage {
        Objects.requireNonNull(date);
        for (String field : List.of(from, to, subject, messageId)) {
            // RFC 5322 §2.2: a header field body has no CR or LF (unless folded); none is typed here.
            if (field.indexOf('\r') >= 0 || field.indexOf('\n') >= 0) throw new IllegalArgumentException("a header field has no line break");
        }
        Objects.requireNonNull(body);
    }

    /** The message lines, headers, the empty line and the body (RFC 5322 §2.1), without line endings. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(
                "Date: " + RFC5322_DATE.format(date),                 // RFC 5322 §3.6.1: required
                "From: " + from,                                      // RFC 5322 §3.6.2: required
                "To: " + to,
                "Subject: " + subject,
                "Message-ID: <" + messageId + ">",                    // RFC 5322 §3.6.4
                "MIME-Version: 1.0",                                  // RFC 2045 §4
                "Content-Type: text/plain; charset=utf-8",            // RFC 2046 §4.1.2
                ""));                                                 // RFC 5322 §2.1: empty line ends the header
        if (!body.isEmpty()) lines.addAll(List.of(body.replace("\r\n", "\n").split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty() && lines.size() > 8) lines.remove(lines.size() - 1); // body ended with a newline
        return lines;
    }

    /** The message as sent, every line ended by CR LF. */
    public byte[] bytes() {
        StringBuilder text = new StringBuilder();
        for (String line : lines()) text.append(line).append("\r\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What goes after DATA: RFC 5321 §4.5.2 transparency, then CRLF.CRLF (§4.1.1.4). */
    public byte[] dataBlock() {
        StringBuilder text = new StringBuilder();
        for (String line : lines()) {
            if (line.startsWith(".")) text.append('.');              // RFC 5321 §4.5.2: dot-stuff
            text.append(line).append("\r\n");
        }
        text.append(".\r\n");                                         // RFC 5321 §4.1.1.4: end of mail data
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
