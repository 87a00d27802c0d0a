package org.mailsim.imap.fetch;

import java.time.LocalDate;
import java.util.Optional;

import org.mailsim.imap.message.BodyStructure;
import org.mailsim.imap.message.Envelope;
import org.mailsim.imap.message.MessageText;
import org.mailsim.imap.message.Sections;
import org.mailsim.imap.message.SectionSpec;
import org.mailsim.store.RawMessage;

/** The real {@link MessageParts}: the MIME layer of {@code org.mailsim.imap.message}, built on mime4j. */
public final class MimeMessageParts implements MessageParts {
    public static final MimeMessageParts INSTANCE = new MimeMessageParts();

    private MimeMessageParts() { }

    @Override
    public String envelope(RawMessage message) {
        return Envelope.of(message);
    }

    @Override
    public String bodyStructure(RawMessage message, boolean extensible) {
        return BodyStructure.of(message, extensible);
    }

    @Override
    public byte[] section(RawMessage message, SectionSpec section) {
        return Sections.extract(message, section);
    }

    @Override
    public Optional<LocalDate> sentDate(RawMessage message) {
        return MessageText.sentDate(message);
    }

    @Override
    public boolean headerContains(RawMessage message, String field, String needle) {
        return MessageText.headerContains(message, field, needle);
    }

    @Override
    public boolean addressContains(RawMessage message, String field, String needle) {
        return MessageText.addressContains(message, field, needle);
    }

    @Override
    public boolean bodyContains(RawMessage message, String needle) {
        return MessageText.bodyContains(message, needle);
    }

    @Override
    public boolean textContains(RawMessage message, String needle) {
        return MessageText.textContains(message, needle);
    }
}
