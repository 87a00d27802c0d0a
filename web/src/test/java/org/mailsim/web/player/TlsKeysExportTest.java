package org.mailsim.web.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.StandInServer;
import org.mailsim.web.WebApp;

/** The player offers the replay's TLS keys beside its capture (the Wireshark half of the eavesdropper lesson). */
class TlsKeysExportTest {
    @Test
    void theKeysOfTheSameReplayAsTheCaptureAreADownloadLinkedFromThePlayer() {
        JavalinTest.test(WebApp.create(() -> StandInServer.INFO, new ScenarioLibrary(Optional.empty())), (server, client) -> {
            assertThat(client.get("/scenarios/imap-starttls-vs-implicit-tls/steps/1").body().string())
                    .contains("href=\"/scenarios/imap-starttls-vs-implicit-tls/export.keys\"", "TLS keys");
            var keys = client.get("/scenarios/imap-starttls-vs-implicit-tls/export.keys");
            assertThat(keys.code()).isEqualTo(200);
            assertThat(keys.headers().get("Content-Disposition").get(0)).contains("imap-starttls-vs-implicit-tls.keys");
            String text = keys.body().string();
            assertThat(text).startsWith("# TLS secrets").doesNotContain("Not available");
            assertThat(text.lines().filter(l -> l.startsWith("CLIENT_TRAFFIC_SECRET_0 ")).count()).isEqualTo(3);
            assertThat(client.get("/scenarios/no-such/export.keys").code()).isEqualTo(404);
        });
    }
}
