package org.mailsim.scenario.device.pop3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;

import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.mailsim.store.MessageSummary;
import org.mailsim.store.RawMessage;

/**
 * Turns the bytes RETR returned (RFC 1939 §5, already un-stuffed) into the local copy the app
 * lists: From and Subject decoded from the header (RFC 2047), and the first text/plain part with
 * its transfer encoding and charset undone by mime4j (RFC 2045 §6, RFC 2046 §4.1.2).
 */
final class DownloadedMessage {

    private DownloadedMessage() {
    }

    static LocalMessage of(String uidl, byte[] bytes) {
        MessageSummary summary = MessageSummary.of(RawMessage.of(bytes));
        return new LocalMessage(uidl, summary.from(), summary.subject(), plainText(bytes).orElse(""), true, false);
    }

    static Optional<String> plainText(byte[] bytes) {
        try {
            Message message = new DefaultMessageBuilder().parseMessage(new ByteArrayInputStream(bytes));
            return plainText(message);
        } catch (IOException e) {
            return Optional.empty(); // a message mime4j cannot read is listed, with no text to show
        }
    }

    private static Optional<String> plainText(Entity entity) throws IOException {
        if (entity.getBody() instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                Optional<String> text = plainText(part);
                if (text.isPresent()) return text;
            }
            return Optional.empty();
        }
        if (entity.getBody() instanceof TextBody body && "text/plain".equalsIgnoreCase(entity.getMimeType())) {
            return Optional.of(read(body));
        }
        return Optional.empty();
    }

    private static String read(TextBody body) throws IOException {
        StringWriter text = new StringWriter();
        try (var reader = body.getReader()) {
            reader.transferTo(text);
        }
        return text.toString().replace("\r\n", "\n");
    }
}
