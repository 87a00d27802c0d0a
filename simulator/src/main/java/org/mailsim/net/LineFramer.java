package org.mailsim.net;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Cuts the client's protocol bytes into what the engine asked for next: a line (up to LF, the
 * CR LF removed) or a literal of exactly n bytes. A line longer than the limit is thrown away up
 * to its LF and reported once as {@link TooLong}, so a flood cannot grow memory without bound.
 */
final class LineFramer {

    /** One unit of client input, ready for the engine. */
    sealed interface Input { }

    record LineInput(Line line) implements Input { }

    record LiteralInput(byte[] bytes) implements Input { }

    record TooLong() implements Input { }

    private final int maxLineLength;
    private byte[] buffer = new byte[0];
    private boolean discarding;

    LineFramer(int maxLineLength) {
        this.maxLineLength = maxLineLength;
    }

    void add(byte[] bytes) {
        byte[] joined = Arrays.copyOf(buffer, buffer.length + bytes.length);
        System.arraycopy(bytes, 0, joined, buffer.length, bytes.length);
        buffer = joined;
    }

    /** Drops everything buffered: cleartext pipelined after STARTTLS must not be trusted. */
    void discardAll() {
        buffer = new byte[0];
        discarding = false;
    }

    /** The next input of the kind {@code expecting} names, or null until more bytes arrive. */
    Input next(Reply.Next expecting) {
        if (expecting instanceof Reply.Next.ReadLiteral literal) {
            if (buffer.length < literal.size()) return null;
            return new LiteralInput(take((int) literal.size(), 0));
        }
        int lf = indexOfLf();
        if (discarding) {
            if (lf < 0) {
                buffer = new byte[0];
                return null;
            }
            take(lf + 1, 0);
            discarding = false;
            return new TooLong();
        }
        if (lf < 0) {
            if (buffer.length > maxLineLength) {
                buffer = new byte[0];
                discarding = true; // keep dropping until this line's LF arrives
            }
            return null;
        }
        boolean crlf = lf > 0 && buffer[lf - 1] == '\r';
        int length = crlf ? lf - 1 : lf;
        if (length > maxLineLength) {
            take(lf + 1, 0);
            return new TooLong();
        }
        byte[] line = take(length, lf + 1 - length);
        return new LineInput(new Line(line, crlf));
    }

    private byte[] take(int n, int skipAfter) {
        byte[] taken = Arrays.copyOf(buffer, n);
        buffer = Arrays.copyOfRange(buffer, n + skipAfter, buffer.length);
        return taken;
    }

    private int indexOfLf() {
        for (int i = 0; i < buffer.length; i++) if (buffer[i] == '\n') return i;
        return -1;
    }
}
