package org.mailsim.imap.command;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The untagged responses (RFC 3501 §7) one command produces before its tagged completion.
 * Plain lines go through {@link #untagged}, which refuses CR and LF so no client input can forge
 * a line; responses that carry literals ({@code {n}CRLF} and data) are written with {@link #raw}.
 */
public final class Responses {
    private static final byte[] CRLF = {'\r', '\n'};
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** {@code * text}. */
    public Responses untagged(String text) {
        return line("* " + text);
    }

    /** A whole line; CR or LF inside is a programming error (STYLE §9). */
    public Responses line(String line) {
        if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a response line may not contain CR or LF");
        }
        out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(CRLF);
        return this;
    }

    /** Bytes as they are: a response with literals, built by a trusted encoder. Ends no line. */
    public Responses raw(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    public boolean isEmpty() {
        return out.size() == 0;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }
}
