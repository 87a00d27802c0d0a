package org.mailsim.bench;

import java.lang.management.ManagementFactory;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import javax.crypto.KeyAgreement;

/**
 * The floor under the catalog's cold replay: only the public-key cryptography of the catalog's
 * TLS handshakes, done with the JDK's own providers in a fresh JVM, with nothing else around it
 * (no TLS records, no handshake messages, no mail). The catalog makes 73 handshakes, 57 of them
 * full: each full one has the server sign with its ECDSA P-256 key and the client check that
 * signature (RFC 8446 §4.4.3), and every one, resumed or not, has both sides make an X25519 key
 * pair and agree on a secret (RFC 8446 §4.2.8; the JDK resumes with psk_dhe_ke only). Run with
 * {@code bench/run catalog}, after the catalog itself, with the same JVM flags.
 */
public final class HandshakeCryptoBenchmark {
    private static final int FULL_HANDSHAKES = 57;
    private static final int HANDSHAKES = 73;

    private HandshakeCryptoBenchmark() { }

    public static void main(String[] args) throws GeneralSecurityException {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long start = os.getProcessCpuTime();
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair server = ec.generateKeyPair();
        byte[] signed = new byte[130]; // what TLS 1.3 signs: 64 spaces, a context string, the transcript hash
        long afterKey = os.getProcessCpuTime();
        for (int i = 0; i < FULL_HANDSHAKES; i++) {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(server.getPrivate());
            signer.update(signed);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(server.getPublic());
            verifier.update(signed);
            if (!verifier.verify(signature)) throw new IllegalStateException("a signature did not verify");
        }
        long afterSignatures = os.getProcessCpuTime();
        KeyPairGenerator x25519 = KeyPairGenerator.getInstance("X25519");
        for (int i = 0; i < HANDSHAKES; i++) {
            KeyPair client = x25519.generateKeyPair();
            KeyPair serverShare = x25519.generateKeyPair();
            agree(client, serverShare);
            agree(serverShare, client);
        }
        long end = os.getProcessCpuTime();
        System.out.println("mailsim benchmark: the catalog's handshake cryptography alone, right after JVM start");
        System.out.println("machine: " + Heap.machine());
        System.out.println("JVM flags: " + String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        System.out.println();
        System.out.printf("%-52s | %-6s | %7s%n", "figure", "unit", "value");
        System.out.printf("%-52s | %-6s | %7s%n", "------", "----", "-----");
        row("the server's P-256 key made", afterKey - start);
        row(FULL_HANDSHAKES + " ECDSA P-256 signatures made and checked", afterSignatures - afterKey);
        row(HANDSHAKES + " X25519 exchanges (2 key pairs, 2 agreements each)", end - afterSignatures);
        row("in all", end - start);
    }

    private static void agree(KeyPair own, KeyPair peer) throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("X25519");
        agreement.init(own.getPrivate());
        agreement.doPhase(peer.getPublic(), true);
        agreement.generateSecret();
    }

    private static void row(String label, long nanos) {
        System.out.printf("%-52s | %-6s | %,7.0f%n", label, "ms CPU", nanos / 1e6);
    }
}
