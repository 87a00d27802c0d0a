package org.mailsim.imap.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** IMAP's two date forms (RFC 3501 §9): "date" for SEARCH and "date-time" for INTERNALDATE and APPEND. */
public final class ImapDates {
    private ImapDates() { }

    private static final DateTimeFormatter DATE = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("d-MMM-yyyy").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME_IN = new DateTimeFormatterBuilder()
            .parseCaseInsensitive().appendPattern("d-MMM-yyyy HH:mm:ss Z").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME_OUT =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss Z", Locale.ENGLISH);

    /** date-text = date-day "-" date-month "-" date-year, e.g. {@code 1-Feb-1994}. */
    public static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            throw new ParseException("Invalid date, expected e.g. 1-Feb-2026");
        }
    }

    /** date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE. */
    public static Instant parseDateTime(String text) {
        try {
            return ZonedDateTime.parse(text.strip(), DATE_TIME_IN).toInstant();
        } catch (DateTimeParseException e) {
            throw new ParseException("Invalid date-time, expected e.g. \"15-Jan-2026 09:30:00 +0000\"");
        }
    }

    /** {@code "15-Jan-2026 09:30:00 +0000"} with the quotes; the server writes times in UTC. */
    public static String formatDateTime(Instant instant) {
        return '"' + DATE_TIME_OUT.format(instant.atZone(ZoneOffset.UTC)) + '"';
    }
}
