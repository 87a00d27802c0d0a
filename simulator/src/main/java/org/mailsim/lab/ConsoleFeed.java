package org.mailsim.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mailsim.net.ServicePort;
import org.mailsim.wire.ConnectionInfo;
import org.mailsim.wire.Exchange;
import org.mailsim.wire.Layer;
import org.mailsim.wire.TappedConnection;
import org.mailsim.wire.TranscriptItem;
import org.mailsim.wire.WiretapListener;

/**
 * The sandbox's wiretap as console lines: it hears every exchange as it is recorded and, when
 * asked, regroups what came since into protocol lines, literals and binary runs, as the player's
 * transcript does. TLS records are left out: the console shows one handshake line instead, and
 * what TLS carried, decrypted. Used under the sandbox's lock only.
 */
final class ConsoleFeed implements WiretapListener {
    private final Map<String, List<Exchange>> pending = new LinkedHashMap<>();
    private final Map<String, ConnectionInfo> connections = new LinkedHashMap<>();

    @Override
    public void onExchange(ConnectionInfo connection, Exchange exchange) {
        connections.put(connection.id(), connection);
        pending.computeIfAbsent(connection.id(), c -> new ArrayList<>()).add(exchange);
    }

    @Override
    public void onConnection(ConnectionInfo connection) {
        connections.put(connection.id(), connection);
    }

    /** The lines recorded since the last call, connection by connection; each names its pane (the device). */
    List<ConsoleLine> take() {
        List<ConsoleLine> lines = new ArrayList<>();
        for (var entry : pending.entrySet()) {
            ConnectionInfo info = connections.get(entry.getKey());
            ServicePort service = ServicePort.byPort(info.port()).orElseThrow();
            for (TranscriptItem item : new TappedConnection(info, entry.getValue()).transcript().items()) {
                if (item.kind() == TranscriptItem.Kind.TLS_RECORD) continue;
                lines.add(new ConsoleLine(info.remote(), info.id(), service, kind(item), item.direction(),
                        item.layer() == Layer.DECRYPTED, text(item), item.length()));
            }
        }
        pending.clear();
        return lines;
    }

    /** Why the server closed a connection ("server closed the connection", "TLS handshake failed: …"). */
    String closeReason(String connectionId) {
        return Optional.ofNullable(connections.get(connectionId)).map(ConnectionInfo::closeReason).orElse("closed");
    }

    private static ConsoleLine.Kind kind(TranscriptItem item) {
        return switch (item.kind()) {
            case LINE -> ConsoleLine.Kind.LINE;
            case LITERAL -> ConsoleLine.Kind.LITERAL;
            case BINARY, TLS_RECORD -> ConsoleLine.Kind.BINARY;
        };
    }

    private static String text(TranscriptItem item) {
        return item.kind() == TranscriptItem.Kind.BINARY
                ? "[" + item.length() + " bytes of binary data: " + item.hex(8) + " …]"
                : item.text();
    }
}
