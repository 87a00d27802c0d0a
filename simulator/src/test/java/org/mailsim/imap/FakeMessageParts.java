package org.mailsim.imap;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mailsim.imap.fetch.MessageParts;
import org.mailsim.imap.message.ImapStrings;
import org.mailsim.imap.message.SectionSpec;
import org.mailsim.store.RawMessage;

/**
 * A stand-in for the MIME layer that understands single-part text messages only: enough for
 * transcript tests of FETCH and SEARCH. The real one lives in {@code org.mailsim.imap.message}.
 */
class FakeMessageParts implements MessageParts {

    @Override
    public String envelope(RawMessage message) {
        return "(" + String.join(" ", ImapStrings.nstring(field(message, "Date")), ImapStrings.nstring(field(message, "Subject")),
                addresses(message, "From"), addresses(message, "From"), addresses(message, "From"),
                addresses(message, "To"), addresses(message, "Cc"), addresses(message, "Bcc"),
                "NIL", ImapStrings.nstring(field(message, "Message-ID"))) + ")";
    }

    @Override
    public String bodyStructure(RawMessage message, boolean extensible) {
        byte[] body = body(message);
        long lines = new String(body, StandardCharsets.UTF_8).lines().count();
        return "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"US-ASCII\") NIL NIL \"7BIT\" " + body.length + " " + lines
                + (extensible ? " NIL NIL NIL NIL" : "") + ")";
    }

    @Override
    public byte[] section(RawMessage message, SectionSpec section) {
        byte[] header = message.slice(0, message.headerLength());
        return switch (section.text()) {
            case ALL -> section.part().isEmpty() ? message.toByteArray() : body(message);
            case HEADER -> header;
            case TEXT -> body(message);
            case MIME -> "\r\n".getBytes(StandardCharsets.US_ASCII);
            case HEADER_FIELDS, HEADER_FIELDS_NOT -> {
                StringBuilder out = new StringBuilder();
                for (String f : fields(message)) {
                    String name = f.substring(0, f.indexOf(':'));
                    boolean listed = section.fieldNames().stream().anyMatch(n -> n.equalsIgnoreCase(name));
                    if (listed == (section.text() == SectionSpec.Text.HEADER_FIELDS)) out.append(f).append("\r\n");
                }
                yield out.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    @Override
    public Optional<LocalDate> sentDate(RawMessage message) {
        String date = field(message, "Date");
        if (date == null) return Optional.empty();
        return Optional.of(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    }

    @Override
    public boolean headerContains(RawMessage message, String field, String needle) {
        for (String f : fields(message)) {
            int colon = f.indexOf(':');
            if (f.substring(0, colon).equalsIgnoreCase(field) && contains(f.substring(colon + 1), needle)) return true;
        }
        return false;
    }

    @Override
    public boolean bodyContains(RawMessage message, String needle) {
        return contains(new String(body(message), StandardCharsets.UTF_8), needle);
    }

    @Override
    public boolean textContains(RawMessage message, String needle) {
        return contains(new String(message.toByteArray(), StandardCharsets.UTF_8), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static byte[] body(RawMessage message) {
        return message.slice(message.headerLength(), message.size());
    }

    private static List<String> fields(RawMessage message) {
        String header = new String(message.slice(0, message.headerLength()), StandardCharsets.UTF_8);
        List<String> fields = new ArrayList<>();
        for (String line : header.split("\r\n")) if (line.contains(":")) fields.add(line);
        return fields;
    }

    private static String field(RawMessage message, String name) {
        for (String f : fields(message)) {
            int colon = f.indexOf(':');
            if (f.substring(0, colon).equalsIgnoreCase(name)) return f.substring(colon + 1).strip();
        }
        return null;
    }

    private static String addresses(RawMessage message, String name) {
        String value = field(message, name);
        if (value == null) return "NIL";
        String address = value.contains("<") ? value.substring(value.indexOf('<') + 1, value.indexOf('>')) : value;
        String[] at = address.split("@", 2);
        return "((NIL NIL " + ImapStrings.string(at[0]) + " " + ImapStrings.string(at.length > 1 ? at[1] : "") + "))";
    }
}
