package org.mailsim.scenario.device.smtp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.james.mime4j.codec.EncoderUtil;

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
                // RFC 2047 §5: a header is ASCII, so other characters travel as an encoded word
                "Subject: " + encodedSubject(),
                "Message-ID: <" + messageId + ">",                    // RFC 5322 §3.6.4
                "MIME-Version: 1.0",                                  // RFC 2045 §4
                "Content-Type: text/plain; charset=utf-8"));          // RFC 2046 §4.1.2
        if (isEightBit()) lines.add("Content-Transfer-Encoding: 8bit"); // RFC 2045 §6.1: 7bit unless said
        lines.add("");                                                // RFC 5322 §2.1: an empty line ends the header
        String text = body.replace("\r\n", "\n").replace('\r', '\n');
        if (text.endsWith("\n")) text = text.substring(0, text.length() - 1);
        if (!text.isEmpty()) lines.addAll(List.of(text.split("\n", -1)));
        return lines;
    }

    /** RFC 2047 §4.2 Q-encoding in UTF-8, as current mail apps write it; plain ASCII stays as typed. */
    private String encodedSubject() {
        int used = "Subject: ".length();
        return EncoderUtil.hasToBeEncoded(subject, used)
                ? EncoderUtil.encodeEncodedWord(subject, EncoderUtil.Usage.TEXT_TOKEN, used, StandardCharsets.UTF_8, EncoderUtil.Encoding.Q)
                : subject;
    }

    /** The body has characters beyond US-ASCII: sent as 8bit, which needs BODY=8BITMIME (RFC 6152 §3). */
    public boolean isEightBit() {
        return !StandardCharsets.US_ASCII.newEncoder().canEncode(body);
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
