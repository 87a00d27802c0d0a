package org.mailsim.imap.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts one command together from the lines and literals it arrives in (RFC 3501 §4.3, §7.5;
 * RFC 7888). A line ending in {@code {n}} announces a synchronizing literal: the server answers
 * {@code + Ready for literal data} before the client sends the n bytes; {@code {n+}} is
 * non-synchronizing: the bytes follow at once. The announced size is checked before anything is
 * read, so a huge literal is refused without being received.
 */
public final class CommandAssembler {

    /** What to do after a line. */
    public sealed interface Step {
        /** The command is complete. */
        record Complete(String text, List<byte[]> literals) implements Step { }

        /** Read a literal of {@code size} bytes; send {@code + Ready…} first if {@code synchronizing}. */
        record ReadLiteral(long size, boolean synchronizing) implements Step { }

        /** The announced literal is larger than allowed (RFC 7888 §4: a non-synchronizing one cannot be refused). */
        record LiteralTooBig(String tag, boolean synchronizing) implements Step { }

        /** The command's text went past the limit. */
        record CommandTooLong() implements Step { }

        /** The line holds a NUL, which no IMAP command may contain (RFC 3501 §9 CHAR8). */
        record Malformed() implements Step { }
    }

    private static final Pattern LITERAL = Pattern.compile("\\{(\\d{1,19})(\\+?)}$");

    private final long maxLiteral;
    private final int maxText;
    private final StringBuilder text = new StringBuilder(128);
    private final List<byte[]> literals = new ArrayList<>();
    private long literalBytes;

    public CommandAssembler(long maxLiteral, int maxText) {
        this.maxLiteral = maxLiteral;
        this.maxText = maxText;
    }

    public Step onLine(byte[] line) {
        for (byte b : line) {
            if (b == 0) {
                reset();
                return new Step.Malformed();
            }
        }
        String part = new String(line, StandardCharsets.UTF_8);
        if (text.length() + part.length() > maxText) {
            reset();
            return new Step.CommandTooLong();
        }
        Matcher literal = LITERAL.matcher(part);
        if (!literal.find()) {
            text.append(part);
            Step done = new Step.Complete(text.toString(), List.copyOf(literals));
            reset();
            return done;
        }
        long size = Long.parseLong(literal.group(1));
        boolean synchronizing = literal.group(2).isEmpty();
        text.append(part, 0, literal.start());
        if (size > maxLiteral || literalBytes + size > maxLiteral) {
            String tag = Tags.first(text.toString());
            reset();
            return new Step.LiteralTooBig(tag, synchronizing);
        }
        text.append(ImapReader.LITERAL);
        literalBytes += size;
        return new Step.ReadLiteral(size, synchronizing);
    }

    public void onLiteral(byte[] bytes) {
        literals.add(bytes);
    }

    public void reset() {
        text.setLength(0);
        if (text.capacity() > 1024) text.trimToSize(); // an idle session keeps no big buffer
        literals.clear();
        literalBytes = 0;
    }
}
