package org.mailsim.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import org.mailsim.wire.ConnectionTap;
import org.mailsim.wire.Direction;

/**
 * The server end of one connection, push-driven: no threads, no streams. A driver (the virtual
 * network, a TCP loop) hands it the client's bytes and gets back the bytes to send. Inside, from
 * the wire up: an optional TLS layer, the {@link LineFramer}, the protocol engine ({@link Session}),
 * and the {@link ConnectionTap} that records every byte at every layer.
 *
 * <p>Thread safety: one lock per connection. Replies and {@link Outbound} pushes (IMAP IDLE
 * updates from other sessions' threads) are encrypted and handed to their {@link ByteSink}
 * under that lock, so TLS records leave in the order they were sealed and never interleave.
 */
public final class ServerConnection {

    private final ReentrantLock lock = new ReentrantLock();
    private final ConnectionContext context;
    private final SSLContext tlsContext;
    private final ConnectionTap tap;
    private final ByteSink pushes;
    private final Clock clock;
    private final LineFramer framer;
    private final Session session;
    private final ByteArrayOutputStream outgoing = new ByteArrayOutputStream();
    private final ByteArrayOutputStream heldUntilHandshake = new ByteArrayOutputStream();
    private TlsLayer tls;
    private Reply.Next next = Reply.Next.READ_LINE;
    private boolean greeted;
    private boolean closed;
    private String closeReason;
    /** The first bytes the client sent inside a TLS layer that is not yet up: they name a failure. */
    private byte[] firstTlsBytes;
    /** The client's first cleartext bytes were a TLS ClientHello: the close reason says so. */
    private boolean clientHelloOnCleartext;
    private boolean clientSentCleartext;
    private Instant lastActivity;

    /**
     * @param sessions    makes the engine, handing it an {@link Outbound} that writes through this connection
     * @param pushes      where pushed bytes go (already encrypted under TLS)
     * @param tlsContext  the server certificate's context; used for implicit TLS and STARTTLS
     */
    public ServerConnection(ConnectionContext context, SessionFactory sessions, TransportLimits limits,
                            SSLContext tlsContext, ConnectionTap tap, ByteSink pushes) {
        this.context = context;
        this.tlsContext = tlsContext;
        this.tap = tap;
        this.pushes = pushes;
        this.clock = context.clock();
        this.framer = new LineFramer(limits.maxLineLength());
        this.lastActivity = clock.instant();
        this.session = sessions.open(context, this::push);
    }

    public String id() {
        return context.connectionId();
    }

    /** Starts the connection: the greeting, or for implicit TLS nothing until the handshake is done. */
    public byte[] open() {
        return call(() -> {
            if (context.tlsFromStart()) {
                tls = newServerTls(); // RFC 8314 §3.2: TLS first, greeting after the handshake
            } else {
                greeted = true;
                apply(session.greeting(), "server closed the connection");
            }
        });
    }

    /** Bytes from the client; returns the bytes to send back. */
    public byte[] receive(byte[] fromClient) {
        return call(() -> {
            lastActivity = clock.instant();
            if (tls == null) {
                tap.cleartext(Direction.CLIENT_TO_SERVER, fromClient);
                if (!clientSentCleartext && TlsFailure.looksLikeClientHello(fromClient)) clientHelloOnCleartext = true;
                clientSentCleartext = true;
                frame(fromClient);
            } else {
                receiveTls(fromClient);
            }
        });
    }

    /** Like {@link #receive(byte[])}, but writes the answer to {@code out} while still holding the lock. */
    public void receive(byte[] fromClient, ByteSink out) {
        lock.lock();
        try {
            write(out, receive(fromClient));
        } finally {
            lock.unlock();
        }
    }

    /** When {@link Session#onTimeout()} is due if the client stays silent. */
    public Instant idleDeadline() {
        lock.lock();
        try {
            return lastActivity.plus(session.idleTimeout());
        } finally {
            lock.unlock();
        }
    }

    /** Calls {@link Session#onTimeout()} if the idle deadline has passed; returns the bytes to send. */
    public byte[] timeoutIfDue() {
        return call(() -> {
            if (clock.instant().isBefore(lastActivity.plus(session.idleTimeout()))) return;
            lastActivity = clock.instant();
            apply(session.onTimeout(), "idle timeout");
        });
    }

    /** The server stops: the engine's last word, then close. */
    public byte[] shutdown() {
        return call(() -> {
            sendPlain(session.onShutdown().bytes());
            finish("server shut down");
        });
    }

    /** The client went away (end of stream, reset, or it closed its end). */
    public void peerClosed(String reason) {
        call(() -> finish(tls != null && !tls.handshakeDone() ? TlsFailure.HANDSHAKE_FAILED + TlsFailure.closedDuringHandshake(firstTlsBytes == null)
                : reason));
    }

    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** Why the connection closed, or null while open. */
    public String closeReason() {
        lock.lock();
        try {
            return closeReason;
        } finally {
            lock.unlock();
        }
    }

