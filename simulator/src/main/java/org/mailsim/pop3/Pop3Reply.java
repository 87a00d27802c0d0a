package org.mailsim.pop3;

import java.io.ByteArrayOutputStream;
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
     * {@code .}. The bytes are read once, straight into the reply.
     */
    public static Reply message(String status, RawMessage raw, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + length / 64 + 8);
        boolean lineStart = true;
        for (int i = 0; i < length; i++) {
            byte b = raw.byteAt(i);
            if (lineStart && b == '.') out.write('.'); // RFC 1939 §3: a line starting with "." gets another
            out.write(b);
            lineStart = b == '\n';
        }
        // RFC 1939 §3: the terminator is CRLF "." CRLF, so the last line must end with CRLF first.
        if (length > 0 && !lineStart) out.write(CRLF, 0, 2);
        else if (length > 0 && (length < 2 || raw.byteAt(length - 2) != '\r')) {
            // the message ends in a bare LF: it still needs CRLF before the terminator
            out.write(CRLF, 0, 2);
        }
        return Reply.builder().line("+OK " + status).raw(out.toByteArray()).line(".").build();
    }

    private static final byte[] CRLF = {'\r', '\n'};
}
