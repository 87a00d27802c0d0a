package org.mailsim.wire;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.mailsim.net.Security;

/**
 * Records every byte both ways on every connection of a network (STYLE §4). Thread-safe: TCP
 * connections report from their own threads, and one lock guards the whole record. Listeners
 * hear of exchanges under that lock, so each sees a connection's exchanges in sequence order.
 */
public final class Wiretap {

    private final Clock clock;
    private final Retention retention;
    private final Map<String, ConnectionInfo> infos = new LinkedHashMap<>();
    private final Map<String, List<Exchange>> exchanges = new LinkedHashMap<>();
    private final Map<String, long[]> keptAndOmitted = new HashMap<>();
    private final ArrayDeque<String> closedOrder = new ArrayDeque<>();
    private final List<WiretapListener> listeners = new CopyOnWriteArrayList<>();

    /** Keeps everything: for replays and tests. */
    public Wiretap(Clock clock) {
        this(clock, Retention.EVERYTHING);
    }

    public Wiretap(Clock clock, Retention retention) {
        this.clock = clock;
        this.retention = retention;
    }

    /** Starts recording a new connection; its id must be new. */
    public ConnectionTap open(String id, String remote, int port, int standInPort, Security security) {
        ConnectionInfo info = new ConnectionInfo(id, remote, port, standInPort, security, clock.instant(), null, null);
        synchronized (this) {
            if (infos.containsKey(id)) throw new IllegalArgumentException("connection id already used: " + id);
            infos.put(id, info);
            exchanges.put(id, new ArrayList<>());
            keptAndOmitted.put(id, new long[2]);
        }
        for (WiretapListener l : listeners) l.onConnection(info);
        return new ConnectionTap(this, id);
    }

    public void addListener(WiretapListener listener) {
        listeners.add(listener);
    }

    public void removeListener(WiretapListener listener) {
        listeners.remove(listener);
    }

    /** Every connection so far, in the order they opened. */
    public synchronized List<TappedConnection> connections() {
        List<TappedConnection> all = new ArrayList<>();
        for (ConnectionInfo info : infos.values()) all.add(snapshot(info));
        return all;
    }

    public synchronized Optional<TappedConnection> connection(String id) {
        ConnectionInfo info = infos.get(id);
        return info == null ? Optional.empty() : Optional.of(snapshot(info));
    }

    private TappedConnection snapshot(ConnectionInfo info) {
        return new TappedConnection(info, exchanges.get(info.id()), keptAndOmitted.get(info.id())[1]);
    }

    void record(String id, Direction direction, Layer layer, TlsRecordType type, byte[] bytes) {
        Exchange exchange;
        ConnectionInfo info;
        synchronized (this) {
            List<Exchange> list = exchanges.get(id);
            if (list == null) return; // already forgotten (Retention): nothing to add to
            long[] counts = keptAndOmitted.get(id);
            exchange = new Exchange(id, list.size() + counts[1] + 1L, clock.instant(), direction, layer, type, bytes);
            if (counts[0] + bytes.length <= retention.maxBytesPerConnection()) {
                list.add(exchange);
                counts[0] += bytes.length;
            } else {
                counts[1]++; // counted, not kept (Retention)
            }
            info = infos.get(id);
            // Listeners are called under the lock so each sees a connection's exchanges in order.
            for (WiretapListener l : listeners) l.onExchange(info, exchange);
        }
    }

    void close(String id, String reason) {
        ConnectionInfo info;
        synchronized (this) {
            info = infos.get(id);
            if (info == null || !info.isOpen()) return;
            info = info.closedAt(clock.instant(), reason);
            infos.put(id, info);
            closedOrder.add(id);
            while (closedOrder.size() > retention.maxClosedConnections()) {
                String oldest = closedOrder.poll();
                infos.remove(oldest);
                exchanges.remove(oldest);
                keptAndOmitted.remove(oldest);
            }
        }
        for (WiretapListener l : listeners) l.onConnection(info);
    }
}
