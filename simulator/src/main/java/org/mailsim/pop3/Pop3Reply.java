package org.mailsim.pop3;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.mailsim.net.Reply;
import org.mailsim.store.RawMessage;

/**
 * The two status indicators and the multi-line form of RFC 1939 §3: {@code +OK}, {@code -ERR},
 * and lines that end with a lone {@code .}, every line starting with {@code .} byte-stuffed.
 */
public final class Pop3Reply {

    private Pop3Reply() {
    }

    public static Reply ok(String text) {
        return Reply.lines(text.isEmpty() ? "+OK" : "+OK " + text);
    }

    public static Reply err(String text) {
        return Reply.lines("-ERR " + text);
    }

    /** {@code +OK status}, the lines (byte-stuffed), then {@code .}. */
    public static Reply multiLine(String status, List<String> lines) {
        Reply.Builder reply = Reply.builder().line("+OK " + status);
        for (String line : lines) reply.line(line.startsWith(".") ? "." + line : line); // RFC 1939 §3: byte-stuff
        return reply.line(".").build();
    }

    /**
     * {@code +OK status}, then the message's first {@code length} octets byte-stuffed, then
     * {@code .}. The stored bytes are read once, straight into the reply's buffer.
     */
    public static Reply message(String status, RawMessage raw, int length) {
        byte[] statusLine = ("+OK " + status + "\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(statusLine.length + length + length / 64 + 8);
        out.writeBytes(statusLine);
        boolean lineStart = true;
        for (int i = 0; i < length; i++) {
            byte b = raw.byteAt(i);
            if (lineStart && b == '.') out.write('.'); // RFC 1939 §3: a line starting with "." gets another
            out.write(b);
            lineStart = b == '\n';
        }
        // RFC 1939 §3: the terminator is CRLF "." CRLF, so the last line must end with CRLF first
        // (a message ending in a bare LF gets one too).
        boolean endsWithCrlf = length >= 2 && raw.byteAt(length - 2) == '\r' && raw.byteAt(length - 1) == '\n';
        if (length > 0 && !endsWithCrlf) out.writeBytes(CRLF);
        out.writeBytes(TERMINATOR);
        return new Reply(out.toByteArray(), Reply.Next.READ_LINE);
    }

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] TERMINATOR = {'.', '\r', '\n'};

    /** "1 message", "3 messages": the human-readable text after +OK (RFC 1939 leaves it free). */
    public static String messages(int count) {
        return count + (count == 1 ? " message" : " messages");
    }
}
