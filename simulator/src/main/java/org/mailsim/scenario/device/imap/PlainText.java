package org.mailsim.scenario.device.imap;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;

/**
 * The text a user reads: the first text/plain part of a fetched message (RFC 2046 §5.1.4: in
 * multipart/alternative the plain one comes first), with its transfer encoding (RFC 2045 §6)
 * and charset undone by mime4j.
 */
final class PlainText {
    private PlainText() { }

    static String of(byte[] message) {
        try {
            Message parsed = new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(message));
            return find(parsed).orElse("");
        } catch (IOException | RuntimeException unreadable) {
            return new String(message, StandardCharsets.UTF_8);
        }
    }

    private static Optional<String> find(Entity entity) throws IOException {
        if (entity.getBody() instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                Optional<String> text = find(part);
                if (text.isPresent()) return text;
            }
            return Optional.empty();
        }
        if (entity.getBody() instanceof TextBody body && entity.getMimeType().equalsIgnoreCase("text/plain")) {
            try (Reader reader = body.getReader()) {
                java.io.StringWriter text = new java.io.StringWriter();
                reader.transferTo(text);
                return Optional.of(text.toString());
            }
        }
        return Optional.empty();
    }
}
