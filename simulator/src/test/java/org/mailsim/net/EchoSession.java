package org.mailsim.net;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A toy engine for transport tests, shaped like IMAP: a greeting, a capability line that offers
 * STARTTLS until TLS is on, echo of printable lines, literals, pushes, and the usual goodbyes.
 *
 * <pre>
 *   CAPA        → "* CAPABILITY ECHO STARTTLS" (STARTTLS only on a STARTTLS listener before TLS)
 *   STARTTLS    → "OK begin TLS" then the handshake
 *   … {n}       → "+ go ahead", then n bytes → "OK literal n bytes" (an IMAP-style literal)
 *   PUSH        → "* pushed" through the Outbound, then "OK pushed"
 *   QUIT        → "BYE" and close
 *   other text  → "ECHO " + the line; anything unprintable → "BAD unreadable line";
 *                 a line ended by a bare LF → "BAD bare LF"
 * </pre>
 */
public final class EchoSession implements Session {

    public static final AtomicInteger CLOSES = new AtomicInteger();

    private final ConnectionContext context;
    private final Outbound outbound;
    private final Duration idle;
    private boolean tls;

    EchoSession(ConnectionContext context, Outbound outbound, Duration idle) {
        this.context = context;
        this.outbound = outbound;
        this.idle = idle;
        this.tls = context.tlsFromStart();
    }

    public static SessionFactory factory() {
        return factory(Duration.ofMinutes(30));
    }

    public static SessionFactory factory(Duration idle) {
        return (context, outbound) -> new EchoSession(context, outbound, idle);
    }

    @Override
    public Reply greeting() {
        return Reply.lines("* OK echo ready");
    }

    @Override
    public Reply onLine(Line line) {
        String text = line.text();
        if (!text.matches("[\\x20-\\x7e]*")) return Reply.lines("BAD unreadable line");
        if (!line.endedWithCrlf()) return Reply.lines("BAD bare LF");
        if (text.equals("CAPA")) {
            return Reply.lines(context.startTlsOffered() && !tls ? "* CAPABILITY ECHO STARTTLS" : "* CAPABILITY ECHO");
        }
        if (text.equals("STARTTLS") && context.startTlsOffered() && !tls) {
            tls = true;
            return Reply.builder().line("OK begin TLS").then(Reply.Next.START_TLS);
        }
        var literal = java.util.regex.Pattern.compile("\\{(\\d{1,9})}$").matcher(text);
        if (literal.find()) {
            return Reply.builder().line("+ go ahead").then(new Reply.Next.ReadLiteral(Long.parseLong(literal.group(1))));
        }
        if (text.equals("PUSH")) {
            outbound.send("* pushed\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return Reply.lines("OK pushed");
        }
        if (text.equals("QUIT")) return Reply.closing("BYE");
        return Reply.lines("ECHO " + text);
    }

    @Override
    public Reply onLiteral(byte[] literal) {
        return Reply.lines("OK literal " + literal.length + " bytes");
    }

    @Override
    public Reply onLineTooLong() {
        return Reply.lines("BAD line too long");
    }

    @Override
    public Reply onTimeout() {
        return Reply.closing("* BYE idle for too long");
    }

    @Override
    public Duration idleTimeout() {
        return idle;
    }

    @Override
    public Reply onShutdown() {
        return Reply.closing("* BYE server shutting down");
    }

    @Override
    public void onClose() {
        CLOSES.incrementAndGet();
    }

    @Override
    public String stateName() {
        return tls ? "TLS" : "CLEARTEXT";
    }
}
