package org.mailsim.net;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/**
 * The client end of a connection, for scripted devices and tests, on either network: send
 * lines, read lines and literal bytes, upgrade with {@link #startTls}. Under TLS everything goes
 * through its own client-mode TLS layer, exactly as in a mail app. Not thread-safe: one device,
 * one thread.
 */
public final class ClientConnection implements AutoCloseable {

    private static final byte[] CRLF = {'\r', '\n'};

    private final ClientTransport transport;
    private Duration readTimeout = Duration.ofSeconds(30);
    private TlsLayer tls;
    private byte[] received = new byte[0];
    private boolean serverClosed;

    ClientConnection(ClientTransport transport) {
        this.transport = transport;
    }

    /** The connection's id in the wiretap ("c1", …). */
    public String connectionId() {
        return transport.connectionId();
    }

    /** How long a read waits (virtual time on the virtual network). */
    public ClientConnection readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    /** Sends a line; CR LF is added. */
    public void send(String line) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(CRLF);
        sendRaw(bytes.toByteArray());
    }

    /** Sends bytes exactly as given (through TLS when it is on). */
    public void sendRaw(byte[] bytes) throws IOException {
        transport.write(tls == null ? bytes : tls.wrap(bytes));
    }

    /** The next line from the server, without CR LF. */
    public String readLine() throws IOException {
        int lf;
        while ((lf = indexOfLf()) < 0) fill();
        int end = lf > 0 && received[lf - 1] == '\r' ? lf - 1 : lf;
        String line = new String(received, 0, end, StandardCharsets.UTF_8);
        received = Arrays.copyOfRange(received, lf + 1, received.length);
        return line;
    }

    /** Exactly {@code n} bytes from the server (an IMAP literal). */
    public byte[] readBytes(int n) throws IOException {
        while (received.length < n) fill();
        byte[] bytes = Arrays.copyOf(received, n);
        received = Arrays.copyOfRange(received, n, received.length);
        return bytes;
    }

    /**
     * Runs the TLS handshake as the client: on an implicit-TLS port right after connecting, or
     * after the server accepted STARTTLS / STLS. Fails with an {@link javax.net.ssl.SSLException}
     * when the server's certificate is not trusted or does not name {@code tls.hostname()}.
     */
    public void startTls(ClientTls settings) throws IOException {
        tls = new TlsLayer(settings.newEngine(transport.port()), settings.keyLog());
        received = new byte[0]; // RFC 3207 §4.2: nothing read in cleartext carries over
        TlsLayer.Output out = tls.begin();
        transport.write(out.wire());
        while (!tls.handshakeDone()) {
            byte[] bytes = readTransport();
            out = tls.feed(bytes);
            if (out.wire().length > 0) transport.write(out.wire());
            append(out.plain());
        }
    }

    /**
     * True when a line (or other bytes) from the server can be read without waiting: an IMAP app
     * in IDLE checks this to react to what the server pushed.
     */
    public boolean hasPendingInput() throws IOException {
        if (indexOfLf() >= 0) return true;
        while (!serverClosed && transport.ready()) {
            try {
                fill();
            } catch (EOFException e) {
                break;
            }
            if (indexOfLf() >= 0) return true;
        }
        return indexOfLf() >= 0;
    }

    /**
     * Everything the server has sent that can be read without waiting (decrypted under TLS), as
     * it came: the lab console shows a device whatever arrived, pushes from other sessions included.
     */
    public byte[] readAvailable() throws IOException {
        while (!serverClosed && transport.ready()) {
            try {
                fill();
            } catch (EOFException e) {
                break;
            }
        }
        byte[] all = received;
        received = new byte[0];
        return all;
    }

    public boolean isTls() {
        return tls != null;
    }

    /** The TLS session once the handshake is done: its protocol version and the server's certificate. */
    public Optional<SSLSession> tlsSession() {
        return tls == null || !tls.handshakeDone() ? Optional.empty() : Optional.of(tls.session());
    }

    /** True once the server has closed its end and every byte it sent has been read. */
    public boolean serverClosed() {
        return serverClosed && received.length == 0;
    }

    /**
     * The network goes away under the connection: nothing more is sent, not even TLS's
     * close_notify. The server finds the connection gone (on the virtual network at once; over
     * TCP when the socket closes) and its engine ends the session without a QUIT or LOGOUT.
     */
    public void abort() throws IOException {
        transport.abort();
    }

    @Override
    public void close() throws IOException {
        if (tls != null) {
            byte[] closeNotify = tls.close();
            if (closeNotify.length > 0 && !serverClosed) {
                try {
                    transport.write(closeNotify);
                } catch (IOException e) {
                    // Already gone: nothing to say goodbye to.
                }
            }
        }
        transport.close();
    }

    private void fill() throws IOException {
        byte[] bytes = readTransport();
        if (tls == null) {
            append(bytes);
            return;
        }
        TlsLayer.Output out = tls.feed(bytes);
        if (out.wire().length > 0 && !tls.inboundClosed()) transport.write(out.wire());
        append(out.plain());
        if (tls.inboundClosed()) serverClosed = true;
    }

    private byte[] readTransport() throws IOException {
        if (serverClosed) throw new EOFException("the server closed the connection");
        byte[] bytes = transport.read(readTimeout);
        if (bytes == null) {
            serverClosed = true;
            throw new EOFException("the server closed the connection");
        }
        if (bytes.length == 0) throw new SocketTimeoutException("nothing from the server within " + readTimeout);
        return bytes;
    }

    private void append(byte[] bytes) {
        byte[] joined = Arrays.copyOf(received, received.length + bytes.length);
        System.arraycopy(bytes, 0, joined, received.length, bytes.length);
        received = joined;
    }

    private int indexOfLf() {
        for (int i = 0; i < received.length; i++) if (received[i] == '\n') return i;
        return -1;
    }
}
