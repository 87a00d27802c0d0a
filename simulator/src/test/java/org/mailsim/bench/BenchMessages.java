package org.mailsim.bench;

import java.nio.charset.StandardCharsets;

/**
 * The messages the harness seeds, appends and submits: RFC 5322 text of an exact size, CRLF line
 * endings, with {@code X-Bench-Seq} naming each one so a download can prove none was lost. Every
 * body has a line starting with a dot, so POP3 and SMTP dot-stuffing (RFC 1939 §3, RFC 5321
 * §4.5.2) is exercised on every message.
 */
final class BenchMessages {
    private static final String FILL = "The quick brown fox jumps over the lazy dog while the mail server counts.";

    private BenchMessages() {
    }

    /** Message number {@code seq}, exactly {@code sizeBytes} octets long (at least the headers). */
    static byte[] message(int seq, int sizeBytes) {
        StringBuilder text = new StringBuilder(sizeBytes + 80);
        text.append("From: Bench Sender <sender@").append(BenchTarget.DOMAIN).append(">\r\n")
                .append("To: Bench Reader <reader@").append(BenchTarget.DOMAIN).append(">\r\n")
                .append("Subject: bench message ").append(seq).append("\r\n")
                .append("Date: Sat, 21 Nov 2026 10:00:00 +0000\r\n")
                .append("Message-ID: <").append(seq).append(".bench@").append(BenchTarget.DOMAIN).append(">\r\n")
                .append("X-Bench-Seq: ").append(seq).append("\r\n")
                .append("MIME-Version: 1.0\r\n")
                .append("Content-Type: text/plain; charset=us-ascii\r\n")
                .append("\r\n")
                .append(".A line that starts with a dot.\r\n");
        while (text.length() + FILL.length() + 2 <= sizeBytes) text.append(FILL).append("\r\n");
        int left = sizeBytes - text.length();
        if (left >= 2) text.append("x".repeat(left - 2)).append("\r\n");
        else if (left == 1) text.append('x'); // only possible if the headers alone nearly fill the size
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** The {@code X-Bench-Seq} header value in a header line, or -1 when the line is not that header. */
    static int sequenceHeader(String line) {
        if (!line.regionMatches(true, 0, "X-Bench-Seq:", 0, 12)) return -1;
        try {
            return Integer.parseInt(line.substring(12).trim());
        } catch (NumberFormatException e) {
            return -1; // a damaged header counts as a missing one
        }
    }

    /** RFC 1939 §3 / RFC 5321 §4.5.2: a line starting with "." gets one more "." on the wire. */
    static byte[] dotStuffed(byte[] message) {
        String text = new String(message, StandardCharsets.ISO_8859_1);
        String stuffed = (text.startsWith(".") ? "." : "") + text.replace("\r\n.", "\r\n..");
        return stuffed.getBytes(StandardCharsets.ISO_8859_1);
    }
}
