package org.mailsim.imap.fetch;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.mailsim.imap.message.SectionSpec;
import org.mailsim.imap.parse.ImapDates;
import org.mailsim.store.StoredMessage;

/**
 * Writes one {@code * n FETCH (…)} response (RFC 3501 §7.4.2), items in the order asked.
 * Message text goes out as literals, {@code {n}CRLF} then exactly n bytes, so any byte of the
 * message is safe (RFC 3501 §4.3).
 */
public final class FetchResponseWriter {
    private final MessageParts parts;

    public FetchResponseWriter(MessageParts parts) {
        this.parts = parts;
    }

    /**
     * @param flagList the message's flags as this session shows them, {@code (\Seen \Recent)}
     */
    public byte[] write(int sequence, StoredMessage message, List<FetchItem> items, String flagList) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        text(out, "* " + sequence + " FETCH (");
        boolean first = true;
        for (FetchItem item : items) {
            if (!first) text(out, " ");
            first = false;
            switch (item) {
                case FetchItem.Attribute a -> attribute(out, a, message, flagList);
                case FetchItem.BodySection s -> {
                    text(out, s.responseName() + " ");
                    literal(out, slice(bytes(message, s.section()), s.partial()));
                }
            }
        }
        text(out, ")\r\n");
        return out.toByteArray();
    }

    /**
     * The FETCH for a message another session expunged, which this client still numbers: UID and
     * FLAGS from the session's view; message text is NIL, as in Dovecot; items that need the
     * message itself (ENVELOPE, INTERNALDATE, RFC822.SIZE, BODYSTRUCTURE) are left out.
     */
    public byte[] writeExpunged(int sequence, long uid, List<FetchItem> items, String flagList) {
        List<String> parts = new java.util.ArrayList<>();
        for (FetchItem item : items) {
            switch (item) {
                case FetchItem.Attribute a when a == FetchItem.Attribute.UID -> parts.add("UID " + uid);
                case FetchItem.Attribute a when a == FetchItem.Attribute.FLAGS -> parts.add("FLAGS " + flagList);
                case FetchItem.Attribute a when a == FetchItem.Attribute.RFC822 || a == FetchItem.Attribute.RFC822_HEADER
                        || a == FetchItem.Attribute.RFC822_TEXT -> parts.add(a.imapName() + " NIL");
                case FetchItem.Attribute a -> { }
                case FetchItem.BodySection s -> parts.add(s.responseName() + " NIL");
            }
        }
        return ("* " + sequence + " FETCH (" + String.join(" ", parts) + ")\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private void attribute(ByteArrayOutputStream out, FetchItem.Attribute a, StoredMessage message, String flagList) {
        text(out, a.imapName() + " ");
        switch (a) {
            case FLAGS -> text(out, flagList);
            case INTERNALDATE -> text(out, ImapDates.formatDateTime(message.internalDate()));
            case RFC822_SIZE -> text(out, String.valueOf(message.size()));
            case ENVELOPE -> text(out, parts.envelope(message.raw()));
            case BODY -> text(out, parts.bodyStructure(message.raw(), false));
            case BODYSTRUCTURE -> text(out, parts.bodyStructure(message.raw(), true));
            case UID -> text(out, String.valueOf(message.uid()));
            case RFC822 -> literal(out, message.raw().toByteArray());
            case RFC822_HEADER -> literal(out, bytes(message, new SectionSpec(List.of(), SectionSpec.Text.HEADER, List.of())));
            case RFC822_TEXT -> literal(out, bytes(message, new SectionSpec(List.of(), SectionSpec.Text.TEXT, List.of())));
        }
    }

    private byte[] bytes(StoredMessage message, SectionSpec section) {
        if (section.equals(SectionSpec.WHOLE)) return message.raw().toByteArray();
        return parts.section(message.raw(), section);
    }

    /** RFC 3501 §6.4.5: bytes from offset, at most length; past the end, an empty string. */
    static byte[] slice(byte[] bytes, FetchItem.Partial partial) {
        if (partial == null) return bytes;
        int from = (int) Math.min(partial.offset(), bytes.length);
        int to = (int) Math.min((long) from + partial.length(), bytes.length);
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }

    private static void literal(ByteArrayOutputStream out, byte[] bytes) {
        text(out, "{" + bytes.length + "}\r\n");
        out.writeBytes(bytes);
    }

    private static void text(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
