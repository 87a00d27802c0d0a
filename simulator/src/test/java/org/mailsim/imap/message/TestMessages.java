package org.mailsim.imap.message;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.mailsim.store.RawMessage;

/** The fixture messages in {@code src/test/resources/imap/messages/}, loaded byte for byte. */
final class TestMessages {
    private TestMessages() { }

    static RawMessage load(String name) {
        try (InputStream in = TestMessages.class.getResourceAsStream("/imap/messages/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test message " + name);
            return RawMessage.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] octets) {
        return new String(octets, StandardCharsets.UTF_8);
    }
}
