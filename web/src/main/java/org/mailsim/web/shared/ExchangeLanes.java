package org.mailsim.web.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mailsim.net.Protocol;
import org.mailsim.net.ServicePort;
import org.mailsim.scenario.timeline.StepRecord;
import org.mailsim.scenario.timeline.WireSlice;
import org.mailsim.web.explain.ExplainHandler;
import org.mailsim.wire.ConnectionInfo;
import org.mailsim.wire.Direction;
import org.mailsim.wire.Layer;
import org.mailsim.wire.TappedConnection;
import org.mailsim.wire.TlsRecordType;
import org.mailsim.wire.TranscriptItem;

/**
 * The exchange column: every connection's items from step 1 up to the current step, client and
 * server in their own lanes. The endpoints' view shows what TLS carried (with the handshake
 * records); the eavesdropper's view shows cleartext as it is and TLS only as opaque records.
 * Connections quiet in the current step come first, in the order they opened; those that spoke
 * in it follow in the order they spoke, so an app's SMTP send reads before its APPEND to Sent.
 */
public final class ExchangeLanes {
    private ExchangeLanes() { }

    public static List<ConnectionView> upTo(List<StepRecord> steps, int current, boolean eavesdropper) {
        Map<String, ConnectionInfo> latest = new LinkedHashMap<>();
        Map<String, List<LineView>> lines = new LinkedHashMap<>();
        Map<String, String> closed = new LinkedHashMap<>();
        List<String> spokeNow = new ArrayList<>();
        for (StepRecord record : steps) {
            int n = record.step().number();
            if (n > current) break;
            for (WireSlice slice : record.wire()) {
                if (n == current) spokeNow.add(slice.connection().id());
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
        List<String> order = new ArrayList<>(latest.keySet());
        order.removeAll(spokeNow);
        order.addAll(spokeNow);
        List<ConnectionView> views = new ArrayList<>();
        for (String id : order) {
            ConnectionInfo c = latest.get(id);
            String label = c.remote() + " ↔ server, port " + c.port() + " (" + c.security().label() + "), connection " + c.id();
            String status = closed.containsKey(c.id()) ? "closed: " + closed.get(c.id()) : "open";
            views.add(new ConnectionView(c.id(), label, status, lines.get(id)));
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
    public record Item(Direction direction, TranscriptItem.Kind kind, Layer layer, TlsRecordType recordType, int length,
                String text, boolean masked) { }

    /** The rows of one transcript entry: one, or a literal's announcement and then its lines. */
    public static List<LineView> rows(Item item, Protocol protocol, String when, int step, boolean eavesdropper) {
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
    public static List<ExplainForm> formsUsedBy(List<ConnectionView> connections) {
        java.util.Set<ExplainForm> forms = new java.util.LinkedHashSet<>();
        for (ConnectionView c : connections) {
            for (LineView l : c.lines()) if (l.explain() != null) forms.add(l.explain());
        }
        return List.copyOf(forms);
    }

    /** One connection's exchange: its lines from the first step up to this one. */
    public record ConnectionView(String id, String label, String status, List<LineView> lines) { }

    /**
     * One protocol line, literal, line of a literal, binary run or TLS record.
     *
     * @param lane        "client" or "server"
     * @param prefix      "C:" or "S:", or "C|" / "S|" for a line inside a literal, as in the exports
     * @param kind        "line", "literal", "literal-line", "binary" or "tls"
     * @param when        "now" for this step's lines, "earlier" for those of earlier steps
     * @param insideTls   the endpoints read it decrypted; a sniffer saw only TLS records
     * @param explain     the form its button submits, or {@code null} where there is nothing to explain
     * @param masked      the text hides a password or SASL payload (the live view)
     */
    public record LineView(String lane, String prefix, String kind, String text, String when, int step,
                           boolean insideTls, ExplainForm explain, boolean masked) { }

    /**
     * A form that asks {@code GET /explain} about a line: the line's button submits it with
     * {@code line=} its text. Without JavaScript the browser opens the explanation page; with it,
     * the page shows the answer in its side panel (explain.js, in the player, the live view and the lab).
     *
     * @param id        the form's element id, which the buttons name in their {@code form} attribute
     * @param direction "C" or "S"
     * @param literal   the line is data inside an IMAP literal, not a command or response
     */
    public record ExplainForm(String id, String protocol, String direction, boolean literal) {

        /** The form for lines of {@code protocol} in {@code direction}; none when the port has no known protocol. */
        public static ExplainForm of(org.mailsim.net.Protocol protocol, String direction, boolean literal) {
            if (protocol == null) return null;
            String id = "explain-" + protocol.name().toLowerCase(java.util.Locale.ROOT) + "-"
                    + direction.toLowerCase(java.util.Locale.ROOT) + (literal ? "-literal" : "");
            return new ExplainForm(id, protocol.name(), direction, literal);
        }

        /** Every form a line can submit: for the pages whose lines arrive after the page (the live view, the lab). */
        public static List<ExplainForm> all() {
            List<ExplainForm> forms = new java.util.ArrayList<>();
            for (org.mailsim.net.Protocol protocol : org.mailsim.net.Protocol.values()) {
                for (String direction : List.of("C", "S")) {
                    forms.add(of(protocol, direction, false));
                    forms.add(of(protocol, direction, true));
                }
            }
            return List.copyOf(forms);
        }
    }
}