    /** The engine's state, in the RFC's words. */
    public String stateName() {
        return session.stateName();
    }

    /** The lock that orders this connection's output; a driver may hold it across a receive and its write. */
    public ReentrantLock lock() {
        return lock;
    }

    private void push(byte[] bytes) {
        lock.lock();
        try {
            if (closed) return;
            sendPlain(bytes);
            byte[] wire = drain();
            if (wire.length > 0) write(pushes, wire);
        } finally {
            lock.unlock();
        }
    }

    private byte[] call(Runnable step) {
        lock.lock();
        try {
            if (!closed) step.run();
            return drain();
        } finally {
            lock.unlock();
        }
    }

    private void receiveTls(byte[] fromClient) {
        tap.tlsWire(Direction.CLIENT_TO_SERVER, fromClient);
        if (firstTlsBytes == null && !tls.handshakeDone()) firstTlsBytes = fromClient.clone();
        TlsLayer.Output out;
        try {
            out = tls.feed(fromClient);
        } catch (SSLException e) {
            // Named for a student: which alert the client sent, plain text on a TLS port, no common version…
            String what = tls.handshakeDone() ? "TLS failed: " + e.getMessage()
                    : TlsFailure.HANDSHAKE_FAILED + TlsFailure.serverSide(e, firstTlsBytes == null ? new byte[0] : firstTlsBytes);
            sendWire(tls.close()); // the fatal alert the engine queued, if any
            tls = null;
            finish(what);
            return;
        }
        sendWire(out.wire());
        if (tls.handshakeDone()) {
            if (!greeted) {
                greeted = true;
                apply(session.greeting(), "server closed the connection");
            }
            if (heldUntilHandshake.size() > 0) {
                byte[] held = heldUntilHandshake.toByteArray();
                heldUntilHandshake.reset();
                sendPlain(held);
            }
        }
        if (out.plain().length > 0) {
            tap.decrypted(Direction.CLIENT_TO_SERVER, out.plain());
            frame(out.plain());
        }
        if (tls != null && tls.inboundClosed()) finish("client sent TLS close_notify");
    }

    private void frame(byte[] plain) {
        framer.add(plain);
        LineFramer.Input input;
        while (!closed && !(next instanceof Reply.Next.StartTls) && (input = framer.next(next)) != null) {
            Reply reply = switch (input) {
                case LineFramer.LineInput l -> session.onLine(l.line());
                case LineFramer.LiteralInput l -> session.onLiteral(l.bytes());
                case LineFramer.TooLong t -> session.onLineTooLong();
            };
            apply(reply, "server closed the connection");
        }
    }

    private void apply(Reply reply, String reasonIfClosing) {
        sendPlain(reply.bytes());
        next = reply.next();
        if (next instanceof Reply.Next.StartTls) {
            // RFC 3207 §4.2, RFC 3501 §6.2.1: nothing the client sent before the handshake counts;
            // discarding pipelined cleartext defeats STARTTLS command injection (CVE-2011-0411).
            framer.discardAll();
            tls = newServerTls();
            next = Reply.Next.READ_LINE;
        } else if (next instanceof Reply.Next.Close) {
            finish(reasonIfClosing);
        }
    }

    private void sendPlain(byte[] bytes) {
        if (bytes.length == 0) return;
        if (tls == null) {
            tap.cleartext(Direction.SERVER_TO_CLIENT, bytes);
            outgoing.writeBytes(bytes);
        } else if (!tls.handshakeDone()) {
            heldUntilHandshake.writeBytes(bytes);
        } else {
            tap.decrypted(Direction.SERVER_TO_CLIENT, bytes);
            try {
                sendWire(tls.wrap(bytes));
            } catch (SSLException e) {
                finish("TLS failed: " + e.getMessage());
            }
        }
    }

    private void sendWire(byte[] wire) {
        if (wire.length == 0) return;
        tap.tlsWire(Direction.SERVER_TO_CLIENT, wire);
        outgoing.writeBytes(wire);
    }

    private void finish(String why) {
        if (closed) return;
        closed = true;
        String reason = clientHelloOnCleartext ? TlsFailure.clientHelloOnCleartextPort() + " (" + why + ")" : why;
        closeReason = reason;
        if (tls != null && tls.handshakeDone()) sendWire(tls.close()); // RFC 8446 §6.1 close_notify
        try {
            session.onClose();
        } finally {
            tap.closed(reason);
        }
    }

    private byte[] drain() {
        byte[] bytes = outgoing.toByteArray();
        outgoing.reset();
        return bytes;
    }

    private void write(ByteSink sink, byte[] bytes) {
        if (bytes.length == 0) return;
        try {
            sink.write(bytes);
        } catch (IOException e) {
            finish("connection lost while writing");
            outgoing.reset();
        }
    }

    private TlsLayer newServerTls() {
        SSLEngine engine = tlsContext.createSSLEngine();
        engine.setUseClientMode(false);
        return new TlsLayer(engine);
    }
}
