package org.mailsim.net;

import java.util.ArrayList;
import java.util.List;

/**
 * The TLS session secrets of a replay's (or a lab sandbox's) client connections, in the NSS key
 * log format that Wireshark reads as its "(Pre)-Master-Secret log filename" and that browsers
 * write to {@code SSLKEYLOGFILE}: one line per secret, {@code LABEL <client random> <secret>}, hex.
 * TLS 1.3 gives four lines per connection ({@code CLIENT_HANDSHAKE_TRAFFIC_SECRET},
 * {@code SERVER_HANDSHAKE_TRAFFIC_SECRET}, {@code CLIENT_TRAFFIC_SECRET_0},
 * {@code SERVER_TRAFFIC_SECRET_0}: RFC 8446 §7.1's client/server handshake and application
 * traffic secrets), TLS 1.2 one ({@code CLIENT_RANDOM <client random> <master secret>}, RFC 5246 §8.1).
 * The format is described in draft-ietf-tls-keylogfile.
 *
 * <p>Only ever for the simulator's own scripted or lab clients: with these lines anyone holding
 * the capture reads everything inside TLS, which is the lesson.
 */
public final class TlsKeyLog {
    private final List<String> lines = new ArrayList<>();
    private String unavailable;
    private int clients;

    /**
     * Numbers the TLS clients that write to this log, 0 for the first: a replay's clients draw
     * repeatable random bytes, and each needs its own seed so that no two connections share a
     * ClientHello random, by which the log names each session.
     */
    public synchronized int registerClient() {
        return clients++;
    }

    public synchronized void add(String label, byte[] clientRandom, byte[] secret) {
        lines.add(label + " " + hex(clientRandom) + " " + hex(secret));
    }

    /** Records why secrets could not be read (the JVM was started without access to the JDK's TLS internals). */
    synchronized void unavailable(String why) {
        if (unavailable == null) unavailable = why;
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** Why no secrets were recorded, when reading them failed; empty when they were (or no TLS was used). */
    public synchronized java.util.Optional<String> problem() {
        return java.util.Optional.ofNullable(unavailable);
    }

    /** The key log file's text: a comment line, then one line per secret. */
    public synchronized String text() {
        StringBuilder text = new StringBuilder("# TLS secrets of mailsim's clients (NSS key log format, for Wireshark)\n");
        if (unavailable != null) text.append("# Not available: ").append(unavailable).append('\n');
        for (String line : lines) text.append(line).append('\n');
        return text.toString();
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
