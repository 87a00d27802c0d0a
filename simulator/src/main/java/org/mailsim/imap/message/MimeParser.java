package org.mailsim.imap.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mailsim.store.RawMessage;

/**
 * Finds the MIME structure of a message (RFC 2045, RFC 2046) as byte offsets. Header fields are
 * interpreted with mime4j ({@link ContentType}); the body-part boundaries are located here on the
 * raw bytes, because IMAP sizes and {@code BODY[n]} need exact offsets, which mime4j's parsers
 * do not report.
 */
final class MimeParser {
    /** Parts nested deeper are not parsed, so a hostile message cannot exhaust the stack. */
    private static final int MAX_DEPTH = 40;

    private MimeParser() { }

    static MimePart parse(RawMessage message) {
        byte[] bytes = message.toByteArray();
        return message(bytes, 0, bytes.length, 0);
    }

    /** Only the header of a message, for callers that need no MIME structure (ENVELOPE, SEARCH HEADER). */
    static HeaderBlock header(RawMessage message) {
        byte[] bytes = message.toByteArray();
        return HeaderBlock.parse(bytes, 0, headerEnd(bytes, 0, bytes.length));
    }

    /** A message, top-level or encapsulated: header, blank line, body (RFC 5322 §2.1). */
    static MimePart message(byte[] bytes, int start, int end, int depth) {
        int bodyStart = headerEnd(bytes, start, end);
        HeaderBlock header = HeaderBlock.parse(bytes, start, bodyStart);
        // RFC 2045 §4 makes MIME-Version the mark of a MIME message; Dovecot (message-parser.c, without
        // MESSAGE_PARSER_FLAG_MIME_VERSION_STRICT) also takes a Content-Type field as that mark.
        boolean mime = header.has("MIME-Version") || header.has("Content-Type");
        return entity(bytes, start, bodyStart, end, header, mime, ContentType.DEFAULT, depth);
    }

    private static MimePart entity(byte[] bytes, int start, int bodyStart, int end, HeaderBlock header,
                                   boolean mime, ContentType fallback, int depth) {
        ContentType type = fallback;
        if (mime) {
            type = header.first("Content-Type").map(ContentType::parse)
                    .filter(t -> !t.type().isEmpty() && !t.subtype().isEmpty()) // unparsable: use the default
                    .orElse(fallback);
        }
        List<MimePart> children = List.of();
        MimePart message = null;
        if (depth < MAX_DEPTH && type.boundary().isPresent()) {
            ContentType childDefault = type.is("multipart", "digest") ? ContentType.DIGEST_DEFAULT : ContentType.DEFAULT;
            children = parts(bytes, bodyStart, end, type.boundary().get(), childDefault, depth + 1);
        } else if (depth < MAX_DEPTH && type.is("message", "rfc822")) {
            message = message(bytes, bodyStart, end, depth + 1);
        }
        return new MimePart(bytes, start, bodyStart, end, header, mime, type, children, message);
    }

    /**
     * The body parts between the delimiter lines {@code --boundary} up to {@code --boundary--}
     * (RFC 2046 §5.1.1). The CRLF before a delimiter belongs to the delimiter, not to the part;
     * the preamble and epilogue belong to no part. Without a close delimiter the last part runs
     * to the end.
     */
    private static List<MimePart> parts(byte[] bytes, int from, int end, String boundary,
                                        ContentType childDefault, int depth) {
        byte[] dashBoundary = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<MimePart> parts = new ArrayList<>();
        int partStart = -1;
        int pos = from;
        while (pos < end) {
            int next = HeaderBlock.nextLineStart(bytes, pos, end);
            Delimiter delimiter = delimiterAt(bytes, pos, next, dashBoundary);
            if (delimiter != Delimiter.NONE) {
                if (partStart >= 0) parts.add(partBefore(bytes, partStart, pos, childDefault, depth));
                partStart = delimiter == Delimiter.CLOSE ? -1 : next;
                if (delimiter == Delimiter.CLOSE) break;
            }
            pos = next;
        }
        if (partStart >= 0) parts.add(part(bytes, partStart, end, childDefault, depth));
        return parts;
    }

