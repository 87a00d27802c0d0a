package org.mailsim.net;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Drives a {@link Session} in memory exactly as a transport would: client bytes in, split into
 * lines and literals as the engine asks, server bytes out. Tests read like transcripts:
 *
 * <pre>
 *   var imap = SessionDriver.open(ImapSession::new, ...);
 *   assertThat(imap.send("a1 LOGIN alice alice")).containsExactly("a1 OK LOGIN completed");
 * </pre>
 */
public final class SessionDriver {

    /** A fixed instant for deterministic tests: 2026-01-15 09:30 UTC. */
    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:30:00Z"), ZoneOffset.UTC);

    private final Session session;
    private final ConcurrentLinkedQueue<byte[]> pushed;
    private final int maxLineLength;
    private byte[] pending = new byte[0];
    private Reply.Next next = Reply.Next.READ_LINE;
    private boolean closed;
    private boolean tlsStarted;
    private final List<String> greeting;

    private SessionDriver(Session session, ConcurrentLinkedQueue<byte[]> pushed, int maxLineLength) {
        this.session = session;
        this.pushed = pushed;
        this.maxLineLength = maxLineLength;
        Reply hello = session.greeting();
        this.greeting = hello.lines();
        this.next = hello.next();
        this.closed = hello.next() instanceof Reply.Next.Close;
    }

    /** Opens a session made by {@code factory} for a context on the given port and security. */
    public static SessionDriver open(SessionFactory factory, ConnectionContext context) {
        ConcurrentLinkedQueue<byte[]> pushed = new ConcurrentLinkedQueue<>();
        return new SessionDriver(factory.open(context, pushed::add), pushed, 8192);
    }

    /** A context for tests: connection "c1" from "test", hostname mail.mailsim.test, fixed clock. */
    public static ConnectionContext context(int port, Security security, boolean allowPlaintextAuth) {
        return new ConnectionContext("c1", "test", port, security, allowPlaintextAuth, "mail.mailsim.test", FIXED_CLOCK);
    }

    public List<String> greeting() {
        return greeting;
    }

    /**
     * Sends client text: each {@code \n}-separated line gets CR LF unless it has one. Returns
     * the server's lines (CR LF removed) in answer to all of it.
     */
    public List<String> send(String... lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String line : lines) {
            bytes.writeBytes(line.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(new byte[] {'\r', '\n'});
        }
        return sendRaw(bytes.toByteArray());
    }

    /** Sends bytes exactly as given; returns the server's answer split into lines. */
    public List<String> sendRaw(byte[] clientBytes) {
        return split(sendRawBytes(clientBytes));
    }

    /** Sends bytes exactly as given; returns the server's answer as bytes. */
    public byte[] sendRawBytes(byte[] clientBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = concat(pending, clientBytes);
        int at = 0;
        while (!closed && at < buffer.length) {
            Reply reply;
            if (next instanceof Reply.Next.ReadLiteral literal) {
                if (buffer.length - at < literal.size()) break;
                reply = session.onLiteral(Arrays.copyOfRange(buffer, at, at + (int) literal.size()));
                at += (int) literal.size();
            } else {
                int lf = indexOf(buffer, at, (byte) '\n');
                if (lf < 0) break;
                int end = lf;
                boolean crlf = end > at && buffer[end - 1] == '\r';
                if (crlf) end--;
                if (end - at > maxLineLength) {
                    reply = session.onLineTooLong();
                } else {
                    reply = session.onLine(new Line(Arrays.copyOfRange(buffer, at, end), crlf));
                }
                at = lf + 1;
            }
            out.writeBytes(reply.bytes());
            next = reply.next();
            if (next instanceof Reply.Next.StartTls) {
                tlsStarted = true; // in memory the "handshake" always succeeds
                next = Reply.Next.READ_LINE;
            }
            if (next instanceof Reply.Next.Close) {
                closed = true;
                session.onClose();
            }
        }
        pending = Arrays.copyOfRange(buffer, at, buffer.length);
        return out.toByteArray();
    }

    /** What the engine pushed through its {@link Outbound} since the last call, as lines. */
    public List<String> pushed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk;
        while ((chunk = pushed.poll()) != null) out.writeBytes(chunk);
        return split(out.toByteArray());
    }

    /** Fires the idle timer. */
    public List<String> timeout() {
        return apply(Session::onTimeout);
    }

    /** The server shuts down. */
    public List<String> shutdown() {
        return apply(Session::onShutdown);
    }

    /** The client vanishes without a word (a dropped connection). */
    public void drop() {
        if (!closed) {
            closed = true;
            session.onClose();
        }
    }

    public boolean closed() {
        return closed;
    }

    /** True once the engine asked for a TLS handshake (STARTTLS / STLS). */
    public boolean tlsStarted() {
        return tlsStarted;
    }

    public Session session() {
        return session;
    }

    public String state() {
        return session.stateName();
    }

    private List<String> apply(java.util.function.Function<Session, Reply> call) {
        Reply reply = call.apply(session);
        next = reply.next();
        if (next instanceof Reply.Next.Close && !closed) {
            closed = true;
            session.onClose();
        }
        return reply.lines();
    }

    private static List<String> split(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }

    private static int indexOf(byte[] bytes, int from, byte b) {
        for (int i = from; i < bytes.length; i++) if (bytes[i] == b) return i;
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

}
