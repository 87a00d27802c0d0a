package org.mailsim.imap.message;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import org.mailsim.store.RawMessage;

/**
 * The octets a {@code BODY[section]} names (RFC 3501 §6.4.5).
 *
 * <ul>
 *   <li>{@code BODY[]}: the whole message; {@code BODY[n]}: the body of part n (for a
 *       message/rfc822 part, the whole encapsulated message);</li>
 *   <li>part numbers count from 1 through multiparts; a message/rfc822 part numbers the parts
 *       of the message it encapsulates; a message that is not multipart has only part 1, its body;</li>
 *   <li>{@code HEADER}, {@code HEADER.FIELDS}, {@code HEADER.FIELDS.NOT} and {@code TEXT} name
 *       the header or text of the message, or with a part number, of the message/rfc822 part;</li>
 *   <li>{@code MIME}: the part's own MIME header, blank line included.</li>
 * </ul>
 *
 * <p>A section that names nothing (a part that does not exist, {@code 1.HEADER} of a part that is
 * not a message) gives zero octets; the FETCH response then carries an empty string {@code ""},
 * as Dovecot answers, rather than failing the whole command. The partial {@code <origin.octets>}
 * is left to the caller.
 *
 * <p>Octets come back as stored, so their count is the size BODYSTRUCTURE reports. A message stored
 * with bare LF line ends (possible through {@code RawMessage.of}) keeps them, and the blank line
 * ending a HEADER.FIELDS answer is then a bare LF too; Dovecot would send CRLF instead.
 */
public final class Sections {
    private static final byte[] NOTHING = new byte[0];
    private static final byte[] CRLF = {'\r', '\n'};

    private Sections() { }

    /** The octets of {@code BODY[section]}: a fresh array, empty when the section names nothing. */
    public static byte[] extract(RawMessage message, SectionSpec section) {
        MimePart root = MimeParser.parse(message);
        if (section.part().isEmpty()) return ofMessage(root, section);
        return resolve(root, section.part()).map(part -> ofPart(part, section)).orElse(NOTHING);
    }

    /** The part a part path names, or empty when there is no such part. */
    static Optional<MimePart> resolve(MimePart root, List<Integer> path) {
        List<MimePart> parts = partsOfMessage(root);
        MimePart current = null;
        for (int number : path) {
            if (number > parts.size()) return Optional.empty();
            current = parts.get(number - 1);
            parts = subparts(current);
        }
        return Optional.ofNullable(current);
    }

    /** RFC 3501 §6.4.5: a message that is not multipart has only part 1, the message itself. */
    private static List<MimePart> partsOfMessage(MimePart message) {
        return message.isMultipart() ? message.children() : List.of(message);
    }

    /** The parts numbered under a part: a multipart's parts, or those of an encapsulated message. */
    private static List<MimePart> subparts(MimePart part) {
        if (part.isMultipart()) return part.children();
        if (part.isMessage()) return partsOfMessage(part.message());
        return List.of();
    }

    private static byte[] ofMessage(MimePart message, SectionSpec section) {
        return switch (section.text()) {
            case ALL -> message.allBytes();
            case HEADER -> message.headerBytes();
            case HEADER_FIELDS -> fields(message, section.fieldNames(), true);
            case HEADER_FIELDS_NOT -> fields(message, section.fieldNames(), false);
            case TEXT -> message.bodyBytes();
            case MIME -> NOTHING; // SectionSpec refuses MIME without a part number
        };
    }

    private static byte[] ofPart(MimePart part, SectionSpec section) {
        return switch (section.text()) {
            case ALL -> part.bodyBytes();
            case MIME -> part.headerBytes();
            // RFC 3501 §6.4.5: HEADER, HEADER.FIELDS and TEXT with a part number need a message/rfc822 part
            case HEADER, HEADER_FIELDS, HEADER_FIELDS_NOT, TEXT -> part.isMessage() ? ofMessage(part.message(), section) : NOTHING;
        };
    }

    /** The chosen fields as they are in the message, then the blank line (RFC 3501 §6.4.5). */
    private static byte[] fields(MimePart message, List<String> names, boolean wanted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (HeaderBlock.Field field : message.header().fields()) {
            boolean named = names.stream().anyMatch(n -> n.equalsIgnoreCase(field.name()));
            if (named == wanted) out.write(message.bytes(), field.start(), field.end() - field.start());
        }
        out.writeBytes(blankLine(message));
        return out.toByteArray();
    }

    /** The header's own blank line: CRLF, or LF in a message stored with bare LF line ends. */
    private static byte[] blankLine(MimePart message) {
        byte[] bytes = message.bytes();
        int end = message.bodyStart();
        boolean bareLf = end - 1 >= message.start() && bytes[end - 1] == '\n'
                && (end - 2 < message.start() || bytes[end - 2] != '\r');
        return bareLf ? new byte[] {'\n'} : CRLF;
    }
}
