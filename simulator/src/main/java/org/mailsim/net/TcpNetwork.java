package org.mailsim.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.mailsim.wire.ConnectionTap;
import org.mailsim.wire.Wiretap;

/**
 * Real TCP listeners for live clients (Thunderbird, curl, a phone): one {@link ServerSocket} per
 * listener, one virtual thread per connection running a plain blocking loop, read the socket,
 * {@link ServerConnection#receive}, write the answer. The socket read timeout follows the
 * session's idle timeout.
 *
 * <p>Writes: a reply and an {@link Outbound} push from another thread are sealed (TLS) and queued
 * under the connection's lock, so they keep their order, and a {@link SocketWriter} puts them on
 * the socket from its own virtual thread. Nobody who changes the store waits for a socket.
 */
public final class TcpNetwork implements AutoCloseable {

    private final Wiretap wiretap;
    private final ServerCertificate certificate;
    private final Clock clock;
    private final ConnectionLimits limits = new ConnectionLimits();
    private final AtomicInteger connections = new AtomicInteger();
    private final Map<Integer, ServerSocket> sockets = new LinkedHashMap<>();
    private final Map<String, Open> open = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopping;

    /** Output waiting for a client that does not read, before the connection counts as lost. */
    private static final long MAX_QUEUED_BYTES = 8L * 1024 * 1024;
    private static final Duration FLUSH_ON_CLOSE = Duration.ofSeconds(5);

    private record Open(ServerConnection connection, Socket socket, SocketWriter sink) { }

    public TcpNetwork(Wiretap wiretap, ServerCertificate certificate, Clock clock) {
        this.wiretap = wiretap;
        this.certificate = certificate;
        this.clock = clock;
    }

    /** Binds the listener and starts accepting; returns the port actually bound. */
    public synchronized int start(ListenerConfig listener) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getByName(listener.bindAddress()), listener.bindPort()));
        sockets.put(listener.port(), server);
        threads.add(Thread.ofVirtual().name("accept-" + listener.port()).start(() -> accept(server, listener)));
        return server.getLocalPort();
    }

    /** The port bound for the service on well-known {@code port} (143 → 1143, or an ephemeral port). */
    public synchronized int boundPort(int port) {
        ServerSocket server = sockets.get(port);
        if (server == null) throw new IllegalArgumentException("no listener for port " + port);
        return server.getLocalPort();
    }

    /** Connects a client over TCP, as a device on this machine would. */
    public static ClientConnection connect(String host, int port) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(host, port), 5000);
        return new ClientConnection(new SocketTransport(socket, port));
    }

    /** Stops accepting, gives every open connection its shutdown reply, closes and joins. */
    public void stop() {
        List<Thread> toJoin;
        synchronized (this) {
            stopping = true;
            for (ServerSocket server : sockets.values()) closeQuietly(server);
            toJoin = new ArrayList<>(threads);
        }
        for (Open o : open.values()) {
            writeLocked(o.connection(), o.sink(), o.connection()::shutdown);
            o.sink().flush(FLUSH_ON_CLOSE);
            closeQuietly(o.socket());
        }
        for (Thread t : toJoin) {
            try {
                t.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void accept(ServerSocket server, ListenerConfig listener) {
        while (!stopping) {
            try {
                Socket socket = server.accept();
                synchronized (this) {
                    if (stopping) {
                        closeQuietly(socket);
                        return;
                    }
                    threads.add(Thread.ofVirtual().name("conn-" + socket.getPort()).start(() -> serve(socket, listener)));
                }
            } catch (IOException e) {
                return; // the server socket was closed by stop()
            }
        }
    }

    private void serve(Socket socket, ListenerConfig listener) {
        String address = socket.getInetAddress().getHostAddress();
        ConnectionLimits.Admission admission = limits.tryAcquire(address, listener.limits());
        boolean admitted = admission == ConnectionLimits.Admission.ADMITTED;
        SessionFactory sessions = admitted ? listener.sessions()
                : (context, out) -> TransportRefusal.refusing(listener.protocol(), listener.hostname(), admission, listener.limits());
        String id = "c" + connections.incrementAndGet();
        String remote = address + ":" + socket.getPort();
        ConnectionContext context = new ConnectionContext(id, remote, listener.port(), listener.security(),
                listener.allowPlaintextAuth(), listener.hostname(), clock);
        ConnectionTap tap = wiretap.open(id, remote, listener.port(), socket.getLocalPort(), listener.security());
        ServerConnection connection = null;
        SocketWriter sink;
        try (socket) {
            sink = new SocketWriter(socket.getOutputStream(), MAX_QUEUED_BYTES, Thread.currentThread());
            connection = new ServerConnection(context, sessions, listener.limits(), certificate.serverContext(), tap, sink);
            open.put(id, new Open(connection, socket, sink));
            writeLocked(connection, sink, connection::open);
            loop(socket, connection, sink);
            sink.flush(FLUSH_ON_CLOSE); // the last words (BYE, +OK, 221) reach the client before the socket closes
        } catch (IOException e) {
            if (connection != null) connection.peerClosed("connection lost");
        } finally {
            open.remove(id);
            synchronized (this) {
                threads.remove(Thread.currentThread());
            }
            if (connection == null) tap.closed("could not start the connection");
            if (admitted) limits.release(address);
        }
    }

    private void loop(Socket socket, ServerConnection connection, SocketWriter sink) throws IOException {
        InputStream input = socket.getInputStream();
        byte[] buffer = new byte[4096]; // small: thousands of idle connections each hold one
        while (!connection.isClosed()) {
            long wait = Duration.between(clock.instant(), connection.idleDeadline()).toMillis();
            if (wait <= 0) {
                writeLocked(connection, sink, connection::timeoutIfDue);
                continue;
            }
            socket.setSoTimeout((int) Math.min(wait, Integer.MAX_VALUE));
            int n;
            try {
                n = input.read(buffer);
            } catch (SocketTimeoutException e) {
                continue; // the loop head fires the timeout if it is due
            }
            if (n < 0) {
                connection.peerClosed("client closed the connection");
                return;
            }
            SocketWriter.deferStarts(); // pushes this input causes wait until our own answer is out
            try {
                connection.receive(Arrays.copyOf(buffer, n), sink);
                sink.drainHere();
            } finally {
                SocketWriter.startDeferred();
            }
        }
    }

    /** Runs {@code step} and writes its bytes while holding the connection's lock (see the class comment). */
    private static void writeLocked(ServerConnection connection, SocketWriter sink, Supplier<byte[]> step) {
        connection.lock().lock();
        try {
            byte[] bytes = step.get();
            if (bytes.length > 0) sink.write(bytes);
        } catch (IOException e) {
            connection.peerClosed("connection lost while writing");
        } finally {
            connection.lock().unlock();
        }
        sink.drainHere(); // a no-op off the owner thread, whose bytes a writer thread already has
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // closing on the way out: nothing left to tell anyone
        }
    }
}
