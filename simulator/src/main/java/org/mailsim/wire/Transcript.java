package org.mailsim.wire;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mailsim.net.Protocol;
import org.mailsim.net.ServicePort;

/**
 * A connection's bytes as a reader follows them: cleartext and decrypted bytes regrouped into
 * protocol lines per direction (however TCP cut them), IMAP literals as one item each, binary
 * runs marked as such, and TLS records listed one by one as an eavesdropper sees them. Items
 * are in the order their first byte was seen.
 */
public record Transcript(String connectionId, List<TranscriptItem> items) {

    // RFC 3501 §4.3: a line ending in {n} (or the RFC 7888 non-synchronizing {n+}) announces n bytes.
    private static final Pattern LITERAL = Pattern.compile("\\{(\\d{1,10})\\+?}\r?\n$");

    public Transcript {
        items = List.copyOf(items);
    }

    public static Transcript of(TappedConnection connection) {
        Builder builder = new Builder(connection.info().port());
        List<TranscriptItem> items = new ArrayList<>();
        for (Exchange e : connection.exchanges()) items.addAll(builder.add(e));
        items.addAll(builder.finish());
        items.sort(Comparator.comparingLong(TranscriptItem::sequence));
        return new Transcript(connection.id(), items);
    }

    /**
     * Builds a transcript while the bytes still arrive (the live view): each exchange yields the
     * items it completed, in the order they completed; {@link #finish} yields what was left
     * unfinished when the connection closed.
     */
    public static final class Builder {
        private final Map<Direction, Grouper> groupers = new EnumMap<>(Direction.class);

        /** @param port the well-known port of the connection, which says whether IMAP literals are cut out */
        public Builder(int port) {
            // Only IMAP has literals; a "{5}" at the end of a POP3 or SMTP line is just text.
            boolean imap = ServicePort.byPort(port).map(p -> p.protocol() == Protocol.IMAP).orElse(false);
            for (Direction d : Direction.values()) groupers.put(d, new Grouper(d, imap));
        }

        public List<TranscriptItem> add(Exchange e) {
            List<TranscriptItem> items = new ArrayList<>();
            if (e.layer() == Layer.TLS_RECORD) {
                items.add(new TranscriptItem(e.sequence(), e.direction(), TranscriptItem.Kind.TLS_RECORD,
                        Layer.TLS_RECORD, e.recordType(), e.bytes()));
            } else {
                groupers.get(e.direction()).add(e, items);
            }
            return items;
        }

        public List<TranscriptItem> finish() {
            List<TranscriptItem> items = new ArrayList<>();
            for (Grouper g : groupers.values()) g.finish(items);
            return items;
        }
    }

    /** The items that went one way. */
    public List<TranscriptItem> items(Direction direction) {
        return items.stream().filter(i -> i.direction() == direction).toList();
    }

    /** The text of every protocol line that went one way, CR LF removed: handy in tests. */
    public List<String> lines(Direction direction) {
        return items(direction).stream().filter(i -> i.kind() == TranscriptItem.Kind.LINE)
                .map(TranscriptItem::text).toList();
    }

    /** Regroups one direction's protocol bytes into lines and literals. */
    private static final class Grouper {
        private final Direction direction;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private long startSequence;
        private Layer startLayer;
        private final boolean literals;
        private long literalLeft;

        Grouper(Direction direction, boolean literals) {
            this.direction = direction;
            this.literals = literals;
        }

        /** Takes one exchange's bytes in one pass: a long literal arriving in many pieces costs no more than its length. */
        void add(Exchange e, List<TranscriptItem> out) {
            byte[] in = e.bytes();
            int at = 0;
            while (at < in.length) {
                if (buffer.size() == 0) {
                    startSequence = e.sequence();
                    startLayer = e.layer();
                }
                if (literalLeft > 0) {
                    int n = (int) Math.min(literalLeft, in.length - at);
                    buffer.write(in, at, n);
                    at += n;
                    literalLeft -= n;
                    if (literalLeft == 0) emit(out, TranscriptItem.Kind.LITERAL);
                    continue;
                }
                int end = lineEnd(in, at);
                if (end < 0) {
                    // Not a line: keep the whole run the transport delivered together.
                    buffer.write(in, at, in.length - at);
                    emit(out, TranscriptItem.Kind.BINARY);
                    return;
                }
                boolean complete = in[end - 1] == '\n';
                byte[] line;
                if (complete && buffer.size() == 0) { // the usual case: the whole line in this exchange
                    line = java.util.Arrays.copyOfRange(in, at, end);
                    out.add(new TranscriptItem(startSequence, direction, TranscriptItem.Kind.LINE, startLayer, null, line));
                } else {
                    buffer.write(in, at, end - at);
                    if (!complete) return; // the rest of the line comes in a later exchange
                    line = emit(out, TranscriptItem.Kind.LINE);
                }
                at = end;
                if (literals && announcesLiteral(line)) {
                    Matcher m = LITERAL.matcher(new String(line, java.nio.charset.StandardCharsets.ISO_8859_1));
                    if (m.find()) literalLeft = Long.parseLong(m.group(1));
                }
            }
        }

        void finish(List<TranscriptItem> out) {
            if (buffer.size() == 0) return;
            byte[] data = buffer.toByteArray();
            TranscriptItem.Kind kind = literalLeft > 0 ? TranscriptItem.Kind.LITERAL
                    : isText(data, 0, data.length) ? TranscriptItem.Kind.LINE : TranscriptItem.Kind.BINARY;
            out.add(new TranscriptItem(startSequence, direction, kind, startLayer, null, data));
            buffer.reset();
        }

        private byte[] emit(List<TranscriptItem> out, TranscriptItem.Kind kind) {
            byte[] bytes = buffer.toByteArray();
            out.add(new TranscriptItem(startSequence, direction, kind, startLayer, null, bytes));
            buffer.reset();
            return bytes;
        }

        /** Ends in "}" CR LF or "}" LF: the cheap test before the pattern. */
        private static boolean announcesLiteral(byte[] line) {
            int n = line.length;
            return n >= 2 && (line[n - 2] == '}' || n >= 3 && line[n - 2] == '\r' && line[n - 3] == '}');
        }

        /**
         * Where the line starting at {@code from} ends: after its LF, or at the end of the bytes
         * when it goes on later; -1 when a byte before that is no text (see {@link #isText}).
         */
        private static int lineEnd(byte[] data, int from) {
            for (int i = from; i < data.length; i++) {
                int b = data[i] & 0xff;
                if (b == '\n') return i + 1;
                if (b < 0x20 && b != '\t' && b != '\r' || b == 0x7f) return -1;
            }
            return data.length;
        }

        /** Text: printable ASCII, TAB, CR, LF, or any byte of 8-bit text (RFC 6152); no other controls. */
        private static boolean isText(byte[] data, int from, int to) {
            for (int i = from; i < to; i++) {
                int b = data[i] & 0xff;
                if (b < 0x20 && b != '\t' && b != '\r' && b != '\n' || b == 0x7f) return false;
            }
            return true;
        }
    }
}
