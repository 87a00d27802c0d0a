package org.mailsim.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mailsim.net.ServerCertificate;

class SrvRecordsTest {
    @Test
    void theRecordsCarryTheStandInPortsSoAppsFindANonStandardPort() {
        var s = MailServerSettings.of(SetupFixtures.info("0.0.0.0", "192.168.1.20", false, ServerCertificate.forReplays()));
        assertThat(SrvRecords.of(s)).extracting(r -> r.zoneLine("mailsim.test")).containsExactly(
                "_imaps._tcp.mailsim.test. 3600 IN SRV 0 1 1993 mail.mailsim.test.",
                "_submission._tcp.mailsim.test. 3600 IN SRV 0 1 1587 mail.mailsim.test.",
                "_submissions._tcp.mailsim.test. 3600 IN SRV 0 1 1465 mail.mailsim.test.");
        // RFC 2782: the target is a name with an address record, never an address itself
        assertThat(SrvRecords.addressRecord(s)).contains("mail.mailsim.test. 3600 IN A 192.168.1.20");
    }

    @Test
    void aNamedServerIsItsOwnTarget() {
        var s = MailServerSettings.of(SetupFixtures.info("0.0.0.0", "mail.school.example", true, ServerCertificate.forReplays()));
        assertThat(SrvRecords.of(s).getFirst().zoneLine("mailsim.test")).isEqualTo("_imaps._tcp.mailsim.test. 3600 IN SRV 0 1 993 mail.school.example.");
        assertThat(SrvRecords.addressRecord(s)).isEmpty();
    }

    @Test
    void aCertificateForAnAddressNamesItAndSoDoesEverySetting() {
        ServerCertificate cert = ServerCertificate.create("192.168.1.20");
        assertThat(cert.names()).contains("192.168.1.20", "localhost", "127.0.0.1");
        var s = MailServerSettings.of(SetupFixtures.info("0.0.0.0", "192.168.1.20", false, cert));
        assertThat(s.host()).isEqualTo("192.168.1.20");
    }
}
