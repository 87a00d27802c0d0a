package org.mailsim.net;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/**
 * One mail client's TLS, as an app keeps it: which certificates it trusts, the name the
 * certificate must carry (RFC 6125; RFC 8314 §4.1 asks mail clients to verify it the HTTPS way,
 * RFC 2818 §3.1), and its session cache. Every connection made with the same {@code ClientTls}
 * shares that cache, so a client that comes back to the same server and port offers the ticket
 * the server gave it last time and the two resume the session (RFC 8446 §2.2): a shorter
 * handshake without the certificate, as real apps do when they reconnect. Two {@code ClientTls}
 * never share sessions.
 */
public final class ClientTls {

    /**
     * The key exchange the client offers: X25519 (RFC 7748), with one key share in its
     * ClientHello (RFC 8446 §4.2.8), as many TLS clients send. Left to itself the JDK would also
     * make a P-256 key share in every ClientHello, which a server that speaks X25519 never uses.
     */
    private static final String[] KEY_EXCHANGE_GROUPS = {"x25519"};

    private final String hostname;
    private final KeyStore trustStore;
    private final boolean repeatable;
    private final String seed;
    private final TlsKeyLog keyLog;
    private SSLContext context;

    /**
     * @param hostname    the name the client asked for; checked against the certificate's names
     * @param trustStore  the certificates trusted, or null for the JDK's default trust store (which
     *                    knows public CAs only and so rejects the simulator's self-signed certificate)
     */
    public ClientTls(String hostname, KeyStore trustStore) {
        this(hostname, trustStore, false, hostname, null);
    }

    private ClientTls(String hostname, KeyStore trustStore, boolean repeatable, String seed, TlsKeyLog keyLog) {
        this.hostname = Objects.requireNonNull(hostname, "hostname");
        this.trustStore = trustStore;
        this.repeatable = repeatable;
        this.seed = seed;
        this.keyLog = keyLog;
    }

    /**
     * The same settings with a fresh session cache and repeatable random bytes (ClientHello
     * random, session id, key share), drawn from a fixed seed, so a replay on the virtual network
     * sends the same bytes every time; never for a real network, where it would make the keys
     * guessable.
     */
    public ClientTls asRepeatable() {
        return new ClientTls(hostname, trustStore, true, hostname, keyLog);
    }

    /**
     * As {@link #asRepeatable()}, the random bytes drawn from a seed of the host name and
     * {@code who} (a replay's second, third … client), so no two clients of one replay send the same ClientHello random
     * (a key log names each TLS session by it, RFC 8446 §4.1.2).
     */
    public ClientTls asRepeatable(String who) {
        return new ClientTls(hostname, trustStore, true, hostname + "/" + who, keyLog);
    }

    /**
     * The same settings and session cache rules, writing each connection's session secrets to
     * {@code log} (a replay's or a lab sandbox's), so its capture can be decrypted in Wireshark.
     */
    public ClientTls withKeyLog(TlsKeyLog log) {
        return new ClientTls(hostname, trustStore, repeatable, seed, log);
    }

    /** Where this client's session secrets go, if anywhere. */
    TlsKeyLog keyLog() {
        return keyLog;
    }

    /** Trusts exactly this server certificate, as a student does after importing it. */
    public static ClientTls trusting(ServerCertificate certificate, String hostname) {
        return new ClientTls(hostname, certificate.trustStore());
    }

    /** The JDK's default trust store: what an unconfigured client trusts. */
    public static ClientTls jdkDefault(String hostname) {
        return new ClientTls(hostname, null);
    }

    public String hostname() {
        return hostname;
    }

    /** A client engine for a connection to {@code port}, from this client's one context. */
    SSLEngine newEngine(int port) {
        SSLEngine engine = context().createSSLEngine(hostname, port); // the session cache is keyed by host and port
        engine.setUseClientMode(true);
        SSLParameters parameters = engine.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS"); // RFC 2818 §3.1 name check
        if (!isIpLiteral(hostname)) parameters.setServerNames(List.of(new SNIHostName(hostname))); // RFC 6066 §3
        parameters.setNamedGroups(KEY_EXCHANGE_GROUPS);
        engine.setSSLParameters(parameters);
        return engine;
    }

    private synchronized SSLContext context() {
        if (context == null) {
            try {
                TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(trustStore);
                SSLContext made = SSLContext.getInstance("TLS");
                made.init(null, trust.getTrustManagers(), repeatable ? seeded(seed) : null);
                context = made;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK offers no TLS client", e);
            }
        }
        return context;
    }

    /** SHA1PRNG seeded before its first use gives the same bytes for the same seed. */
    private static SecureRandom seeded(String seed) throws NoSuchAlgorithmException {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(seed.getBytes(StandardCharsets.UTF_8));
        return random;
    }

    private static boolean isIpLiteral(String host) {
        return host.matches("[0-9.]+") || host.contains(":");
    }
}
