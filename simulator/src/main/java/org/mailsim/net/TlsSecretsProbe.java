package org.mailsim.net;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKey;
import javax.net.ssl.SSLEngine;

/**
 * Reads a client SSLEngine's session secrets for the key log ({@link TlsKeyLog}), so a student
 * can decrypt a replay's capture in Wireshark. The JDK has no API for this (unlike OpenSSL's
 * keylog callback), so the probe reads the JDK's own TLS fields, read-only, between the engine's
 * steps: during a TLS 1.3 handshake the handshake context holds the current traffic secrets
 * ({@code baseReadSecret}, {@code baseWriteSecret}: RFC 8446 §7.1 "s hs traffic"/"c hs traffic",
 * then "s ap traffic"/"c ap traffic"), and afterwards the record layer's ciphers hold the
 * application secrets; a TLS 1.2 session holds its master secret. That needs the JVM flag
 * {@code --add-opens java.base/sun.security.ssl=ALL-UNNAMED} (the jar's manifest and the build's
 * tests set it); without it the probe records why in the key log and the connection runs as
 * before. Nothing here ever changes the engine.
 *
 * <p>A client sees each of its own secrets between steps: the ServerHello arrives in a record of
 * its own, after which the handshake secrets are in place, and the application secrets are in
 * place once the handshake finishes. (The server side writes its whole first flight in one step,
 * so its handshake secret would be missed there; hence the client.)
 */
final class TlsSecretsProbe {
    private final SSLEngine engine;
    private final TlsKeyLog log;
    private final List<byte[]> clientSecrets = new ArrayList<>();
    private final List<byte[]> serverSecrets = new ArrayList<>();
    private byte[] clientRandom;
    private boolean failed;
    private boolean done;

    TlsSecretsProbe(SSLEngine engine, TlsKeyLog log) {
        this.engine = engine;
        this.log = log;
    }

    /** Called after every step of the engine during the handshake. */
    void sample() {
        if (failed || done) return;
        try {
            Object transport = field(engine, "conContext");
            Object handshake = field(transport, "handshakeContext");
            if (handshake == null) return;
            Object random = field(handshake, "clientHelloRandom");
            if (random != null && clientRandom == null) clientRandom = ((byte[]) field(random, "randomBytes")).clone();
            remember(serverSecrets, (SecretKey) field(handshake, "baseReadSecret"));
            remember(clientSecrets, (SecretKey) field(handshake, "baseWriteSecret"));
        } catch (ReflectiveOperationException | RuntimeException e) {
            fail(e);
        }
    }

    /** Called once the handshake is done: the last secrets, then the key log lines. */
    void finish() {
        if (failed || done) return;
        done = true;
        try {
            Object transport = field(engine, "conContext");
            if (clientRandom == null) return; // nothing seen: not a handshake this probe followed
            if ("TLSv1.2".equals(engine.getSession().getProtocol())) {
                SecretKey master = (SecretKey) field(field(transport, "conSession"), "masterSecret");
                if (master != null) log.add("CLIENT_RANDOM", clientRandom, master.getEncoded());
                return;
            }
            remember(serverSecrets, (SecretKey) field(field(field(transport, "inputRecord"), "readCipher"), "baseSecret"));
            remember(clientSecrets, (SecretKey) field(field(field(transport, "outputRecord"), "writeCipher"), "baseSecret"));
            if (clientSecrets.size() < 2 || serverSecrets.size() < 2) return; // a handshake cut short: nothing whole to log
            log.add("CLIENT_HANDSHAKE_TRAFFIC_SECRET", clientRandom, clientSecrets.get(0));
            log.add("SERVER_HANDSHAKE_TRAFFIC_SECRET", clientRandom, serverSecrets.get(0));
            log.add("CLIENT_TRAFFIC_SECRET_0", clientRandom, clientSecrets.get(1));
            log.add("SERVER_TRAFFIC_SECRET_0", clientRandom, serverSecrets.get(1));
        } catch (ReflectiveOperationException | RuntimeException e) {
            fail(e);
        }
    }

    private static void remember(List<byte[]> secrets, SecretKey key) {
        if (key == null) return;
        byte[] bytes = key.getEncoded();
        if (bytes == null) return;
        if (secrets.isEmpty() || !java.util.Arrays.equals(secrets.get(secrets.size() - 1), bytes)) secrets.add(bytes);
    }

    private void fail(Exception e) {
        failed = true;
        log.unavailable("the JDK's TLS secrets could not be read (" + e.getClass().getSimpleName()
                + "); start Java with --add-opens java.base/sun.security.ssl=ALL-UNNAMED");
    }

    private static Object field(Object target, String name) throws ReflectiveOperationException {
        for (Class<?> c = target.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(target);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(target.getClass().getName() + "." + name);
    }
}
