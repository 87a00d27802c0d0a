package org.mailsim.imap.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header fields of one entity (RFC 5322 §2.2), each kept with its exact position in the raw
 * bytes so that {@code HEADER.FIELDS} can return them with their original folding.
 *
 * <p>Values are "octet strings": every byte becomes one {@code char} (ISO-8859-1), so no byte
 * is lost before a caller decides what the bytes mean. {@link #text} turns octets into text.
 *
 * @param fields the fields in message order
 */
record HeaderBlock(List<Field> fields) {

    static final HeaderBlock EMPTY = new HeaderBlock(List.of());

    /**
     * One header field.
     *
     * @param name  the field name as written
     * @param start offset of the first byte of the name
     * @param end   offset just past the field's last line end
     * @param value the octets after the colon up to the last line end, inner folding included
     */
    record Field(String name, int start, int end, String value) {
        /** RFC 5322 §2.2.3: unfolding removes each CRLF that is followed by WSP. */
        String unfolded() {
            return value.replace("\r\n", "").replace("\n", "").strip();
        }
    }

    HeaderBlock {
        fields = List.copyOf(fields);
    }

    /**
     * Splits {@code bytes[start, end)} into fields. A line that begins with space or tab
     * continues the previous field (RFC 5322 §2.2.3); a line without a colon is skipped.
     */
    static HeaderBlock parse(byte[] bytes, int start, int end) {
        List<Field> fields = new ArrayList<>();
        int pos = start;
        while (pos < end) {
            int fieldEnd = nextLineStart(bytes, pos, end);
            while (fieldEnd < end && (bytes[fieldEnd] == ' ' || bytes[fieldEnd] == '\t')) {
                fieldEnd = nextLineStart(bytes, fieldEnd, end); // RFC 5322 §2.2.3 folded line
            }
            int colon = indexOf(bytes, (byte) ':', pos, fieldEnd);
            if (colon > pos) {
                String name = octets(bytes, pos, colon).strip();
                fields.add(new Field(name, pos, fieldEnd, octets(bytes, colon + 1, withoutLineEnd(bytes, colon + 1, fieldEnd))));
            }
            pos = fieldEnd;
        }
        return new HeaderBlock(fields);
    }

    private static int withoutLineEnd(byte[] bytes, int from, int to) {
        if (to > from && bytes[to - 1] == '\n') to--;
        if (to > from && bytes[to - 1] == '\r') to--;
        return to;
    }

    /** Every field with this name, compared without regard to case (RFC 5322 §1.2.2). */
    List<Field> all(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).toList();
    }

    /** The unfolded value of the first field with this name. */
    Optional<String> first(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst().map(Field::unfolded);
    }

    /** The last field with this name. */
    Optional<Field> last(String name) {
        List<Field> all = all(name);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    boolean has(String name) {
        return fields.stream().anyMatch(f -> f.name().equalsIgnoreCase(name));
    }

    /** Octets read as UTF-8, the charset RFC 6532 allows in header fields. */
    static String text(String octets) {
        return new String(octets.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    static String octets(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    /** The offset after the next LF (a bare LF ends a line too), or {@code end}. */
    static int nextLineStart(byte[] bytes, int pos, int end) {
        int lf = indexOf(bytes, (byte) '\n', pos, end);
        return lf < 0 ? end : lf + 1;
    }

    static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) if (bytes[i] == b) return i;
        return -1;
    }
}
