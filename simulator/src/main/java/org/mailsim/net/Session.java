package org.mailsim.net;

/**
 * The seam between a listener, which only moves bytes, and a protocol engine, which only
 * speaks the protocol. The IMAP, POP3 and SMTP engines implement it; the TCP listeners, the
 * virtual network, the lab console and the tests all drive it the same way:
 *
 * <pre>
 *   greeting()                      once, when the connection opens
 *   loop:
 *     onLine(line)                  when reply.next() is {@link Reply.Next.ReadLine}
 *     onLiteral(bytes)              when reply.next() is {@link Reply.Next.ReadLiteral}
 *     (after {@link Reply.Next.StartTls} the transport runs the TLS handshake, then reads lines)
 *   onClose()                       exactly once, however the connection ended
 * </pre>
 *
 * Every call returns a {@link Reply}: the bytes to send and what the transport reads next.
 * An engine never touches a stream. Output that is not an answer to the client's own input
 * (an IMAP session in IDLE learning of new mail) goes out through the {@link Outbound} the
 * engine was created with.
 *
 * <p>Calls for one session come from one thread at a time; {@link #onShutdown()} may come from
 * another thread and must be safe to call at any moment.
 */
public interface Session {

    /** What the server says first: {@code * OK}, {@code +OK}, {@code 220}. */
    Reply greeting();

    /** One line from the client, its line ending removed (see {@link Line#endedWithCrlf()}). */
    Reply onLine(Line line);

    /** The literal (IMAP) the previous reply asked for with {@link Reply.Next.ReadLiteral}. */
    default Reply onLiteral(byte[] literal) {
        throw new IllegalStateException(getClass().getSimpleName() + " never asks for a literal");
    }

    /**
     * The client sent more than the listener's maximum line length without a line end; the
     * transport has thrown the rest of that line away. The reply is the protocol's "line too
     * long" answer (IMAP {@code BAD}/{@code BYE}, POP3 {@code -ERR}, SMTP {@code 500}).
     */
    Reply onLineTooLong();

    /** No input for {@link #idleTimeout()}: the autologout answer (usually a goodbye and CLOSE). */
    Reply onTimeout();

    /** How long the client may stay silent before {@link #onTimeout()}; per protocol and state. */
    java.time.Duration idleTimeout();

    /** The server is stopping: a last word (IMAP {@code * BYE}, SMTP {@code 421}), then close. */
    Reply onShutdown();

    /** The connection is gone, by QUIT, by error or by a dropped link. Release locks here. */
    void onClose();

    /** The state name in the RFC's words, for the UI: "NOT AUTHENTICATED", "TRANSACTION", … */
    String stateName();
}
