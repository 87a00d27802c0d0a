package org.mailsim.imap.message;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.mailsim.store.RawMessage;

/**
 * What SEARCH compares a message with (RFC 3501 §6.4.4). Unlike FETCH, SEARCH works on decoded
 * text: header values are unfolded and their RFC 2047 encoded words decoded, bodies have their
 * transfer encoding undone. Matching is a case-insensitive substring test, as §6.4.4 says for
 * all string keys ("In all search keys that use strings, a message matches the key if the
 * string is a substring of the field").
 */
public final class MessageText {
    /** RFC 5322 §3.3 date: day month year; the weekday, time and zone do not matter here. */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\s+(\\d{2,4})", Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS =
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private MessageText() { }

    /** The unfolded, RFC 2047-decoded value of every occurrence of the field, in order. */
    public static List<String> headerValues(RawMessage message, String fieldName) {
        return values(MimeParser.header(message), fieldName);
    }

    /**
     * The date of the Date: header, read in the header's own zone: SENTBEFORE, SENTON and
     * SENTSINCE "disregard time and timezone" (RFC 3501 §6.4.4), so {@code 1 Jul 2024 23:30 -0700}
     * is 1 July. Two- and three-digit years are read as RFC 5322 §4.3 says.
     */
    public static Optional<LocalDate> sentDate(RawMessage message) {
        return MimeParser.header(message).first("Date").flatMap(MessageText::parseDate);
    }

    static Optional<LocalDate> parseDate(String value) {
        Matcher m = DATE.matcher(value);
        if (!m.find()) return Optional.empty();
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) year += year < 50 ? 2000 : 1900; // RFC 5322 §4.3 obsolete 2-digit year
        else if (m.group(3).length() == 3) year += 1900;                // RFC 5322 §4.3 obsolete 3-digit year
        int month = MONTHS.indexOf(m.group(2).substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
        try {
            return Optional.of(LocalDate.of(year, month, Integer.parseInt(m.group(1))));
        } catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    /** HEADER field-name string: an empty needle matches every message that has the field. */
    public static boolean headerContains(RawMessage message, String fieldName, String needle) {
        List<String> values = headerValues(message, fieldName);
        if (needle.isEmpty()) return !values.isEmpty(); // RFC 3501 §6.4.4 HEADER with ""
        return values.stream().anyMatch(v -> contains(v, needle));
    }

    /**
     * FROM, TO, CC, BCC: as Dovecot (index-search.c), the field's addresses are parsed and written
     * out again ({@code name <mailbox@host>}, a comment standing in for a missing name), encoded
     * words decoded, and the string searched in that; an empty string asks only that the field exist.
     */
    public static boolean addressContains(RawMessage message, String fieldName, String needle) {
        HeaderBlock header = MimeParser.header(message);
        List<HeaderBlock.Field> fields = header.all(fieldName);
        if (needle.isEmpty()) return !fields.isEmpty();
        for (HeaderBlock.Field field : fields) {
            String written = Addresses.written(HeaderBlock.text(field.unfolded()));
            if (contains(DecoderUtil.decodeEncodedWords(written, DecodeMonitor.SILENT), needle)) return true;
        }
        return false;
    }

    /** BODY string: the decoded text of the text/* parts. */
    public static boolean bodyContains(RawMessage message, String needle) {
        return bodyContains(MimeParser.parse(message), needle);
    }

    /** TEXT string: the header (decoded) or the body (RFC 3501 §6.4.4). */
    public static boolean textContains(RawMessage message, String needle) {
        MimePart root = MimeParser.parse(message);
        boolean inHeader = root.header().fields().stream()
                .anyMatch(f -> contains(HeaderBlock.text(f.name()) + ": " + decoded(f), needle));
        return inHeader || bodyContains(root, needle);
    }

    private static boolean bodyContains(MimePart root, String needle) {
        return BodyText.of(root).stream().anyMatch(text -> contains(text, needle));
    }

    static List<String> values(HeaderBlock header, String fieldName) {
        return header.all(fieldName).stream().map(MessageText::decoded).toList();
    }

    /** RFC 5322 §2.2.3 unfolding, then RFC 2047 decoding by mime4j. */
    private static String decoded(HeaderBlock.Field field) {
        return DecoderUtil.decodeEncodedWords(HeaderBlock.text(field.unfolded()), DecodeMonitor.SILENT);
    }

    static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
