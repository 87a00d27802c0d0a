package org.mailsim.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mailsim.net.Protocol;
import org.mailsim.net.ServicePort;
import org.mailsim.scenario.timeline.StepRecord;
import org.mailsim.scenario.timeline.WireSlice;
import org.mailsim.wire.ConnectionInfo;
import org.mailsim.wire.Direction;
import org.mailsim.wire.Layer;
import org.mailsim.wire.TappedConnection;
import org.mailsim.wire.TlsRecordType;
import org.mailsim.wire.TranscriptItem;
import org.mailsim.web.PlayerView.ConnectionView;
import org.mailsim.web.PlayerView.ExplainForm;
import org.mailsim.web.PlayerView.LineView;

/**
 * The exchange column: every connection's items from step 1 up to the current step, client and
 * server in their own lanes. The endpoints' view shows what TLS carried (with the handshake
 * records); the eavesdropper's view shows cleartext as it is and TLS only as opaque records.
 */
final class ExchangeLanes {
    private ExchangeLanes() { }

    static List<ConnectionView> upTo(List<StepRecord> steps, int current, boolean eavesdropper) {
        Map<String, ConnectionInfo> latest = new LinkedHashMap<>();
        Map<String, List<LineView>> lines = new LinkedHashMap<>();
        Map<String, String> closed = new LinkedHashMap<>();
        for (StepRecord record : steps) {
            int n = record.step().number();
            if (n > current) break;
            for (WireSlice slice : record.wire()) {
                ConnectionInfo c = slice.connection();
                latest.put(c.id(), c);
                if (slice.closed()) closed.put(c.id(), c.closeReason());
                List<LineView> out = lines.computeIfAbsent(c.id(), id -> new ArrayList<>());
                Protocol protocol = ServicePort.byPort(c.port()).map(ServicePort::protocol).orElse(null);
                for (TranscriptItem item : new TappedConnection(c, slice.exchanges()).transcript().items()) {
                    out.addAll(rows(item, protocol, n == current ? "now" : "earlier", n, eavesdropper));
                }
            }
        }
        List<ConnectionView> views = new ArrayList<>();
        for (var entry : latest.entrySet()) {
            ConnectionInfo c = entry.getValue();
            String label = c.remote() + " ↔ server, port " + c.port() + " (" + c.security().label() + "), connection " + c.id();
            String status = closed.containsKey(c.id()) ? "closed: " + closed.get(c.id()) : "open";
            views.add(new ConnectionView(c.id(), label, status, lines.get(entry.getKey())));
        }
        return views;
    }

    private static List<LineView> rows(TranscriptItem item, Protocol protocol, String when, int step, boolean eavesdropper) {
        String text = item.kind() == TranscriptItem.Kind.BINARY ? item.hex(8) : item.text();
        return rows(new Item(item.direction(), item.kind(), item.layer(), item.recordType(), item.length(), text, false),
                protocol, when, step, eavesdropper);
    }

    /**
     * What one transcript entry shows, wherever it comes from (a replay's transcript, the live view, the lab).
     *
     * @param text    a line or literal, CR LF removed; a binary run's first bytes in hex; unused for a TLS record
     * @param masked  the text hides a password or SASL payload
     */
    record Item(Direction direction, TranscriptItem.Kind kind, Layer layer, TlsRecordType recordType, int length,
                String text, boolean masked) { }

    /** The rows of one transcript entry: one, or a literal's announcement and then its lines. */
    static List<LineView> rows(Item item, Protocol protocol, String when, int step, boolean eavesdropper) {
        boolean client = item.direction() == Direction.CLIENT_TO_SERVER;
        String lane = client ? "client" : "server";
        String prefix = item.direction().prefix();
        boolean insideTls = item.layer() == Layer.DECRYPTED;
        if (item.kind() == TranscriptItem.Kind.TLS_RECORD) {
            // The endpoints' view draws the TLS bookkeeping but not each application-data record:
            // the lines it carried are drawn instead, marked as travelling inside TLS.
            if (!eavesdropper && item.recordType() == TlsRecordType.APPLICATION_DATA) return List.of();
            return List.of(new LineView(lane, prefix + ":", "tls", "[TLS " + item.recordType().label() + ", " + item.length() + " bytes]",
                    when, step, false, null, false));
        }
        if (eavesdropper && insideTls) return List.of(); // a sniffer cannot read what TLS carried
        return switch (item.kind()) {
            case LINE -> List.of(new LineView(lane, prefix + ":", "line", item.text(), when, step, insideTls,
                    explain(protocol, prefix, false, item.text()), item.masked()));
            case LITERAL -> {
                // RFC 3501 §4.3: "{n}" announces n bytes of data; the lines of that data follow, marked "|" as in the exports.
                List<LineView> out = new ArrayList<>();
                out.add(new LineView(lane, prefix + ":", "literal", "[literal " + item.length() + " bytes]", when, step, insideTls,
                        ExplainForm.of(protocol, prefix, false), false));
                for (String text : item.text().split("\r?\n", -1)) {
                    out.add(new LineView(lane, prefix + "|", "literal-line", text, when, step, insideTls,
                            explain(protocol, prefix, true, text), item.masked()));
                }
                yield out;
            }
            case BINARY -> List.of(new LineView(lane, prefix + ":", "binary", "[" + item.length() + " bytes of binary data: "
                    + item.text() + " …]", when, step, insideTls, null, false));
            case TLS_RECORD -> throw new IllegalStateException("handled above");
        };
    }

    /** The form a line's button submits; none for a line longer than the explain page takes. */
    private static ExplainForm explain(Protocol protocol, String direction, boolean literal, String text) {
        return text.length() <= ExplainHandler.MAX_LINE ? ExplainForm.of(protocol, direction, literal) : null;
    }

    /** The forms that the lines on the page submit, each once, in the order the lines first use them. */
    static List<ExplainForm> formsUsedBy(List<ConnectionView> connections) {
        java.util.Set<ExplainForm> forms = new java.util.LinkedHashSet<>();
        for (ConnectionView c : connections) {
            for (LineView l : c.lines()) if (l.explain() != null) forms.add(l.explain());
        }
        return List.copyOf(forms);
    }
}
