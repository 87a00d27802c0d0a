package org.mailsim.net;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;

/**
 * A non-blocking TLS layer over any byte pipe, server or client side: wire bytes in, protocol
 * bytes out, and the other way. It never reads or writes anything itself; the caller moves the
 * bytes. TLS 1.2 and 1.3 only (RFC 8996 deprecates older versions; RFC 8314 §4.1).
 */
final class TlsLayer {

    static final String[] PROTOCOLS = {"TLSv1.3", "TLSv1.2"};

    /** What one call produced: protocol bytes for the application, wire bytes to send to the peer. */
    record Output(byte[] plain, byte[] wire) { }

    private final SSLEngine engine;
    private final TlsSecretsProbe probe; // null unless this client's secrets go to a key log
    private ByteBuffer wireIn;
    private ByteBuffer plainIn;
    private boolean handshakeDone;
    private boolean inboundClosed;

    TlsLayer(SSLEngine engine) {
        this(engine, null);
    }

    /** @param keyLog  where a client's session secrets go, for Wireshark; null for none */
    TlsLayer(SSLEngine engine, TlsKeyLog keyLog) {
        this.engine = engine;
        this.probe = keyLog == null ? null : new TlsSecretsProbe(engine, keyLog);
        engine.setEnabledProtocols(PROTOCOLS);
        this.wireIn = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        this.plainIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
    }

    /** Starts the handshake; for a client this produces the ClientHello. */
    Output begin() throws SSLException {
        engine.beginHandshake();
        return feed(new byte[0]);
    }

    boolean handshakeDone() {
        return handshakeDone;
    }

    /** The negotiated session: protocol version, cipher suite, the peer's certificates. */
    SSLSession session() {
        return engine.getSession();
    }

    /** True once the peer sent close_notify. */
    boolean inboundClosed() {
        return inboundClosed;
    }

    /** Bytes from the wire: decrypts what it can and answers handshake messages. */
    Output feed(byte[] fromWire) throws SSLException {
        wireIn = ensure(wireIn, fromWire.length);
        wireIn.put(fromWire);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        boolean progress = true;
        while (progress) {
            progress = false;
            HandshakeStatus hs = engine.getHandshakeStatus();
            if (hs == HandshakeStatus.NEED_TASK) {
                Runnable task;
                while ((task = engine.getDelegatedTask()) != null) task.run();
                progress = true;
            } else if (hs == HandshakeStatus.NEED_WRAP) {
                progress = wrapInto(ByteBuffer.allocate(0), wire);
            } else if (wireIn.position() > 0 && !inboundClosed) {
                progress = unwrapInto(plain);
            }
            if (probe != null && !handshakeDone) probe.sample();
        }
        if (probe != null && handshakeDone) probe.finish();
        return new Output(plain.toByteArray(), wire.toByteArray());
    }

    /** Protocol bytes to send: encrypted into application data records. */
    byte[] wrap(byte[] plain) throws SSLException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        ByteBuffer src = ByteBuffer.wrap(plain);
        while (src.hasRemaining()) {
            if (!wrapInto(src, wire)) break;
        }
        return wire.toByteArray();
    }

    /** Sends close_notify (RFC 8446 §6.1): the bytes of the alert record. */
    byte[] close() {
        engine.closeOutbound();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        try {
            while (!engine.isOutboundDone()) {
                if (!wrapInto(ByteBuffer.allocate(0), wire)) break;
            }
        } catch (SSLException e) {
            // The peer is gone or the engine already failed: nothing more to say.
        }
        return wire.toByteArray();
    }

    private boolean wrapInto(ByteBuffer src, ByteArrayOutputStream wire) throws SSLException {
        ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        SSLEngineResult result = engine.wrap(src, out);
        note(result);
        out.flip();
        wire.write(out.array(), 0, out.limit());
        if (result.getStatus() == SSLEngineResult.Status.CLOSED) return out.limit() > 0;
        return result.bytesConsumed() > 0 || result.bytesProduced() > 0 || engine.getHandshakeStatus() == HandshakeStatus.NEED_TASK;
    }

    private boolean unwrapInto(ByteArrayOutputStream plain) throws SSLException {
        wireIn.flip();
        SSLEngineResult result;
        try {
            result = engine.unwrap(wireIn, plainIn);
        } finally {
            wireIn.compact();
        }
        note(result);
        switch (result.getStatus()) {
            case BUFFER_OVERFLOW -> {
                plainIn = ensure(plainIn, engine.getSession().getApplicationBufferSize());
                return true;
            }
            case BUFFER_UNDERFLOW -> {
                wireIn = ensure(wireIn, engine.getSession().getPacketBufferSize());
                return false;
            }
            case CLOSED -> inboundClosed = true;
            case OK -> { }
        }
        plainIn.flip();
        plain.write(plainIn.array(), 0, plainIn.limit());
        plainIn.clear();
        return result.bytesConsumed() > 0 || result.bytesProduced() > 0 || inboundClosed;
    }

    private void note(SSLEngineResult result) {
        if (result.getHandshakeStatus() == HandshakeStatus.FINISHED) handshakeDone = true;
    }

    private static ByteBuffer ensure(ByteBuffer buffer, int more) {
        if (buffer.remaining() >= more) return buffer;
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + more));
        buffer.flip();
        bigger.put(buffer);
        return bigger;
    }
}
