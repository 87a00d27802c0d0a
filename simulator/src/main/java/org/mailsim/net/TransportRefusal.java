package org.mailsim.net;

/**
 * What a listener says when the transport, not the engine, must turn a client away (too many
 * connections): each protocol's "come back later" answer, in one place, then close.
 */
public final class TransportRefusal {

    private TransportRefusal() {
    }

    /**
     * The refusal for {@code protocol}, sent as the greeting of a connection that will close at
     * once. It says which limit was reached and the {@code mailsim serve} option that raises it,
     * as Dovecot names its own ("Maximum number of connections from user+IP exceeded
     * (mail_max_userip_connections=10)").
     */
    public static Reply tooManyConnections(Protocol protocol, String hostname, String why) {
        return switch (protocol) {
            // RFC 3501 §7.1.5: BYE as the greeting means the server will not serve this client;
            // RFC 5530 §3: UNAVAILABLE says it is a temporary lack of resources.
            case IMAP -> Reply.closing("* BYE [UNAVAILABLE] " + why);
            // RFC 2449 §8.1.2 + RFC 3206 §4: SYS/TEMP marks a temporary system problem.
            case POP3 -> Reply.closing("-ERR [SYS/TEMP] " + why);
            // RFC 5321 §3.8, §4.2.3: 421 closes the channel; RFC 3463 §3.8: 4.7.0 (RFC 5321 §4.2: domain first).
            case SMTP -> Reply.closing("421 4.7.0 " + hostname + " " + why);
        };
    }

    /** "Too many connections from your address (50, --max-connections-per-address)", or the total's. */
    static String reason(ConnectionLimits.Admission admission, TransportLimits limits) {
        return admission == ConnectionLimits.Admission.ADDRESS_REACHED
                ? "Too many connections from your address (" + limits.maxPerRemote() + ", "
                        + TransportLimits.PER_ADDRESS_OPTION + "), try again later"
                : "Too many connections (" + limits.maxConnections() + ", " + TransportLimits.TOTAL_OPTION + "), try again later";
    }

    /** A stand-in engine that only refuses: the refusal goes out through the normal transport, TLS included. */
    static Session refusing(Protocol protocol, String hostname, ConnectionLimits.Admission admission, TransportLimits limits) {
        String why = reason(admission, limits);
        return new Session() {
            @Override public Reply greeting() { return tooManyConnections(protocol, hostname, why); }
            @Override public Reply onLine(Line line) { return Reply.closing(); }
            @Override public Reply onLineTooLong() { return Reply.closing(); }
            @Override public Reply onTimeout() { return Reply.closing(); }
            @Override public java.time.Duration idleTimeout() { return java.time.Duration.ofSeconds(30); }
            @Override public Reply onShutdown() { return Reply.closing(); }
            @Override public void onClose() { }
            @Override public String stateName() { return "REFUSED"; }
        };
    }
}
