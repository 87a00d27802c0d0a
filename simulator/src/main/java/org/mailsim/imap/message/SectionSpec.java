package org.mailsim.imap.message;

import java.util.List;
import java.util.Locale;

/**
 * The part of a message a {@code BODY[section]} names (RFC 3501 §6.4.5, §9 "section-spec"):
 * a part path such as 1.2 (empty for the whole message) and what of it: everything, the HEADER,
 * some HEADER.FIELDS, all but some HEADER.FIELDS.NOT, the TEXT, or the part's MIME header.
 *
 * @param part        part numbers from the top, each ≥ 1; empty = the whole message
 * @param text        which piece of that part
 * @param fieldNames  the header field names for HEADER_FIELDS and HEADER_FIELDS_NOT, else empty
 */
public record SectionSpec(List<Integer> part, Text text, List<String> fieldNames) {

    public enum Text { ALL, HEADER, HEADER_FIELDS, HEADER_FIELDS_NOT, TEXT, MIME }

    public static final SectionSpec WHOLE = new SectionSpec(List.of(), Text.ALL, List.of());

    public SectionSpec {
        part = List.copyOf(part);
        fieldNames = List.copyOf(fieldNames);
        for (int n : part) if (n < 1) throw new IllegalArgumentException("part numbers start at 1");
        boolean needsFields = text == Text.HEADER_FIELDS || text == Text.HEADER_FIELDS_NOT;
        if (needsFields == fieldNames.isEmpty()) {
            throw new IllegalArgumentException(needsFields ? "HEADER.FIELDS needs field names" : "only HEADER.FIELDS takes field names");
        }
        if (text == Text.MIME && part.isEmpty()) throw new IllegalArgumentException("MIME needs a part number");
    }

    /** The section as FETCH echoes it back: {@code 1.2.HEADER.FIELDS (FROM SUBJECT)}. */
    public String canonical() {
        StringBuilder out = new StringBuilder();
        for (int n : part) {
            if (!out.isEmpty()) out.append('.');
            out.append(n);
        }
        String name = switch (text) {
            case ALL -> "";
            case HEADER -> "HEADER";
            case HEADER_FIELDS -> "HEADER.FIELDS";
            case HEADER_FIELDS_NOT -> "HEADER.FIELDS.NOT";
            case TEXT -> "TEXT";
            case MIME -> "MIME";
        };
        if (!name.isEmpty()) {
            if (!out.isEmpty()) out.append('.');
            out.append(name);
        }
        if (!fieldNames.isEmpty()) {
            out.append(" (").append(String.join(" ", fieldNames.stream().map(f -> f.toUpperCase(Locale.ROOT)).toList())).append(')');
        }
        return out.toString();
    }
}
