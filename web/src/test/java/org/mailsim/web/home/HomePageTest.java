package org.mailsim.web.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.web.StandInServer.INFO;

import java.util.List;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.mailsim.live.LiveServerInfo;
import org.mailsim.live.PortBinding;
import org.mailsim.net.ServicePort;
import org.mailsim.web.WebApp;

class HomePageTest {
    @Test
    void homePageShowsPortsAccountsAndFingerprint() {
        JavalinTest.test(WebApp.create(() -> INFO), (server, client) -> {
            var response = client.get("/");
            assertThat(response.code()).isEqualTo(200);
            String html = response.body().string();
            assertThat(html).contains("<td class=\"num\">993</td>", "<td class=\"num\">1993</td>", "implicit TLS");
            assertThat(html).contains("<td class=\"num\">587</td>", "<td class=\"num\">1587</td>", "STARTTLS");
            assertThat(html).contains("alice@mailsim.test", "bob@mailsim.test", "AB:CD:EF");
            assertThat(html).doesNotContain("passwords allowed before TLS");
        });
    }

    @Test
    void homePageStartsANewcomerWithThreeScenariosInOrderThenAQuiz() {
        JavalinTest.test(WebApp.create(() -> INFO), (server, client) -> {
            String html = client.get("/").body().string();
            String path = html.substring(html.indexOf("<ol class=\"start-path\">"), html.indexOf("</ol>", html.indexOf("start-path")));
            assertThat(path).containsSubsequence("href=\"/scenarios/imap-phone-and-laptop\"", "One mailbox, two devices",
                    "href=\"/scenarios/pop3-delete-after-download\"", "href=\"/scenarios/imap-cannot-send\"",
                    "href=\"/quiz\"", "Take a quiz");
        });
    }

    @Test
    void homePageOffersTheLabAndTheLiveServerBeforeTheCatalog() {
        JavalinTest.test(WebApp.create(() -> INFO), (server, client) -> {
            String html = client.get("/").body().string();
            assertThat(html).containsSubsequence("Start here", "<a class=\"button\" href=\"/lab\">Open the lab</a>",
                    "The live mail server", "<td class=\"num\">1993</td>", "alice@mailsim.test", "AB:CD:EF",
                    "<a class=\"button\" href=\"/live\">Watch real clients live</a>", "All scenarios", "class=\"scenario-row\"");
            assertThat(html).contains("<nav class=\"site-nav\"", "href=\"/lab\">Lab</a>", "href=\"/live\">Live</a>", "href=\"/quiz\">Quizzes</a>");
        });
    }

    @Test
    void homePageListsEachScenarioOnceWithTheFilters() {
        JavalinTest.test(WebApp.create(() -> INFO), (server, client) -> {
            String html = client.get("/").body().string();
            assertThat(html).contains("<input id=\"filter\" name=\"q\"", "<select id=\"filter-exam\" name=\"exam\">",
                    "<select id=\"filter-objective\" name=\"objective\">", "<select id=\"filter-protocol\" name=\"protocol\">",
                    "<select id=\"filter-level\" name=\"level\">", "action=\"/scenarios\"", "20 of 20 scenarios shown", "/static/catalog.js");
            assertThat(html).contains("<option value=\"N10-009\">CompTIA Network+ (N10-009)</option>",
                    "<option value=\"N10-009_1.4\" data-exam=\"N10-009\">N10-009 1.4</option>");
            assertThat(html.split("class=\"scenario-row\"", -1).length - 1).as("every scenario once").isEqualTo(20);
            assertThat(html.split("href=\"/scenarios/starttls-stripping\"", -1).length - 1).isEqualTo(1);
        });
    }

    @Test
    void homePageWarnsWhenPlaintextLoginIsAllowed() {
        LiveServerInfo open = new LiveServerInfo("localhost", "127.0.0.1",
                List.of(new PortBinding(ServicePort.IMAP, 1143, true)), List.of(), "AB", "");
        JavalinTest.test(WebApp.create(() -> open), (server, client) ->
                assertThat(client.get("/").body().string()).contains("passwords allowed before TLS"));
    }

    @Test
    void certificateDownloadsAsPem() {
        JavalinTest.test(WebApp.create(() -> INFO), (server, client) -> {
            var response = client.get("/certificate.pem");
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Disposition")).anyMatch(v -> v.contains("mailsim.crt"));
            assertThat(response.body().string()).startsWith("-----BEGIN CERTIFICATE-----");
        });
    }

    @Test
    void unknownPageGetsAHelpful404() {
        JavalinTest.test(WebApp.create(() -> INFO), (server, client) -> {
            var response = client.get("/no-such-page");
            assertThat(response.code()).isEqualTo(404);
            assertThat(response.body().string()).contains("Page not found", "Back to the home page");
        });
    }

    @Test
    void stylesheetIsServedFromTheJar() {
        JavalinTest.test(WebApp.create(() -> INFO), (server, client) -> {
            var response = client.get("/static/mailsim.css");
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).contains("--accent");
        });
    }
}
