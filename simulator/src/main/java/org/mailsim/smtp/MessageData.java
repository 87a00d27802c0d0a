package org.mailsim.smtp;

import java.io.ByteArrayOutputStream;

import org.mailsim.net.Line;

/**
 * The message text after {@code 354}, collected line by line (RFC 5321 §4.1.1.4). It ends at
 * a line holding a single dot, and only when that dot sits between two CR LF pairs: with
 * bare LF accepted as an end, a message could hide a second one after it (SMTP smuggling).
 * Faults are remembered, not answered at once: the reply comes after the final dot.
 */
final class MessageData {

    /** RFC 5321 §4.5.3.1.6: a text line is at most 1000 octets, CR LF included. */
    static final int MAX_TEXT_LINE = 998;
    private static final byte[] CRLF = {'\r', '\n'};

    private final long limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    private long octets;
    private boolean previousEndedWithCrlf = true;
    private boolean bareLf;
    private boolean lineTooLong;
    private boolean tooBig;

    MessageData(long limit) {
        this.limit = limit;
    }

    /** RFC 5321 §4.1.1.4: {@code <CRLF>.<CRLF>} and nothing else ends the data. */
    boolean isEnd(Line line) {
        return line.endedWithCrlf() && previousEndedWithCrlf && line.length() == 1 && line.bytes()[0] == '.';
    }

    void add(Line line) {
        byte[] text = line.bytes();
        if (!line.endedWithCrlf()) bareLf = true;            // RFC 5321 §2.3.8: CR LF only
        if (text.length > MAX_TEXT_LINE) lineTooLong = true; // RFC 5321 §4.5.3.1.6
        int from = text.length > 0 && text[0] == '.' ? 1 : 0; // RFC 5321 §4.5.2: remove the added dot
        octets += text.length - from + 2;
        if (octets > limit) {
            tooBig = true; // RFC 1870 §6.2: keep reading to the end, store nothing
            bytes.reset();
        } else {
            bytes.write(text, from, text.length - from);
            bytes.write(CRLF, 0, 2);
        }
        previousEndedWithCrlf = line.endedWithCrlf();
    }

    /** The transport cut a line longer than it buffers: the line was over 1000 octets. */
    void lineCut() {
        lineTooLong = true;
    }

    /** What is wrong with the message, or null when it may be delivered. */
    SmtpReply fault() {
        if (bareLf) return SmtpReply.of(554, "5.6.0", "Message refused: bare LF line ending (RFC 5321 §2.3.8 requires CR LF)");
        if (tooBig) return SmtpReply.of(552, "5.3.4", "Message size exceeds fixed limit");
        if (lineTooLong) return SmtpReply.of(554, "5.6.0", "Message refused: a text line is longer than 1000 octets");
        return null;
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }
}
