package org.mailsim.imap.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mailsim.imap.message.SectionSpec;
import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.ParseException;

/**
 * Reads a section of {@code BODY[section]} into a {@link SectionSpec} (RFC 3501 §6.4.5, §9):
 * <pre>section = "[" [section-spec] "]"
 * section-spec = section-msgtext / (section-part ["." section-text])
 * section-msgtext = "HEADER" / "HEADER.FIELDS" [".NOT"] SP header-list / "TEXT"
 * section-part = nz-number *("." nz-number)       section-text = section-msgtext / "MIME"
 * header-list = "(" header-fld-name *(SP header-fld-name) ")"</pre>
 */
public final class SectionParser {
    private SectionParser() { }

    public static SectionSpec parse(ImapReader args) {
        args.expect('[');
        List<Integer> part = new ArrayList<>();
        String text = "";
        while (!args.peekIs(']')) {
            String word = args.takeWhile(c -> c != '.' && c != ']' && c != ' ' && c != '(');
            if (word.isEmpty()) throw new ParseException("Invalid section");
            if (word.chars().allMatch(c -> c >= '0' && c <= '9') && text.isEmpty()) {
                if (word.length() > 9 || Integer.parseInt(word) == 0) throw new ParseException("Invalid section part number");
                part.add(Integer.parseInt(word));
            } else {
                text = text.isEmpty() ? word.toUpperCase(Locale.ROOT) : text + "." + word.toUpperCase(Locale.ROOT);
            }
            if (!args.tryChar('.')) break;
        }
        SectionSpec.Text kind = switch (text) {
            case "" -> SectionSpec.Text.ALL;
            case "HEADER" -> SectionSpec.Text.HEADER;
            case "HEADER.FIELDS" -> SectionSpec.Text.HEADER_FIELDS;
            case "HEADER.FIELDS.NOT" -> SectionSpec.Text.HEADER_FIELDS_NOT;
            case "TEXT" -> SectionSpec.Text.TEXT;
            case "MIME" -> SectionSpec.Text.MIME;
            default -> throw new ParseException("Invalid section");
        };
        List<String> fields = new ArrayList<>();
        if (kind == SectionSpec.Text.HEADER_FIELDS || kind == SectionSpec.Text.HEADER_FIELDS_NOT) {
            args.sp();
            args.expect('(');
            do {
                fields.add(args.astring());
            } while (args.trySp());
            args.expect(')');
        }
        args.expect(']');
        try {
            return new SectionSpec(part, kind, fields);
        } catch (IllegalArgumentException e) {
            throw new ParseException("Invalid section");
        }
    }
}
