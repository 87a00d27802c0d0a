package org.mailsim.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerCertificateTest {

    @TempDir
    Path dataDir;

    @Test
    void isGeneratedPersistedAndReloadedWithTheSameFingerprint() throws Exception {
        ServerCertificate first = ServerCertificate.loadOrCreate(dataDir, "mail.school.example");
        assertThat(dataDir.resolve("tls/mailsim.key")).content().startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("tls/mailsim.key")))
                .as("the key is its owner's alone").containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(dataDir.resolve("tls/mailsim.crt"))).isEqualTo(first.pem());
        ServerCertificate again = ServerCertificate.loadOrCreate(dataDir, "mail.school.example");
        assertThat(again.fingerprintSha256()).isEqualTo(first.fingerprintSha256());
    }

    @Test
    void namesLocalhostLoopbackAndTheHostname() throws Exception {
        ServerCertificate certificate = ServerCertificate.loadOrCreate(dataDir, "mail.school.example");
        assertThat(certificate.names()).contains("localhost", "127.0.0.1", "mail.school.example");
        assertThat(certificate.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=mail.school.example");
    }

    @Test
    void isRegeneratedWhenTheHostnameIsMissing() throws Exception {
        ServerCertificate first = ServerCertificate.loadOrCreate(dataDir, "mail.school.example");
        ServerCertificate renamed = ServerCertificate.loadOrCreate(dataDir, "imap.school.example");
        assertThat(renamed.fingerprintSha256()).isNotEqualTo(first.fingerprintSha256());
        assertThat(renamed.names()).contains("imap.school.example");
        assertThat(ServerCertificate.loadOrCreate(dataDir, "imap.school.example").fingerprintSha256())
                .isEqualTo(renamed.fingerprintSha256());
    }

    @Test
    void isValidForAboutTenYearsAndSelfSigned() throws Exception {
        var x509 = ServerCertificate.loadOrCreate(dataDir, "localhost").certificate();
        Duration validity = Duration.between(x509.getNotBefore().toInstant(), x509.getNotAfter().toInstant());
        assertThat(validity).isBetween(Duration.ofDays(3650), Duration.ofDays(3652));
        assertThat(x509.getNotBefore().toInstant()).isBefore(Instant.now());
        x509.verify(x509.getPublicKey());
        assertThat(x509.getIssuerX500Principal()).isEqualTo(x509.getSubjectX500Principal());
    }

    @Test
    void fingerprintAndPemLookAsBrowsersShowThem() {
        ServerCertificate certificate = ServerCertificate.forReplays();
        assertThat(certificate.fingerprintSha256()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat(certificate.pem()).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
        assertThat(ServerCertificate.forReplays()).isSameAs(certificate);
    }

    @Test
    void theReplayCertificateIsTheShippedOneAndItsKeyMatches() throws Exception {
        ServerCertificate replays = ServerCertificate.forReplays();
        assertThat(replays.fingerprintSha256()).startsWith("C5:D7:BB:A7:49:69:BF:E2"); // quoted by the certificate lessons
        assertThat(replays.names()).contains("mail.mailsim.test");
        // The server context signs with the shipped key: a client trusting the certificate completes a handshake.
        VirtualClock clock = new VirtualClock(Instant.parse("2026-01-15T09:30:00Z"));
        VirtualNetwork network = new VirtualNetwork(clock, new org.mailsim.wire.Wiretap(clock), replays);
        network.listen(ListenerConfig.of(ServicePort.IMAPS, EchoSession.factory()));
        ClientConnection phone = network.connect("phone", 993);
        phone.startTls(ClientTls.trusting(replays, "mail.mailsim.test"));
        assertThat(phone.readLine()).isEqualTo("* OK echo ready");
    }

    @Test
    void aClientTrustingThePersistedCertificateConnectsOverTcp() throws Exception {
        ServerCertificate certificate = ServerCertificate.loadOrCreate(dataDir, "mail.school.example");
        ServerCertificate reloaded = ServerCertificate.loadOrCreate(dataDir, "mail.school.example");
        try (var network = new TcpNetwork(new org.mailsim.wire.Wiretap(java.time.Clock.systemUTC()), reloaded,
                java.time.Clock.systemUTC())) {
            int port = network.start(ListenerConfig.of(ServicePort.SUBMISSIONS, EchoSession.factory()).withBindPort(0));
            try (var client = TcpNetwork.connect("127.0.0.1", port)) {
                client.startTls(ClientTls.trusting(certificate, "localhost"));
                assertThat(client.readLine()).isEqualTo("* OK echo ready");
            }
        }
    }

    @Test
    void aKeyStoreOfAnEarlierVersionIsReadOnceAndConvertedToPem() throws Exception {
        CertificateMaker.Made made = CertificateMaker.make("mail.school.example");
        java.security.KeyStore old = java.security.KeyStore.getInstance("PKCS12");
        old.load(null, null);
        old.setKeyEntry(ServerCertificate.ALIAS, made.key(), "mailsim".toCharArray(), new java.security.cert.Certificate[] {made.certificate()});
        Files.createDirectories(dataDir.resolve("tls"));
        try (var out = Files.newOutputStream(dataDir.resolve("tls/mailsim.p12"))) {
            old.store(out, "mailsim".toCharArray());
        }
        ServerCertificate converted = ServerCertificate.loadOrCreate(dataDir, "mail.school.example");
        assertThat(converted.certificate()).as("the same certificate, so students need not trust a new one").isEqualTo(made.certificate());
        assertThat(dataDir.resolve("tls/mailsim.p12")).doesNotExist();
        assertThat(dataDir.resolve("tls/mailsim.key")).exists();
        assertThat(ServerCertificate.loadOrCreate(dataDir, "mail.school.example").fingerprintSha256()).isEqualTo(converted.fingerprintSha256());
    }
}
