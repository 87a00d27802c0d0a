package org.mailsim.imap.message;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;

/**
 * The readable text of a message's body for SEARCH BODY (RFC 3501 §6.4.4): every text/* part,
 * also inside multiparts and encapsulated messages, with its Content-Transfer-Encoding undone
 * by mime4j's decoders (RFC 2045 §6.7 quoted-printable, §6.8 base64) and its charset applied.
 * A charset Java does not know, and us-ascii (often a wrong label), are read as UTF-8.
 */
final class BodyText {
    private BodyText() { }

    /** The decoded text of each text/* part, in part order. */
    static List<String> of(MimePart root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(MimePart part, List<String> texts) {
        if (part.isMultipart()) {
            for (MimePart child : part.children()) collect(child, texts);
        } else if (part.isMessage()) {
            collect(part.message(), texts);
        } else if (part.contentType().is("text")) {
            texts.add(decode(part));
        }
    }

    static String decode(MimePart part) {
        String encoding = part.contentHeader().first("Content-Transfer-Encoding").orElse("7bit").strip();
        InputStream raw = new ByteArrayInputStream(part.bytes(), part.bodyStart(), part.bodySize());
        InputStream decoded = switch (encoding.toLowerCase(Locale.ROOT)) {
            case "base64" -> new Base64InputStream(raw, DecodeMonitor.SILENT);
            case "quoted-printable" -> new QuotedPrintableInputStream(raw, DecodeMonitor.SILENT);
            default -> raw; // RFC 2045 §6.2: 7bit, 8bit and binary are not encoded
        };
        try (decoded) {
            return new String(decoded.readAllBytes(), charset(part.contentType()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Charset charset(ContentType type) {
        String name = type.param("charset").orElse("us-ascii");
        try {
            Charset charset = Charset.forName(name);
            // ASCII is a subset of UTF-8, and mail labelled (or defaulted to) us-ascii often carries UTF-8
            return charset.equals(StandardCharsets.US_ASCII) ? StandardCharsets.UTF_8 : charset;
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
