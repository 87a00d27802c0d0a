package org.mailsim.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.KeyManager;
import javax.net.ssl.TrustManager;
import javax.net.ssl.SSLContext;

/**
 * The server's self-signed certificate: made once per installation with {@link CertificateMaker},
 * kept in {@code <dataDir>/tls/} as {@code mailsim.crt} (PEM, the file students download and trust)
 * and its private key {@code mailsim.key} (PEM, PKCS #8, readable by its owner only), and reloaded on
 * later starts. (Earlier versions kept both in {@code mailsim.p12}, whose password-based key
 * derivation cost each start some 200 ms of a cold JVM; such a file is read once and converted.) Its names cover {@code localhost},
 * {@code 127.0.0.1} and the configured hostname (RFC 6125 §6.4: clients check these, not the CN).
 */
public final class ServerCertificate {

    static final String ALIAS = "mailsim";
    /** Of the {@code mailsim.p12} files earlier versions wrote: not a secret; PKCS #12 simply wants a password. */
    private static final char[] PASSWORD = "mailsim".toCharArray();
    private static final String REPLAY_HOSTNAME = "mail.mailsim.test";
    private static final String REPLAY_RESOURCE = "/tls/replay";
    private static ServerCertificate replays;

    /**
     * How long a client may resume a TLS session: the ticket_lifetime of the server's
     * NewSessionTicket (RFC 8446 §4.6.1, at most seven days); a day, as the JDK's default.
     */
    public static final java.time.Duration TICKET_LIFETIME = java.time.Duration.ofDays(1);

    private final X509Certificate certificate;
    private final PrivateKey key;
    private SSLContext serverContext;

    private ServerCertificate(X509Certificate certificate, PrivateKey key) {
        this.certificate = certificate;
        this.key = key;
    }

    /** Loads the certificate from {@code dataDir}, or makes and saves one if it is missing or lacks {@code hostname}. */
    public static ServerCertificate loadOrCreate(Path dataDir, String hostname) throws IOException {
        Path tls = dataDir.resolve("tls");
        Path crt = tls.resolve("mailsim.crt");
        Path key = tls.resolve("mailsim.key");
        Path p12 = tls.resolve("mailsim.p12");
        ServerCertificate existing = null;
        if (Files.exists(crt) && Files.exists(key)) {
            existing = readPem(crt, key);
        } else if (Files.exists(p12)) {
            existing = load(p12);
            existing.save(tls); // converted once: the next start reads PEM
            Files.delete(p12);
        }
        if (existing != null && existing.names().contains(hostname.toLowerCase(Locale.ROOT))) return existing;
        ServerCertificate made = create(hostname);
        made.save(tls);
        return made;
    }

