package org.mailsim.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mailsim.net.ServerCertificate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AutodiscoverTest {
    private static final MailServerSettings SETTINGS =
            MailServerSettings.of(SetupFixtures.info("0.0.0.0", "192.168.1.20", false, ServerCertificate.forReplays()));

    @Test
    void outlooksRequestGetsImapWithSslAndSmtpWithStarttlsForThatLogin() throws IOException {
        String answer = Autodiscover.answer(SETTINGS, bytes(Autodiscover.request("student07@mailsim.test")));
        Document doc = Xml.parse(bytes(answer));
        Element root = doc.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://schemas.microsoft.com/exchange/autodiscover/responseschema/2006");
        Element response = (Element) root.getElementsByTagNameNS("*", "Response").item(0);
        assertThat(response.getNamespaceURI()).isEqualTo(Autodiscover.RESPONSE_SCHEMA);
        assertThat(text(response, "AccountType")).isEqualTo("email");
        assertThat(text(response, "Action")).isEqualTo("settings");

        NodeList protocols = response.getElementsByTagNameNS(Autodiscover.RESPONSE_SCHEMA, "Protocol");
        assertThat(protocols.getLength()).isEqualTo(2);
        Element imap = (Element) protocols.item(0);
        assertThat(text(imap, "Type")).isEqualTo("IMAP");
        assertThat(text(imap, "Server")).isEqualTo("192.168.1.20");
        assertThat(text(imap, "Port")).isEqualTo("1993");
        assertThat(text(imap, "SSL")).isEqualTo("on");
        assertThat(text(imap, "SPA")).isEqualTo("off"); // password in the clear inside TLS, no NTLM
        assertThat(text(imap, "AuthRequired")).isEqualTo("on");
        assertThat(text(imap, "LoginName")).isEqualTo("student07");

        Element smtp = (Element) protocols.item(1);
        assertThat(text(smtp, "Type")).isEqualTo("SMTP");
        assertThat(text(smtp, "Server")).isEqualTo("192.168.1.20");
        assertThat(text(smtp, "Port")).isEqualTo("1587");
        assertThat(text(smtp, "Encryption")).isEqualTo("TLS");
        assertThat(text(smtp, "SPA")).isEqualTo("off");
        assertThat(text(smtp, "AuthRequired")).isEqualTo("on");
        assertThat(text(smtp, "LoginName")).isEqualTo("student07");
    }

    @Test
    void anotherDomainNotXmlOrAnotherSchemaGetAnErrorAnswer() throws IOException {
        assertThat(errorCode(Autodiscover.answer(SETTINGS, bytes(Autodiscover.request("someone@example.com"))))).isEqualTo("600");
        assertThat(errorCode(Autodiscover.answer(SETTINGS, bytes("hello")))).isEqualTo("600");
        String mobile = Autodiscover.request("student01@mailsim.test").replace(Autodiscover.RESPONSE_SCHEMA,
                "http://schemas.microsoft.com/exchange/autodiscover/mobilesync/responseschema/2006");
        assertThat(errorCode(Autodiscover.answer(SETTINGS, bytes(mobile)))).isEqualTo("601");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Autodiscover xmlns=\"" + Autodiscover.REQUEST_SCHEMA + "\"><Request><EMailAddress>&x;</EMailAddress></Request></Autodiscover>";
        assertThatThrownBy(() -> Autodiscover.parse(bytes(xxe))).isInstanceOf(IOException.class);
    }

    private static String errorCode(String answer) throws IOException {
        return text(Xml.parse(bytes(answer)).getDocumentElement(), "ErrorCode");
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent().strip();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
