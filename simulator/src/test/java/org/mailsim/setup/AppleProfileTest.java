package org.mailsim.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.PropertyListParser;
import org.junit.jupiter.api.Test;
import org.mailsim.net.ServerCertificate;

/** The profile read back with dd-plist, an independent property-list parser. */
class AppleProfileTest {

    @Test
    void theProfileHoldsAMailPayloadAndTheServedCertificateAsATrustedRootAndSaysSo() throws Exception {
        ServerCertificate cert = ServerCertificate.create("192.168.1.20");
        var s = MailServerSettings.of(SetupFixtures.info("0.0.0.0", "192.168.1.20", false, cert));
        byte[] der = cert.certificate().getEncoded();
        String plist = AppleProfile.plist(s, "student03", "student03@mailsim.test", der);

        NSDictionary top = (NSDictionary) PropertyListParser.parse(plist.getBytes(StandardCharsets.UTF_8));
        assertThat(top.objectForKey("PayloadType").toJavaObject()).isEqualTo("Configuration");
        assertThat(top.objectForKey("PayloadVersion").toJavaObject()).isEqualTo(1);
        assertThat(top.objectForKey("PayloadDisplayName").toString()).contains("student03@mailsim.test");
        assertThat(top.objectForKey("PayloadDescription").toString())
                .contains("mail account student03@mailsim.test", "self-signed certificate as a trusted root", "192.168.1.20");

        NSArray content = (NSArray) top.objectForKey("PayloadContent");
        assertThat(content.count()).isEqualTo(2);
        NSDictionary mail = (NSDictionary) content.objectAtIndex(0);
        assertThat(mail.objectForKey("PayloadType").toString()).isEqualTo("com.apple.mail.managed");
        assertThat(mail.objectForKey("EmailAccountType").toString()).isEqualTo("EmailTypeIMAP");
        assertThat(mail.objectForKey("EmailAddress").toString()).isEqualTo("student03@mailsim.test");
        assertThat(mail.objectForKey("IncomingMailServerHostName").toString()).isEqualTo("192.168.1.20");
        assertThat(mail.objectForKey("IncomingMailServerPortNumber").toJavaObject()).isEqualTo(1993);
        assertThat(mail.objectForKey("IncomingMailServerUseSSL").toJavaObject()).isEqualTo(true);
        assertThat(mail.objectForKey("IncomingMailServerAuthentication").toString()).isEqualTo("EmailAuthPassword");
        assertThat(mail.objectForKey("IncomingMailServerUsername").toString()).isEqualTo("student03");
        assertThat(mail.objectForKey("OutgoingMailServerHostName").toString()).isEqualTo("192.168.1.20");
        assertThat(mail.objectForKey("OutgoingMailServerPortNumber").toJavaObject()).isEqualTo(1587);
        assertThat(mail.objectForKey("OutgoingMailServerUseSSL").toJavaObject()).isEqualTo(true);
        assertThat(mail.objectForKey("OutgoingMailServerAuthentication").toString()).isEqualTo("EmailAuthPassword");
        assertThat(mail.containsKey("IncomingPassword")).as("no password in a file anyone can fetch").isFalse();

        NSDictionary root = (NSDictionary) content.objectAtIndex(1);
        assertThat(root.objectForKey("PayloadType").toString()).isEqualTo("com.apple.security.root");
        assertThat(((NSData) root.objectForKey("PayloadContent")).bytes()).isEqualTo(der);
        assertThat(root.objectForKey("PayloadDisplayName").toString()).contains("certificate");
    }

    @Test
    void downloadingAgainGivesTheSameIdentifiersSoTheDeviceReplacesTheProfile() throws Exception {
        ServerCertificate cert = ServerCertificate.forReplays();
        var s = MailServerSettings.of(SetupFixtures.info("0.0.0.0", "192.168.1.20", false, cert));
        byte[] der = cert.certificate().getEncoded();
        assertThat(AppleProfile.plist(s, "student01", "student01@mailsim.test", der))
                .isEqualTo(AppleProfile.plist(s, "student01", "student01@mailsim.test", der))
                .isNotEqualTo(AppleProfile.plist(s, "student02", "student02@mailsim.test", der));
    }
}