    /** Writes {@code mailsim.key} (its owner alone may read it, where the file system has owners) and {@code mailsim.crt}. */
    private void save(Path tls) throws IOException {
        Files.createDirectories(tls);
        Path keyFile = tls.resolve("mailsim.key");
        Files.deleteIfExists(keyFile);
        if (tls.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(keyFile, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                    java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(keyFile, pem("PRIVATE KEY", key.getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(tls.resolve("mailsim.crt"), pem(), StandardCharsets.US_ASCII);
    }

    private static ServerCertificate readPem(Path crt, Path key) throws IOException {
        try (InputStream c = Files.newInputStream(crt); InputStream k = Files.newInputStream(key)) {
            return read(c, k);
        } catch (IOException | GeneralSecurityException e) {
            throw new IOException("cannot read " + crt + " and " + key + "; delete them to make a new certificate", e);
        }
    }

    /** A certificate and its EC private key, both PEM (RFC 7468 §5 and §10). */
    private static ServerCertificate read(InputStream crt, InputStream key) throws IOException, GeneralSecurityException {
        return new ServerCertificate((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(crt),
                KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pemBody(key, "PRIVATE KEY"))));
    }

    /**
     * The certificate of replays on the virtual network, for {@code mail.mailsim.test}, valid
     * 2020–2099. It ships in the jar ({@code /tls/replay.crt} and its key {@code /tls/replay.key})
     * rather than being made at each start: making a key pair and signing is most of a cold
     * replay's cost, and a fixed certificate gives the same fingerprint in every replay, which the
     * certificate lessons quote. Its key is public by design and serves only the in-memory
     * network, never a socket; so it ships as plain PKCS #8, which reads in a few milliseconds,
     * where a password-protected PKCS #12 file costs a cold JVM about 200 ms of key derivation.
     */
    public static synchronized ServerCertificate forReplays() {
        if (replays == null) {
            try (InputStream crt = resource(REPLAY_RESOURCE + ".crt"); InputStream key = resource(REPLAY_RESOURCE + ".key")) {
                replays = read(crt, key);
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("cannot read the replay certificate " + REPLAY_RESOURCE + ".crt/.key", e);
            }
        }
        return replays;
    }

    /** Makes the replay certificate shipped in the jar: {@code java … ServerCertificate DIR} writes {@code DIR/replay.crt} and {@code .key}. */
    public static void main(String[] args) throws Exception {
        CertificateMaker.Made made = CertificateMaker.make(REPLAY_HOSTNAME,
                java.time.Instant.parse("2020-01-01T00:00:00Z"), java.time.Instant.parse("2099-12-31T23:59:59Z"));
        Path dir = Path.of(args[0]);
        Files.writeString(dir.resolve("replay.crt"), new ServerCertificate(made.certificate(), made.key()).pem(), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve("replay.key"), pem("PRIVATE KEY", made.key().getEncoded()), StandardCharsets.US_ASCII); // PKCS #8
    }

    /** A new certificate for {@code hostname}, in memory. */
    public static ServerCertificate create(String hostname) {
        CertificateMaker.Made made = CertificateMaker.make(hostname);
        return new ServerCertificate(made.certificate(), made.key());
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** SHA-256 over the DER certificate, as browsers and {@code openssl x509 -fingerprint} show it. */
    public String fingerprintSha256() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The certificate in PEM (RFC 7468 §5), for download. */
    public String pem() {
        try {
            return pem("CERTIFICATE", certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a certificate we made encodes", e);
        }
    }

    /** DER bytes in PEM's textual encoding (RFC 7468 §2): base64 in lines of 64, between labels. */
    private static String pem(String label, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + base64 + "\n-----END " + label + "-----\n";
    }

    /** The DER bytes of a PEM file with one {@code label} block (RFC 7468 §2). */
    private static byte[] pemBody(InputStream in, String label) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        int begin = text.indexOf("-----BEGIN " + label + "-----");
        int end = text.indexOf("-----END " + label + "-----");
        if (begin < 0 || end < begin) throw new IOException("no " + label + " block");
        return Base64.getMimeDecoder().decode(text.substring(text.indexOf('\n', begin) + 1, end));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ServerCertificate.class.getResourceAsStream(name);
        if (in == null) throw new IOException(name + " is missing from the jar");
        return in;
    }

    /** The DNS names and IP addresses in the SubjectAlternativeName extension, lower-case. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        try {
            var entries = certificate.getSubjectAlternativeNames();
            if (entries != null) for (List<?> entry : entries) names.add(entry.get(1).toString().toLowerCase(Locale.ROOT));
        } catch (CertificateParsingException e) {
            return List.of();
        }
        return names;
    }

    /** The TLS context servers use: this certificate and its key, TLS 1.2 and 1.3, session tickets good for a day. */
    public synchronized SSLContext serverContext() {
        if (serverContext == null) {
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                // No trust managers: the server asks no client for a certificate, so it need not read the JDK's CA list.
                context.init(new KeyManager[] {new ServerKeyManager(ALIAS, key, certificate)}, new TrustManager[0], null);
                context.getServerSessionContext().setSessionTimeout((int) TICKET_LIFETIME.toSeconds());
                serverContext = context;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot build the server TLS context", e);
            }
        }
        return serverContext;
    }

    /** A trust store holding this certificate only: for clients that trust exactly this server. */
    public KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry(ALIAS, certificate);
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("an empty in-memory key store always loads", e);
        }
    }

    private static ServerCertificate load(Path p12) throws IOException {
        try (InputStream in = Files.newInputStream(p12)) {
            return read(in, p12 + "; delete it to make a new certificate");
        }
    }

    private static ServerCertificate read(InputStream in, String what) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return new ServerCertificate((X509Certificate) store.getCertificate(ALIAS),
                    (PrivateKey) store.getKey(ALIAS, PASSWORD));
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read " + what, e);
        }
    }
}
