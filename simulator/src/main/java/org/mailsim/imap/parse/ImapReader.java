package org.mailsim.imap.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the arguments of one command by the RFC 3501 §9 grammar: atoms, quoted strings,
 * literals, numbers, sequence sets and parenthesized lists. The command arrives as text in
 * which every literal is stood in for by one NUL character (client lines may not contain NUL,
 * RFC 3501 §9 CHAR8), with the literal bytes kept aside.
 */
public final class ImapReader {

    /** Stands in the command text for a literal; see {@link #ImapReader}. */
    public static final char LITERAL = '\0';

    private final String text;
    private final List<byte[]> literals;
    private int pos;
    private int nextLiteral;

    public ImapReader(String text, List<byte[]> literals) {
        this.text = text;
        this.literals = List.copyOf(literals);
    }

    public static ImapReader of(String text) {
        return new ImapReader(text, List.of());
    }

    public boolean atEnd() {
        return pos >= text.length();
    }

    public char peek() {
        if (atEnd()) throw new ParseException("Missing argument");
        return text.charAt(pos);
    }

    public boolean peekIs(char c) {
        return !atEnd() && text.charAt(pos) == c;
    }

    public void expect(char c) {
        if (!peekIs(c)) throw new ParseException(c == ' ' ? "Missing argument" : "Expected '" + c + "'");
        pos++;
    }

    /** One SP between arguments (RFC 3501 §9: exactly one, no tabs). */
    public void sp() {
        expect(' ');
    }

    /** True (and consumed) when an SP follows. */
    public boolean trySp() {
        if (!peekIs(' ')) return false;
        pos++;
        return true;
    }

    /** Nothing may follow the last argument. */
    public void end() {
        if (!atEnd()) throw new ParseException("Unexpected extra arguments");
    }

    /** atom = 1*ATOM-CHAR (RFC 3501 §9). */
    public String atom() {
        int start = pos;
        while (!atEnd() && isAtomChar(text.charAt(pos))) pos++;
        if (start == pos) throw new ParseException("Expected an atom");
        return text.substring(start, pos);
    }

    /** An atom upper-cased, for keywords such as FLAGS or BODY.PEEK. */
    public String keyword() {
        return atom().toUpperCase(Locale.ROOT);
    }

    /** astring = 1*ASTRING-CHAR / string; ASTRING-CHAR adds "]" to ATOM-CHAR (RFC 3501 §9). */
    public String astring() {
        if (peekIs('"') || peekIs(LITERAL)) return string();
        int start = pos;
        while (!atEnd() && (isAtomChar(text.charAt(pos)) || text.charAt(pos) == ']')) pos++;
        if (start == pos) throw new ParseException("Expected an atom or a string");
        return text.substring(start, pos);
    }

    /** string = quoted / literal (RFC 3501 §9). A literal is decoded as UTF-8. */
    public String string() {
        if (peekIs(LITERAL)) return new String(literal(), StandardCharsets.UTF_8);
        if (!peekIs('"')) throw new ParseException("Expected a string");
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (atEnd()) throw new ParseException("Unterminated quoted string");
            char c = text.charAt(pos++);
            if (c == '"') return out.toString();
            if (c == '\\') {
                // RFC 3501 §9 quoted-specials: only \" and \\ may be escaped.
                if (atEnd() || (peek() != '"' && peek() != '\\')) throw new ParseException("Invalid escape in quoted string");
                c = text.charAt(pos++);
            }
            if (c == LITERAL) throw new ParseException("Invalid character in quoted string");
            out.append(c);
        }
    }

    /** nstring = string / "NIL". */
    public String nstring() {
        if (peekIs('"') || peekIs(LITERAL)) return string();
        if (!atom().equalsIgnoreCase("NIL")) throw new ParseException("Expected a string or NIL");
        return null;
    }

    /** The bytes of the literal at this position. */
    public byte[] literal() {
        if (!peekIs(LITERAL) || nextLiteral >= literals.size()) throw new ParseException("Expected a literal");
        pos++;
        return literals.get(nextLiteral++);
    }

    /**
     * A mailbox name (RFC 3501 §9 "mailbox"): an astring in modified UTF-7 (§5.1.3), returned
     * decoded; {@code INBOX} in any case means INBOX (§5.1).
     */
    public String mailbox() {
        String name = ModifiedUtf7.decode(astring());
        return name.equalsIgnoreCase("INBOX") ? "INBOX" : name;
    }

    /** list-mailbox = 1*list-char / string; list-char adds the wildcards % and * and "]" (RFC 3501 §9). */
    public String listMailbox() {
        if (peekIs('"') || peekIs(LITERAL)) return string();
        int start = pos;
        while (!atEnd() && (isAtomChar(text.charAt(pos)) || "%*]".indexOf(text.charAt(pos)) >= 0)) pos++;
        if (start == pos) throw new ParseException("Expected a mailbox pattern");
        return text.substring(start, pos);
    }

    /** The characters {@link #takeWhile} would take, without taking them. */
    public String peekWord(java.util.function.IntPredicate accept) {
        int end = pos;
        while (end < text.length() && accept.test(text.charAt(end))) end++;
        return text.substring(pos, end);
    }

    /** Characters while {@code accept} holds (possibly none). */
    public String takeWhile(java.util.function.IntPredicate accept) {
        int start = pos;
        while (!atEnd() && accept.test(text.charAt(pos))) pos++;
        return text.substring(start, pos);
    }

    /** number = 1*DIGIT, an unsigned 32-bit value (RFC 3501 §9). */
    public long number() {
        int start = pos;
        while (!atEnd() && Character.isDigit(text.charAt(pos)) && text.charAt(pos) < 0x80) pos++;
        if (start == pos) throw new ParseException("Expected a number");
        if (pos - start > 10) throw new ParseException("Number too large");
        long value = Long.parseLong(text.substring(start, pos));
        if (value > 0xFFFF_FFFFL) throw new ParseException("Number too large");
        return value;
    }

    /** sequence-set = (seq-number / seq-range) *("," sequence-set), seq-number = nz-number / "*". */
    public SequenceSet sequenceSet() {
        List<SequenceSet.Range> ranges = new ArrayList<>();
        do {
            long first = seqNumber();
            long last = first;
            if (peekIs(':')) {
                pos++;
                last = seqNumber();
            }
            ranges.add(new SequenceSet.Range(first, last));
        } while (tryChar(','));
        return new SequenceSet(ranges);
    }

    private long seqNumber() {
        if (tryChar('*')) return SequenceSet.STAR;
        long n = number();
        if (n == 0) throw new ParseException("Invalid sequence set: numbers start at 1");
        return n;
    }

    /** flag-list = "(" [flag *(SP flag)] ")" (RFC 3501 §9). */
    public List<String> flagList() {
        expect('(');
        List<String> flags = new ArrayList<>();
        while (!peekIs(')')) {
            if (!flags.isEmpty()) sp();
            flags.add(flag());
        }
        pos++;
        return flags;
    }

    /** flag = "\" atom (system flag or \*) / atom (keyword). */
    public String flag() {
        if (tryChar('\\')) return tryChar('*') ? "\\*" : "\\" + atom();
        return atom();
    }

    public boolean tryChar(char c) {
        if (!peekIs(c)) return false;
        pos++;
        return true;
    }

    /** ATOM-CHAR: any CHAR except atom-specials ( ) { SP CTL % * " \ ] (RFC 3501 §9). */
    public static boolean isAtomChar(char c) {
        return c > 0x20 && c < 0x7f && "(){%*\"\\]".indexOf(c) < 0;
    }
}
