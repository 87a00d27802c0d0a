package org.mailsim.web.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.PropertyListParser;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailsim.net.ServicePort;
import org.mailsim.setup.Autodiscover;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@code serve --listen 0.0.0.0 --hostname 192.168.1.20 --accounts 3}, read over HTTP: the
 * certificate names the address and every setup document points at it, with the ports as bound.
 */
class SetupDocumentsTest {
    private static ClassroomServer server;
    private static String imaps;
    private static String submission;

    @BeforeAll
    static void start() throws Exception {
        server = new ClassroomServer();
        imaps = String.valueOf(server.live.port(ServicePort.IMAPS));
        submission = String.valueOf(server.live.port(ServicePort.SUBMISSION));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void theCertificateNamesTheClassroomAddress() {
        assertThat(server.live.certificate().names()).contains("192.168.1.20", "localhost", "127.0.0.1");
    }

    @Test
    void thunderbirdsAutoconfigAtBothPlacesPointsAtTheAddressAndTheBoundPorts() throws Exception {
        for (String path : new String[] {"/.well-known/autoconfig/mail/config-v1.1.xml",
                "/mail/config-v1.1.xml?emailaddress=student02%40mailsim.test"}) {
            var response = server.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/xml");
            Document doc = parse(response.body());
            Element in = (Element) doc.getElementsByTagName("incomingServer").item(0);
            Element out = (Element) doc.getElementsByTagName("outgoingServer").item(0);
            assertThat(Map.of("type", in.getAttribute("type"), "hostname", text(in, "hostname"), "port", text(in, "port"),
                    "socketType", text(in, "socketType"), "authentication", text(in, "authentication")))
                    .as(path).isEqualTo(Map.of("type", "imap", "hostname", "192.168.1.20", "port", imaps,
                            "socketType", "SSL", "authentication", "password-cleartext"));
            assertThat(Map.of("type", out.getAttribute("type"), "hostname", text(out, "hostname"), "port", text(out, "port"),
                    "socketType", text(out, "socketType"), "authentication", text(out, "authentication")))
                    .as(path).isEqualTo(Map.of("type", "smtp", "hostname", "192.168.1.20", "port", submission,
                            "socketType", "STARTTLS", "authentication", "password-cleartext"));
        }
        assertThat(server.get("/mail/config-v1.1.xml?emailaddress=someone%40example.com").statusCode()).isEqualTo(404);
    }

    @Test
    void outlooksAutodiscoverOnEveryPathSpellingAnswersWithTheAddressAndPorts() throws Exception {
        for (String path : SetupRoutes.AUTODISCOVER_PATHS) {
            var response = server.post(path, Autodiscover.request("student03@mailsim.test"));
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            Document doc = parse(response.body());
            var protocols = doc.getElementsByTagNameNS(Autodiscover.RESPONSE_SCHEMA, "Protocol");
            Element imap = (Element) protocols.item(0);
            Element smtp = (Element) protocols.item(1);
            assertThat(text(imap, "Type") + " " + text(imap, "Server") + ":" + text(imap, "Port") + " SSL=" + text(imap, "SSL")
                    + " SPA=" + text(imap, "SPA") + " login=" + text(imap, "LoginName"))
                    .as(path).isEqualTo("IMAP 192.168.1.20:" + imaps + " SSL=on SPA=off login=student03");
            assertThat(text(smtp, "Type") + " " + text(smtp, "Server") + ":" + text(smtp, "Port") + " Encryption=" + text(smtp, "Encryption")
                    + " SPA=" + text(smtp, "SPA") + " AuthRequired=" + text(smtp, "AuthRequired"))
                    .as(path).isEqualTo("SMTP 192.168.1.20:" + submission + " Encryption=TLS SPA=off AuthRequired=on");
        }
        assertThat(server.get("/autodiscover/autodiscover.xml").statusCode()).isEqualTo(405);
    }

    @Test
    void theAppleProfileHoldsTheAccountAndTheServedCertificate() throws Exception {
        var response = server.get("/setup/student01/mailsim.mobileconfig");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/x-apple-aspen-config");
        NSDictionary top = (NSDictionary) PropertyListParser.parse(response.body());
        assertThat(top.objectForKey("PayloadType").toString()).isEqualTo("Configuration");
        assertThat(top.objectForKey("PayloadDescription").toString()).contains("mail account student01@mailsim.test", "trusted root");
        NSArray content = (NSArray) top.objectForKey("PayloadContent");
        NSDictionary mail = (NSDictionary) content.objectAtIndex(0);
        NSDictionary root = (NSDictionary) content.objectAtIndex(1);
        assertThat(mail.objectForKey("PayloadType").toString()).isEqualTo("com.apple.mail.managed");
        assertThat(mail.objectForKey("IncomingMailServerHostName").toString()).isEqualTo("192.168.1.20");
        assertThat(mail.objectForKey("IncomingMailServerPortNumber").toString()).isEqualTo(imaps);
        assertThat(mail.objectForKey("OutgoingMailServerHostName").toString()).isEqualTo("192.168.1.20");
        assertThat(mail.objectForKey("OutgoingMailServerPortNumber").toString()).isEqualTo(submission);
        assertThat(mail.objectForKey("IncomingMailServerUsername").toString()).isEqualTo("student01");
        assertThat(root.objectForKey("PayloadType").toString()).isEqualTo("com.apple.security.root");

        byte[] served = server.get("/certificate.der").body();
        assertThat(((NSData) root.objectForKey("PayloadContent")).bytes()).isEqualTo(served)
                .isEqualTo(server.live.certificate().certificate().getEncoded());
        String password = server.live.store().account("student01").orElseThrow().password();
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain(password);
    }

    @Test
    void theQrCodeOnACardDecodesToThatAccountsSetupPageAtTheClassroomAddress() throws Exception {
        var response = server.get("/setup/student02/qr.png");
        assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        String text = new QRCodeReader().decode(bitmap).getText();
        assertThat(text).isEqualTo("http://192.168.1.20:" + server.web.port() + "/setup/student02");
    }

    @Test
    void theCardsShowEveryClassPasswordOnThisComputerAndAnUnknownLoginIs404() throws Exception {
        String cards = new String(server.get("/setup/accounts").body(), StandardCharsets.UTF_8);
        for (String login : new String[] {"student01", "student02", "student03"}) {
            assertThat(cards).contains(server.live.store().account(login).orElseThrow().password(),
                    "http://192.168.1.20:" + server.web.port() + "/setup/" + login);
        }
        assertThat(cards).doesNotContain("card-alice");
        assertThat(server.get("/setup/nobody").statusCode()).isEqualTo(404);
        assertThat(server.get("/setup/nobody/mailsim.mobileconfig").statusCode()).isEqualTo(404);
    }

    @Test
    void theLessonShowsTheSrvRecordsAndBothExchangesAsServed() throws Exception {
        String page = new String(server.get("/setup/how-apps-find-servers").body(), StandardCharsets.UTF_8);
        assertThat(page).contains("_imaps._tcp.mailsim.test. 3600 IN SRV 0 1 " + imaps + " mail.mailsim.test.",
                "_submission._tcp.mailsim.test. 3600 IN SRV 0 1 " + submission + " mail.mailsim.test.",
                "_submissions._tcp.mailsim.test.", "mail.mailsim.test. 3600 IN A 192.168.1.20",
                "POST /autodiscover/autodiscover.xml", "&lt;socketType&gt;STARTTLS&lt;/socketType&gt;",
                "A+ 220-1201 1.3: Given a scenario, configure basic mobile-device network connectivity and application support");
    }

    private static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS("*", name).item(0).getTextContent().strip();
    }
}
