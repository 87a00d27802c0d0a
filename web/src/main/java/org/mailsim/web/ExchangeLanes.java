package org.mailsim.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
                    LineView line = line(item, protocol, n == current ? "now" : "earlier", n, eavesdropper);
                    if (line != null) out.add(line);
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

    private static LineView line(TranscriptItem item, Protocol protocol, String when, int step, boolean eavesdropper) {
        String text = item.kind() == TranscriptItem.Kind.BINARY ? item.hex(8) : item.text();
        return line(new Item(item.direction(), item.kind(), item.layer(), item.recordType(), item.length(), text, false),
                protocol, when, step, eavesdropper);
    }

    /**
     * What one row shows, wherever it comes from (a replay's transcript, the live view).
     *
     * @param text    a line or literal, CR LF removed; a binary run's first bytes in hex; unused for a TLS record
     * @param masked  the text hides a password or SASL payload
     */
    record Item(Direction direction, TranscriptItem.Kind kind, Layer layer, TlsRecordType recordType, int length,
                String text, boolean masked) { }

    static LineView line(Item item, Protocol protocol, String when, int step, boolean eavesdropper) {
        boolean client = item.direction() == Direction.CLIENT_TO_SERVER;
        String lane = client ? "client" : "server";
        String prefix = item.direction().prefix();
        boolean insideTls = item.layer() == Layer.DECRYPTED;
        if (item.kind() == TranscriptItem.Kind.TLS_RECORD) {
            // The endpoints' view draws the TLS bookkeeping but not each application-data record:
            // the lines it carried are drawn instead, marked as travelling inside TLS.
            if (!eavesdropper && item.recordType() == TlsRecordType.APPLICATION_DATA) return null;
            return new LineView(lane, prefix, "tls", "[TLS " + item.recordType().label() + ", " + item.length() + " bytes]",
                    when, step, false, null, false);
        }
        if (eavesdropper && insideTls) return null; // a sniffer cannot read what TLS carried
        return switch (item.kind()) {
            case LINE -> new LineView(lane, prefix, "line", item.text(), when, step, insideTls,
                    explainHref(protocol, prefix, item.text()), item.masked());
            case LITERAL -> new LineView(lane, prefix, "literal", "[literal, " + item.length() + " bytes] " + firstLine(item.text()),
                    when, step, insideTls, null, item.masked());
            case BINARY -> new LineView(lane, prefix, "binary", "[" + item.length() + " bytes of binary data: " + item.text() + " …]",
                    when, step, insideTls, null, false);
            case TLS_RECORD -> throw new IllegalStateException("handled above");
        };
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        return first.length() > 80 ? first.substring(0, 80) + "…" : first;
    }

    static String explainHref(Protocol protocol, String direction, String text) {
        if (protocol == null) return null;
        return "/explain?protocol=" + protocol.name() + "&direction=" + direction + "&line=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
