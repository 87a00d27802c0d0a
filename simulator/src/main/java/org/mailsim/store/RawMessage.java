package org.mailsim.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of one RFC 5322 message, exactly as delivered. Immutable: handed to every session
 * that reads it without copying, so nothing may write into it.
 */
public final class RawMessage {
    private final byte[] bytes;

    private RawMessage(byte[] bytes) {
        this.bytes = bytes;
    }

    public static RawMessage of(byte[] bytes) {
        return new RawMessage(bytes.clone());
    }

    /** A message from text; bare LF line ends become CR LF, as RFC 5322 §2.3 requires. */
    public static RawMessage ofText(String text) {
        String crlf = text.replace("\r\n", "\n").replace("\n", "\r\n");
        return new RawMessage(crlf.getBytes(StandardCharsets.UTF_8));
    }

    /** RFC822.SIZE: the size in octets (RFC 3501 §2.3.4). */
    public int size() {
        return bytes.length;
    }

    public byte byteAt(int index) {
        return bytes[index];
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** A copy of part of the bytes, clamped to the message. */
    public byte[] slice(int from, int length) {
        int start = Math.max(0, Math.min(from, bytes.length));
        int end = (int) Math.max(start, Math.min((long) start + Math.max(0, length), bytes.length));
        return Arrays.copyOfRange(bytes, start, end);
    }

    /** The header block, up to and including the blank line (RFC 5322 §2.1). */
    public int headerLength() {
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') return i + 4;
        }
        for (int i = 0; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\n' && bytes[i + 1] == '\n') return i + 2; // tolerate bare LF
        }
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawMessage m && Arrays.equals(m.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "RawMessage[" + bytes.length + " bytes]";
    }
}
