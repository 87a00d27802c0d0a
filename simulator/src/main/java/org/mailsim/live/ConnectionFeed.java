package org.mailsim.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.mailsim.net.ServicePort;
import org.mailsim.wire.ConnectionInfo;
import org.mailsim.wire.Direction;
import org.mailsim.wire.Exchange;
import org.mailsim.wire.Layer;
import org.mailsim.wire.Transcript;
import org.mailsim.wire.TranscriptItem;

/**
 * One connection followed as its bytes arrive: regrouped into lines ({@link Transcript.Builder}),
 * secrets hidden ({@link CredentialMask}), and the most recent items kept within {@link LiveLimits}.
 */
final class ConnectionFeed {
    private final LiveLimits limits;
    private final Transcript.Builder transcript;
    private final CredentialMask mask; // null on a port that is no mail service: then every client line is hidden
    private final Deque<LiveLine> lines = new ArrayDeque<>();
    private ConnectionInfo info;
    private long omitted;
    private long chars;
    private boolean tlsActive;

    ConnectionFeed(ConnectionInfo info, LiveLimits limits) {
        this.info = info;
        this.limits = limits;
        this.transcript = new Transcript.Builder(info.port());
        this.mask = ServicePort.byPort(info.port()).map(p -> CredentialMask.forProtocol(p.protocol())).orElse(null);
    }

    /** Takes one exchange; returns the items it completed. */
    List<LiveLine> add(Exchange exchange) {
        if (exchange.layer() == Layer.DECRYPTED) tlsActive = true;
        return keep(transcript.add(exchange));
    }

    /** The connection closed: returns what it left unfinished (a last line without CR LF). */
    List<LiveLine> close(ConnectionInfo closed) {
        info = closed;
        return keep(transcript.finish());
    }

    ConnectionInfo info() {
        return info;
    }

    String account() {
        return mask == null ? null : mask.account().orElse(null);
    }

    boolean tlsActive() {
        return tlsActive;
    }

    LiveConnection snapshot() {
        return new LiveConnection(info, account(), tlsActive, omitted, new ArrayList<>(lines));
    }

    private List<LiveLine> keep(List<TranscriptItem> items) {
        List<LiveLine> added = new ArrayList<>(items.size());
        for (TranscriptItem item : items) {
            LiveLine line = line(item);
            added.add(line);
            lines.addLast(line);
            chars += line.chars();
        }
        while (lines.size() > limits.linesPerConnection() || chars > limits.charsPerConnection() && lines.size() > 1) {
            chars -= lines.removeFirst().chars();
            omitted++;
        }
        return added;
    }

    private LiveLine line(TranscriptItem item) {
        String sent = switch (item.kind()) {
            case LINE, LITERAL -> item.text();
            case BINARY -> item.hex(16); // a TLS ClientHello on a plain port, say: no protocol text to hide
            case TLS_RECORD -> "";
        };
        String shown = item.kind() == TranscriptItem.Kind.LINE || item.kind() == TranscriptItem.Kind.LITERAL ? shown(item, sent) : sent;
        String revealed = shown.equals(sent) ? null : cut(sent);
        return new LiveLine(item.sequence(), item.direction(), item.kind(), item.layer(), item.recordType(), item.length(),
                cut(shown), revealed);
    }

    private String shown(TranscriptItem item, String sent) {
        if (mask != null) return mask.follow(item.direction(), item.kind(), sent);
        return item.direction() == Direction.CLIENT_TO_SERVER ? CredentialMask.HIDDEN : sent;
    }

    private String cut(String text) {
        return text.length() <= limits.charsPerLine() ? text : text.substring(0, limits.charsPerLine()) + "…";
    }
}
