package org.mailsim.net;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What an engine answers to one input: the bytes to send (whole protocol lines, CR LF included,
 * and any literal data) and what the transport does next.
 */
public record Reply(byte[] bytes, Next next) {

    /** What the transport does once {@link #bytes()} are sent. */
    public sealed interface Next {
        /** Read the next line. */
        record ReadLine() implements Next { }

        /** Read exactly {@code size} bytes and hand them to {@link Session#onLiteral}. */
        record ReadLiteral(long size) implements Next {
            public ReadLiteral {
                if (size < 0) throw new IllegalArgumentException("literal size " + size);
            }
        }

        /** Run the TLS handshake as the server (RFC 3501 §6.2.1, RFC 2595 §4, RFC 3207), then read lines. */
        record StartTls() implements Next { }

        /** Close the connection. */
        record Close() implements Next { }

        ReadLine READ_LINE = new ReadLine();
        StartTls START_TLS = new StartTls();
        Close CLOSE = new Close();
    }

    public Reply {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The bytes as text, for tests and logs. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The reply split into lines without their CR LF (literal data included as it falls). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(text().split("\r\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }

    /** Lines of text, each sent with CR LF, then read the next line. */
    public static Reply lines(String... lines) {
        return builder().lines(lines).build();
    }

    /** Lines of text, each sent with CR LF, then close. */
    public static Reply closing(String... lines) {
        return builder().lines(lines).then(Next.CLOSE);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects lines and raw bytes (literals) of one reply. */
    public static final class Builder {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Builder line(String line) {
            if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
                // STYLE §9: client input must never forge a reply line.
                throw new IllegalArgumentException("a reply line may not contain CR or LF");
            }
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(CRLF);
            return this;
        }

        public Builder lines(String... lines) {
            for (String line : lines) line(line);
            return this;
        }

        /** Raw bytes sent as they are: literal data, a message body. */
        public Builder raw(byte[] bytes) {
            out.writeBytes(bytes);
            return this;
        }

        public Builder append(Reply other) {
            out.writeBytes(other.bytes);
            return this;
        }

        public boolean isEmpty() {
            return out.size() == 0;
        }

        public Reply build() {
            return then(Next.READ_LINE);
        }

        public Reply then(Next next) {
            return new Reply(out.toByteArray(), next);
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};
}
