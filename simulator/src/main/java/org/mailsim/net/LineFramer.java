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
    /** Bytes received and not yet handed out are {@code buffer[start..end)}. */
    private byte[] buffer = new byte[0];
    private int start;
    private int end;
    /** Where the search for the next LF goes on: bytes before it hold none. */
    private int scanned;
    private boolean discarding;

    LineFramer(int maxLineLength) {
        this.maxLineLength = maxLineLength;
    }

    void add(byte[] bytes) {
        if (end + bytes.length > buffer.length) {
            int pending = end - start;
            // Compact, and grow if needed: each byte is moved a bounded number of times, so cutting
            // a read of many lines costs in proportion to its size, not its size times its lines.
            byte[] bigger = pending + bytes.length > buffer.length
                    ? new byte[Math.max(pending + bytes.length, buffer.length * 2)] : buffer;
            System.arraycopy(buffer, start, bigger, 0, pending);
            buffer = bigger;
            scanned -= start;
            start = 0;
            end = pending;
        }
        System.arraycopy(bytes, 0, buffer, end, bytes.length);
        end += bytes.length;
    }

    /** Drops everything buffered: cleartext pipelined after STARTTLS must not be trusted. */
    void discardAll() {
        start = end = scanned = 0;
        discarding = false;
    }

    /** The next input of the kind {@code expecting} names, or null until more bytes arrive. */
    Input next(Reply.Next expecting) {
        if (expecting instanceof Reply.Next.ReadLiteral literal) {
            if (end - start < literal.size()) return null;
            return new LiteralInput(take((int) literal.size(), 0));
        }
        int lf = indexOfLf();
        if (discarding) {
            if (lf < 0) {
                discardAll();
                discarding = true;
                return null;
            }
            take(lf + 1 - start, 0);
            discarding = false;
            return new TooLong();
        }
        if (lf < 0) {
            if (end - start > maxLineLength) {
                discardAll();
                discarding = true; // keep dropping until this line's LF arrives
            }
            return null;
        }
        boolean crlf = lf > start && buffer[lf - 1] == '\r';
        int length = (crlf ? lf - 1 : lf) - start;
        if (length > maxLineLength) {
            take(lf + 1 - start, 0);
            return new TooLong();
        }
        byte[] line = take(length, lf + 1 - start - length);
        return new LineInput(new Line(line, crlf));
    }

    private byte[] take(int n, int skipAfter) {
        byte[] taken = Arrays.copyOfRange(buffer, start, start + n);
        start += n + skipAfter;
        if (scanned < start) scanned = start;
        if (start == end) start = end = scanned = 0;
        return taken;
    }

    private int indexOfLf() {
        if (scanned < start) scanned = start;
        for (int i = scanned; i < end; i++) {
            if (buffer[i] == '\n') return i;
        }
        scanned = end;
        return -1;
    }
}
