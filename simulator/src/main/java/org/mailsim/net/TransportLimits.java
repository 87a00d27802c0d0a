package org.mailsim.net;

/**
 * Limits a listener enforces below the protocol, each answered in the protocol's own words
 * rather than by a crash or a silent reset.
 *
 * @param maxLineLength        longest command line accepted, CR LF excluded. Literals and SMTP
 *                             DATA are not lines, so 64 KiB is ample (RFC 7162 §4 asks IMAP
 *                             servers to accept at least 8192 octets; RFC 5321 §4.5.3.1.4 says 512
 *                             for SMTP commands, which engines check themselves)
 * @param maxConnections       open connections in total on one network
 * @param maxPerRemote         open connections from one address (or one device on the virtual network).
 *                             500 by default: a class behind one school NAT address, or a load test
 *                             of 200 sessions from the instructor's laptop, gets in, while one
 *                             address still cannot take every one of the 1,000 slots
 */
public record TransportLimits(int maxLineLength, int maxConnections, int maxPerRemote) {

    public static final TransportLimits DEFAULTS = new TransportLimits(64 * 1024, 1000, 500);

    /** The {@code mailsim serve} options that set the two limits, named in the refusals. */
    public static final String TOTAL_OPTION = "--max-connections";
    public static final String PER_ADDRESS_OPTION = "--max-connections-per-address";

    public TransportLimits {
        if (maxLineLength < 512) throw new IllegalArgumentException("max line length below 512: " + maxLineLength);
        if (maxConnections < 1 || maxPerRemote < 1) throw new IllegalArgumentException("connection limits must be positive");
    }

    public TransportLimits withMaxLineLength(int length) {
        return new TransportLimits(length, maxConnections, maxPerRemote);
    }

    public TransportLimits withConnections(int total, int perRemote) {
        return new TransportLimits(maxLineLength, total, perRemote);
    }
}
