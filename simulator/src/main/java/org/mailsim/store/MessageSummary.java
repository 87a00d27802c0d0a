package org.mailsim.store;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;

/**
 * The few header fields a mailbox list shows (From, To, Subject, Date), decoded once when the
 * message is stored (RFC 2047 encoded words decoded by mime4j). For display only: the protocol
 * engines read the raw bytes.
 */
public record MessageSummary(String from, String to, String subject, String date) {

    public static final MessageSummary EMPTY = new MessageSummary("", "", "", "");

    public static MessageSummary of(RawMessage message) {
        String header = new String(message.slice(0, message.headerLength()), StandardCharsets.ISO_8859_1);
        // RFC 5322 §2.2.3: unfold, then one field per line.
        String unfolded = header.replaceAll("\r?\n[ \t]", " ");
        String from = "", to = "", subject = "", date = "";
        for (String line : unfolded.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) continue;
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = decode(line.substring(colon + 1).trim());
            switch (name) {
                case "from" -> from = from.isEmpty() ? value : from;
                case "to" -> to = to.isEmpty() ? value : to;
                case "subject" -> subject = subject.isEmpty() ? value : subject;
                case "date" -> date = date.isEmpty() ? value : date;
                default -> { }
            }
        }
        return new MessageSummary(from, to, subject, date);
    }

    private static String decode(String value) {
        // Header bytes were read as ISO-8859-1; re-read raw 8-bit (RFC 6532) text as UTF-8.
        String utf8 = new String(value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return DecoderUtil.decodeEncodedWords(utf8, DecodeMonitor.SILENT);
    }
}
