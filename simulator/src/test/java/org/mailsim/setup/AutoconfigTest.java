package org.mailsim.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mailsim.net.ServerCertificate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AutoconfigTest {
    private static final ServerCertificate CERT = ServerCertificate.forReplays();

    @Test
    void incomingIsImapWithTlsOnTheStandInFor993AndOutgoingIsSubmissionWithStarttls() throws IOException {
        var s = MailServerSettings.of(SetupFixtures.info("0.0.0.0", "192.168.1.20", false, CERT));
        Document doc = Xml.parse(Autoconfig.xml(s).getBytes(StandardCharsets.UTF_8));

        Element provider = (Element) doc.getElementsByTagName("emailProvider").item(0);
        assertThat(provider.getAttribute("id")).isEqualTo("mailsim.test");
        assertThat(text(provider, "domain")).isEqualTo("mailsim.test");

        Element in = (Element) doc.getElementsByTagName("incomingServer").item(0);
        assertThat(in.getAttribute("type")).isEqualTo("imap");
        assertThat(text(in, "hostname")).isEqualTo("192.168.1.20");
        assertThat(text(in, "port")).isEqualTo("1993");
        assertThat(text(in, "socketType")).isEqualTo("SSL");
        assertThat(text(in, "authentication")).isEqualTo("password-cleartext");
        assertThat(text(in, "username")).isEqualTo("%EMAILLOCALPART%");

        Element out = (Element) doc.getElementsByTagName("outgoingServer").item(0);
        assertThat(out.getAttribute("type")).isEqualTo("smtp");
        assertThat(text(out, "hostname")).isEqualTo("192.168.1.20");
        assertThat(text(out, "port")).isEqualTo("1587");
        assertThat(text(out, "socketType")).isEqualTo("STARTTLS");
        assertThat(text(out, "authentication")).isEqualTo("password-cleartext");
        assertThat(text(out, "username")).isEqualTo("%EMAILLOCALPART%");
    }

    @Test
    void realPortsGoIntoTheDocumentWhenMailsimListensOnThem() throws IOException {
        var s = MailServerSettings.of(SetupFixtures.info("0.0.0.0", "mail.school.example", true, CERT));
        Document doc = Xml.parse(Autoconfig.xml(s).getBytes(StandardCharsets.UTF_8));
        assertThat(text((Element) doc.getElementsByTagName("incomingServer").item(0), "port")).isEqualTo("993");
        assertThat(text((Element) doc.getElementsByTagName("outgoingServer").item(0), "port")).isEqualTo("587");
        assertThat(text((Element) doc.getElementsByTagName("incomingServer").item(0), "hostname")).isEqualTo("mail.school.example");
    }

    static String text(Element parent, String name) {
        return parent.getElementsByTagName(name).item(0).getTextContent().strip();
    }
}
