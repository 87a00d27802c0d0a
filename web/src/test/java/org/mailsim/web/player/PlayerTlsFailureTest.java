package org.mailsim.web.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.mailsim.net.TlsFailureKind;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.StandInServer;
import org.mailsim.web.WebApp;

/**
 * A step where a handshake fails shows the failure's name and explanation (net/TlsFailureKind,
 * the words /live and the lab use), read from the replayed close reasons and app notices.
 */
class PlayerTlsFailureTest {
    private static final ScenarioLibrary BUILT_IN = new ScenarioLibrary(Optional.empty());

    private static io.javalin.Javalin app() {
        return WebApp.create(() -> StandInServer.INFO, BUILT_IN);
    }

    @Test
    void anUntrustedCertificateStepNamesAndExplainsBothSides() {
        JavalinTest.test(app(), (server, client) -> {
            String html = client.get("/scenarios/untrusted-certificate/steps/2").body().string();
            String box = text(section(html));
            assertThat(box).startsWith("Why the TLS handshake failed")
                    .contains(TlsFailureKind.CERTIFICATE_REFUSED.title() + " — named by the server (connection c1)")
                    .contains(TlsFailureKind.CERTIFICATE_REFUSED.explanation())
                    .contains(TlsFailureKind.UNTRUSTED_CERTIFICATE.title() + " — named by the laptop's app")
                    .contains(TlsFailureKind.UNTRUSTED_CERTIFICATE.explanation());
            // The app's notice and the wire view's close reason carry the same names.
            assertThat(text(html)).contains("“TLS handshake failed: certificate not trusted: ")
                    .contains("(closed: TLS handshake failed: certificate refused: the client refused the server's certificate"
                            + " with TLS alert certificate_unknown");
        });
    }

    @Test
    void aNameMismatchStepExplainsTheMismatch() {
        JavalinTest.test(app(), (server, client) -> {
            String box = text(section(client.get("/scenarios/untrusted-certificate/steps/6").body().string()));
            assertThat(box).contains(TlsFailureKind.NAME_MISMATCH.title() + " — named by the phone's app")
                    .contains(TlsFailureKind.NAME_MISMATCH.explanation());
        });
    }

    @Test
    void aClassBothSidesNameIsExplainedOnce() {
        JavalinTest.test(app(), (server, client) -> {
            String box = text(section(client.get("/scenarios/wrong-port-and-security/steps/3").body().string()));
            String named = TlsFailureKind.CLIENT_HELLO_TO_CLEARTEXT_PORT.title()
                    + " — named by the server (connection c2) and the phone's app";
            assertThat(box).contains(named).contains(TlsFailureKind.CLIENT_HELLO_TO_CLEARTEXT_PORT.explanation());
            assertThat(box.split(java.util.regex.Pattern.quote(TlsFailureKind.CLIENT_HELLO_TO_CLEARTEXT_PORT.explanation()), -1)).hasSize(2);
        });
    }

    @Test
    void aStepWithoutAFailedHandshakeShowsNoBox() {
        JavalinTest.test(app(), (server, client) -> {
            assertThat(client.get("/scenarios/untrusted-certificate/steps/5").body().string()).doesNotContain("tls-failures");
            assertThat(client.get("/scenarios/wrong-port-and-security/steps/5").body().string()).doesNotContain("tls-failures");
        });
    }

    private static String section(String html) {
        int start = html.indexOf("<section class=\"tls-failures\"");
        assertThat(start).as("the step's TLS failure box").isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    /** What a reader sees: tags removed, entities decoded, white space collapsed. */
    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").trim();
    }
}
