package org.mailsim.imap.fetch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.ParseException;

/**
 * Reads what a FETCH asks for (RFC 3501 §6.4.5, §9):
 * <pre>("ALL" / "FULL" / "FAST" / fetch-att / "(" fetch-att *(SP fetch-att) ")")
 * fetch-att = "ENVELOPE" / "FLAGS" / "INTERNALDATE" / "RFC822" [".HEADER" / ".SIZE" / ".TEXT"] /
 *             "BODY" ["STRUCTURE"] / "UID" / "BODY" [".PEEK"] section ["&lt;" number "." nz-number "&gt;"]</pre>
 * Sections are read by {@link SectionParser}.
 */
public final class FetchParser {
    private FetchParser() { }

    public static List<FetchItem> parse(ImapReader args) {
        List<FetchItem> items = new ArrayList<>();
        if (args.tryChar('(')) {
            do {
                items.add(item(args));
            } while (args.trySp());
            args.expect(')');
            return items;
        }
        String name = peekName(args);
        // RFC 3501 §6.4.5 macros; they stand alone, never inside a list.
        switch (name) {
            case "ALL" -> items.addAll(List.of(FetchItem.Attribute.FLAGS, FetchItem.Attribute.INTERNALDATE,
                    FetchItem.Attribute.RFC822_SIZE, FetchItem.Attribute.ENVELOPE));
            case "FAST" -> items.addAll(List.of(FetchItem.Attribute.FLAGS, FetchItem.Attribute.INTERNALDATE,
                    FetchItem.Attribute.RFC822_SIZE));
            case "FULL" -> items.addAll(List.of(FetchItem.Attribute.FLAGS, FetchItem.Attribute.INTERNALDATE,
                    FetchItem.Attribute.RFC822_SIZE, FetchItem.Attribute.ENVELOPE, FetchItem.Attribute.BODY));
            default -> {
                items.add(item(args));
                return items;
            }
        }
        args.takeWhile(FetchParser::nameChar);
        return items;
    }

    private static String peekName(ImapReader probe) {
        // Macros are recognised by looking at the name without taking it.
        return probe.peekWord(FetchParser::nameChar).toUpperCase(Locale.ROOT);
    }

    private static FetchItem item(ImapReader args) {
        String name = args.takeWhile(FetchParser::nameChar).toUpperCase(Locale.ROOT);
        return switch (name) {
            case "FLAGS" -> FetchItem.Attribute.FLAGS;
            case "INTERNALDATE" -> FetchItem.Attribute.INTERNALDATE;
            case "RFC822.SIZE" -> FetchItem.Attribute.RFC822_SIZE;
            case "ENVELOPE" -> FetchItem.Attribute.ENVELOPE;
            case "BODYSTRUCTURE" -> FetchItem.Attribute.BODYSTRUCTURE;
            case "UID" -> FetchItem.Attribute.UID;
            case "RFC822" -> FetchItem.Attribute.RFC822;
            case "RFC822.HEADER" -> FetchItem.Attribute.RFC822_HEADER;
            case "RFC822.TEXT" -> FetchItem.Attribute.RFC822_TEXT;
            case "BODY" -> args.peekIs('[') ? section(args, false) : FetchItem.Attribute.BODY;
            case "BODY.PEEK" -> section(args, true);
            default -> throw new ParseException("Unknown FETCH item");
        };
    }

    private static FetchItem section(ImapReader args, boolean peek) {
        var section = SectionParser.parse(args);
        FetchItem.Partial partial = null;
        if (args.tryChar('<')) {
            long offset = args.number();
            args.expect('.');
            long length = args.number();
            args.expect('>');
            if (length == 0) throw new ParseException("Partial length must be at least 1"); // nz-number
            partial = new FetchItem.Partial(offset, length);
        }
        return new FetchItem.BodySection(section, peek, partial);
    }

    private static boolean nameChar(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.';
    }
}