    /**
     * The part that ends where the delimiter line at {@code delimiter} starts. The line end before
     * a delimiter belongs to the delimiter (RFC 2046 §5.1.1), except where it ends the close
     * delimiter of a multipart nested in this part: Dovecot's parser has already taken that line,
     * end included, into the nested multipart, so the part keeps it (its size counts it).
     */
    private static MimePart partBefore(byte[] bytes, int start, int delimiter, ContentType childDefault, int depth) {
        MimePart part = part(bytes, start, lineEndBefore(bytes, delimiter, start), childDefault, depth);
        int lineStart = previousLineStart(bytes, start, delimiter);
        if (lineStart < 0 || !closesNested(bytes, lineStart, delimiter, part)) return part;
        return part(bytes, start, delimiter, childDefault, depth);
    }

    /** Whether the line [from, to) is the close delimiter of a multipart on the last-part path of {@code part}. */
    private static boolean closesNested(byte[] bytes, int from, int to, MimePart part) {
        for (MimePart p = part; p != null; p = p.isMessage() ? p.message() : p.children().isEmpty() ? null : p.children().getLast()) {
            if (p.contentType().boundary().isEmpty()) continue;
            byte[] dash = ("--" + p.contentType().boundary().get()).getBytes(StandardCharsets.ISO_8859_1);
            if (delimiterAt(bytes, from, to, dash) == Delimiter.CLOSE) return true;
        }
        return false;
    }

    /** Start of the line that ends just before {@code pos}, or -1 when there is none after {@code floor}. */
    private static int previousLineStart(byte[] bytes, int floor, int pos) {
        if (pos <= floor || bytes[pos - 1] != '\n') return -1;
        int at = pos - 1;
        while (at > floor && bytes[at - 1] != '\n') at--;
        return at;
    }

    private static MimePart part(byte[] bytes, int start, int end, ContentType childDefault, int depth) {
        int bodyStart = headerEnd(bytes, start, end);
        HeaderBlock header = HeaderBlock.parse(bytes, start, bodyStart);
        return entity(bytes, start, bodyStart, end, header, true, childDefault, depth);
    }

    private enum Delimiter { NONE, NEXT, CLOSE }

    /** {@code --boundary} then optional {@code --}, then only transport padding (RFC 2046 §5.1.1). */
    private static Delimiter delimiterAt(byte[] bytes, int pos, int lineEnd, byte[] dashBoundary) {
        if (lineEnd - pos < dashBoundary.length) return Delimiter.NONE;
        for (int i = 0; i < dashBoundary.length; i++) if (bytes[pos + i] != dashBoundary[i]) return Delimiter.NONE;
        int after = pos + dashBoundary.length;
        boolean close = after + 1 < lineEnd && bytes[after] == '-' && bytes[after + 1] == '-';
        for (int i = close ? after + 2 : after; i < lineEnd; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') return Delimiter.NONE;
        }
        return close ? Delimiter.CLOSE : Delimiter.NEXT;
    }

    /** Steps back over the line end (CRLF or bare LF) that precedes a delimiter line. */
    private static int lineEndBefore(byte[] bytes, int pos, int floor) {
        if (pos - 1 >= floor && bytes[pos - 1] == '\n') pos--;
        if (pos - 1 >= floor && bytes[pos - 1] == '\r') pos--;
        return pos;
    }

    /** Offset after the blank line that ends the header at {@code start}, or {@code end} if none. */
    static int headerEnd(byte[] bytes, int start, int end) {
        int pos = start;
        while (pos < end) {
            if (bytes[pos] == '\n') return pos + 1; // bare-LF blank line
            if (bytes[pos] == '\r' && pos + 1 < end && bytes[pos + 1] == '\n') return pos + 2;
            pos = HeaderBlock.nextLineStart(bytes, pos, end);
        }
        return end;
    }
}
