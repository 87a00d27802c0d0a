package org.mailsim.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.mailsim.wire.ConnectionTap;
import org.mailsim.wire.Direction;
import org.mailsim.wire.Wiretap;

/**
 * The in-memory network for replays: single-threaded and deterministic. When a device writes,
 * the server side handles the bytes at once on the caller's thread, and its answer waits in the
 * device's queue. Nothing queued means nothing will come: a read then lets {@link VirtualClock}
 * time pass instead of waiting, and idle timers fire in virtual time. Connection ids are "c1",
 * "c2", … in connect order. Pushes from other sessions (IMAP IDLE) land in the queue at once.
 * TLS is real: the same {@link ServerConnection} and client TLS layer run over the queues.
 */
public final class VirtualNetwork {

    private final VirtualClock clock;
    private final Wiretap wiretap;
    private final SSLContext serverTls;
    private final Map<Integer, ListenerConfig> listeners = new HashMap<>();
    private final Map<String, OnPathObserver> onPath = new HashMap<>();
    private final Map<String, Link> links = new LinkedHashMap<>();
    private final ConnectionLimits limits = new ConnectionLimits();
    private int connections;

    public VirtualNetwork(VirtualClock clock, Wiretap wiretap, ServerCertificate certificate) {
        this.clock = clock;
        this.wiretap = wiretap;
        this.serverTls = certificate.serverContext();
    }

    public VirtualClock clock() {
        return clock;
    }

    /** Listens on the listener's well-known port (143, 993, …). */
    public void listen(ListenerConfig listener) {
        listeners.put(listener.port(), listener);
    }

    /** Puts {@code observer} between {@code device} and every server it connects to from now on. */
    public void placeOnPath(String device, OnPathObserver observer) {
        onPath.put(device, observer);
    }

    /** Connects {@code device} to the well-known {@code port}. */
    public ClientConnection connect(String device, int port) throws ConnectException {
        ListenerConfig listener = listeners.get(port);
        if (listener == null) throw new ConnectException("connection refused: nothing listens on port " + port);
        String id = "c" + (++connections);
        ConnectionLimits.Admission admission = limits.tryAcquire(device, listener.limits());
        boolean admitted = admission == ConnectionLimits.Admission.ADMITTED;
        SessionFactory sessions = admitted ? listener.sessions()
                : (context, out) -> TransportRefusal.refusing(listener.protocol(), listener.hostname(), admission, listener.limits());
        Link link = new Link(id, device, port, admitted, onPath.getOrDefault(device, OnPathObserver.NONE));
        ConnectionContext context = new ConnectionContext(id, device, port, listener.security(),
                listener.allowPlaintextAuth(), listener.hostname(), clock);
        ConnectionTap tap = wiretap.open(id, device, port, port, listener.security());
        link.server = new ServerConnection(context, sessions, listener.limits(), serverTls, tap, link::deliver);
        links.put(id, link);
        link.deliver(link.server.open());
        link.afterServerCall();
        return new ClientConnection(link);
    }

    /** Lets virtual time pass; every connection whose idle deadline is reached gets its timeout. */
    public void advance(Duration duration) {
        clock.advance(duration);
        for (Link link : new ArrayList<>(links.values())) {
            if (link.server.isClosed() || link.server.idleDeadline().isAfter(clock.instant())) continue;
            link.deliver(link.server.timeoutIfDue());
            link.afterServerCall();
        }
    }

    /** Stops every server connection with its protocol's shutdown reply. */
    public void stop() {
        for (Link link : new ArrayList<>(links.values())) {
            link.deliver(link.server.shutdown());
            link.afterServerCall();
        }
    }

    /**
     * The server engine's state on an open connection, in the RFC's words ("NOT AUTHENTICATED",
     * "TRANSACTION", "DATA"…); empty once the server has closed it. The lab console's hint line reads it.
     */
    public Optional<String> stateName(String connectionId) {
        Link link = links.get(connectionId);
        return link == null || link.server.isClosed() ? Optional.empty() : Optional.of(link.server.stateName());
    }

    /** The ids of the connections still open on the server side, in connect order. */
    public List<String> openConnections() {
        return links.values().stream().filter(l -> !l.server.isClosed()).map(l -> l.id).toList();
    }

    /** One connection: the device's queue of server bytes, and the server end. */
    private final class Link implements ClientTransport {
        private final String id;
        private final String device;
        private final int port;
        private final OnPathObserver observer;
        private final ArrayDeque<byte[]> toClient = new ArrayDeque<>();
        private boolean holdsSlot;
        private boolean clientClosed;
        private ServerConnection server;

        Link(String id, String device, int port, boolean holdsSlot, OnPathObserver observer) {
            this.id = id;
            this.device = device;
            this.port = port;
            this.holdsSlot = holdsSlot;
            this.observer = observer;
        }

        void deliver(byte[] bytes) {
            if (bytes.length == 0 || clientClosed) return;
            byte[] relayed = observer.relay(id, Direction.SERVER_TO_CLIENT, bytes);
            if (relayed.length > 0) toClient.add(relayed);
        }

        void afterServerCall() {
            if (server.isClosed()) links.remove(id);
            if (server.isClosed() && holdsSlot) {
                holdsSlot = false;
                limits.release(device);
            }
        }

        @Override
        public void write(byte[] bytes) throws IOException {
            if (clientClosed) throw new IOException("connection " + id + " is closed");
            if (server.isClosed()) throw new IOException("connection reset: the server closed " + id);
            byte[] relayed = observer.relay(id, Direction.CLIENT_TO_SERVER, bytes);
            if (relayed.length == 0) return;
            deliver(server.receive(relayed));
            afterServerCall();
        }

        @Override
        public byte[] read(Duration timeout) {
            if (toClient.isEmpty() && !server.isClosed()) advance(timeout);
            if (toClient.isEmpty()) return server.isClosed() ? null : new byte[0];
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            while (!toClient.isEmpty()) all.writeBytes(toClient.poll());
            return all.toByteArray();
        }

        @Override
        public boolean ready() {
            return !toClient.isEmpty() || server.isClosed();
        }

        @Override
        public void close() {
            end("client closed the connection");
        }

        @Override
        public void abort() {
            end("connection lost: the client vanished without a goodbye");
        }

        private void end(String reason) {
            if (clientClosed) return;
            clientClosed = true;
            toClient.clear();
            server.peerClosed(reason);
            afterServerCall();
        }

        @Override
        public String connectionId() {
            return id;
        }

        @Override
        public int port() {
            return port;
        }
    }
}
