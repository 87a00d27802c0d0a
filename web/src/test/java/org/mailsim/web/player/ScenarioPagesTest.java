package org.mailsim.web.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.StandInServer;
import org.mailsim.web.WebApp;

class ScenarioPagesTest {
    private static final ScenarioLibrary BUILT_IN = new ScenarioLibrary(Optional.empty());

    private static io.javalin.Javalin app() {
        return WebApp.create(() -> StandInServer.INFO, BUILT_IN);
    }

    private static String header(io.javalin.testtools.Response response, String name) {
        return response.headers().get(name).get(0);
    }

    @Test
    void homePageLinksToTheScenarios() {
        JavalinTest.test(app(), (server, client) ->
                assertThat(client.get("/").body().string()).contains("href=\"/scenarios\""));
    }

    @Test
    void catalogListsEachScenarioOnceWithFilters() {
        JavalinTest.test(app(), (server, client) -> {
            var response = client.get("/scenarios");
            assertThat(response.code()).isEqualTo(200);
            String html = response.body().string();
            assertThat(html).contains("href=\"/scenarios/imap-phone-and-laptop\"", "id=\"filter\"", "id=\"filter-exam\"",
                    "<option value=\"220-1201_2.1\" data-exam=\"220-1201\">A+ 220-1201 2.1</option>",
                    "<option value=\"POP3\">POP3</option>", "<option value=\"advanced\">advanced</option>");
            assertThat(html.split("href=\"/scenarios/imap-phone-and-laptop\"", -1).length - 1).as("listed once").isEqualTo(1);
            assertThat(html).doesNotContain("did not load");
        });
    }

    @Test
    void catalogFilterWorksWithoutJavaScript() {
        JavalinTest.test(app(), (server, client) -> {
            String html = client.get("/scenarios?q=leave").body().string();
            assertThat(row(html, "pop3-leave-on-server")).doesNotContain(" hidden");
            assertThat(row(html, "imap-idle-push")).contains(" hidden");
            html = client.get("/scenarios?exam=SY0-701&protocol=IMAP").body().string();
            assertThat(html).contains("<option value=\"SY0-701\" selected=\"selected\">");
            assertThat(row(html, "starttls-stripping")).doesNotContain(" hidden");
            assertThat(row(html, "imap-phone-and-laptop")).as("no Security+ objective").contains(" hidden");
            html = client.get("/scenarios?objective=N10-009_1.4&level=beginner&q=").body().string();
            assertThat(row(html, "imap-phone-and-laptop")).contains(" hidden");
            assertThat(html).containsPattern("\\d+ of 20 scenarios shown");
        });
    }

    /** The {@code <li>} start tag of a scenario's row in the catalog. */
    private static String row(String html, String id) {
        int link = html.indexOf("href=\"/scenarios/" + id + "\"");
        int start = html.lastIndexOf("<li", link);
        return html.substring(start, html.indexOf('>', start) + 1);
    }

    @Test
    void catalogListsFailedFilesWithTheirProblems(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("broken.yaml"), "id: broken\ntitle: [unclosed\n");
        JavalinTest.test(WebApp.create(() -> StandInServer.INFO, new ScenarioLibrary(Optional.of(folder))), (server, client) -> {
            String html = client.get("/scenarios").body().string();
            assertThat(html).contains("Scenario files that did not load").containsPattern("broken\\.yaml:\\d+:\\d+: ");
        });
    }

    @Test
    void playerShowsTheFirstStep() {
        JavalinTest.test(app(), (server, client) -> {
            var response = client.get("/scenarios/imap-phone-and-laptop");
            assertThat(response.code()).isEqualTo(200);
            String html = response.body().string();
            assertThat(html).contains("Step 1 of", "What the user did", "On the wire", "The server's mailbox", "Each device");
            assertThat(html).contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        });
    }

    @Test
    void stepShowsItsLinesAsExplainableButtonsAndEarlierOnesDimmed() {
        JavalinTest.test(app(), (server, client) -> {
            String html = client.get("/scenarios/imap-starttls-vs-implicit-tls/steps/3").body().string();
            // A real button per line, submitting a GET form to /explain: the explanation page without JavaScript.
            assertThat(html).contains("<form id=\"explain-imap-c\" class=\"explain-form\" action=\"/explain\" method=\"get\"",
                    "<input type=\"hidden\" name=\"protocol\" value=\"IMAP\">", "<input type=\"hidden\" name=\"direction\" value=\"C\">");
            assertThat(html.replaceAll("\\s+", " ")).contains("<button type=\"submit\" class=\"wire-line\" form=\"explain-imap-c\""
                    + " name=\"line\" value=\"a2 LOGIN alice alice\">a2 LOGIN alice alice</button>");
            assertThat(html).doesNotContain("<a class=\"wire-line\"");
            assertThat(html).contains("wire-row client line now", "wire-row server line earlier");
            assertThat(html).contains("rel=\"prev\"", "href=\"/scenarios/imap-starttls-vs-implicit-tls/steps/2\"");
        });
    }

    @Test
    void tlsRecordsAreDrawnAsRecordsAndTheEavesdropperCannotReadInsideThem() {
        JavalinTest.test(app(), (server, client) -> {
            String endpoints = client.get("/scenarios/imap-starttls-vs-implicit-tls/steps/5").body().string();
            assertThat(endpoints).contains("[TLS handshake,", "title=\"inside TLS\">TLS</span>").doesNotContain("[TLS application data");
            String sniffer = client.get("/scenarios/imap-starttls-vs-implicit-tls/steps/5?view=eavesdropper").body().string();
            assertThat(sniffer).contains("Eavesdropper", "[TLS application data,", "a2 LOGIN alice alice");
            assertThat(sniffer).doesNotContain("title=\"inside TLS\"");
        });
    }

    @Test
    void storeChangesAreMarkedInWordsNotOnlyColour() {
        JavalinTest.test(app(), (server, client) -> {
            StringBuilder all = new StringBuilder();
            for (int n = 1; n <= 11; n++) {
                var response = client.get("/scenarios/imap-delete-vs-expunge/steps/" + n);
                if (response.code() == 200) all.append(response.body().string());
            }
            assertThat(all).contains("class=\"badge changed\">changed</span>", "class=\"badge removed\">removed</span>");
        });
    }

    @Test
    void presenterModeDropsTheChrome() {
        JavalinTest.test(app(), (server, client) -> {
            String html = client.get("/scenarios/imap-phone-and-laptop/steps/2?present").body().string();
            assertThat(html).contains("class=\"player present\"").doesNotContain("site-header", "site-footer");
            assertThat(html).contains("href=\"/scenarios/imap-phone-and-laptop/steps/3?present\"");
        });
    }

    @Test
    void unknownScenarioOrStepGetsAHelpful404() {
        JavalinTest.test(app(), (server, client) -> {
            var noScenario = client.get("/scenarios/no-such-scenario");
            assertThat(noScenario.code()).isEqualTo(404);
            assertThat(noScenario.body().string()).contains("No such scenario", "no-such-scenario").doesNotContain("Page not found");
            var noStep = client.get("/scenarios/imap-phone-and-laptop/steps/999");
            assertThat(noStep.code()).isEqualTo(404);
            assertThat(noStep.body().string()).contains("No such step", "steps 1 to");
            assertThat(client.get("/scenarios/imap-phone-and-laptop/steps/0").code()).isEqualTo(404);
            assertThat(client.get("/scenarios/imap-phone-and-laptop/steps/abc").code()).isEqualTo(404);
            assertThat(client.get("/scenarios/no-such-scenario/export.json").code()).isEqualTo(404);
        });
    }

    @Test
    void exportsDownloadWithTheirContentTypesAndFilenames() {
        JavalinTest.test(app(), (server, client) -> {
            var md = client.get("/scenarios/pop3-leave-on-server/export.md");
            assertThat(header(md, "Content-Type")).startsWith("text/markdown");
            assertThat(header(md, "Content-Disposition")).isEqualTo("attachment; filename=\"pop3-leave-on-server.md\"");
            assertThat(md.body().string()).startsWith("# ").contains("## Step 1");
            var txt = client.get("/scenarios/pop3-leave-on-server/export.txt");
            assertThat(header(txt, "Content-Type")).startsWith("text/plain");
            assertThat(header(txt, "Content-Disposition")).contains("pop3-leave-on-server.txt");
            assertThat(txt.body().string()).contains("== Step 1");
            var json = client.get("/scenarios/pop3-leave-on-server/export.json");
            assertThat(header(json, "Content-Type")).startsWith("application/json");
            assertThat(header(json, "Content-Disposition")).contains("pop3-leave-on-server.json");
            assertThat(json.body().string()).startsWith("{").contains("\"steps\"");
        });
    }

    @Test
    void aCaptureDownloadsAsAPcapFile() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            var request = java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + server.port() + "/scenarios/eavesdropper-sees-cleartext/export.pcap")).build();
            var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/vnd.tcpdump.pcap");
            assertThat(response.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"eavesdropper-sees-cleartext.pcap\"");
            byte[] pcap = response.body();
            assertThat(java.util.Arrays.copyOf(pcap, 4)).as("libpcap magic").containsExactly(0xa1, 0xb2, 0xc3, 0xd4);
            // the sniffed password crosses port 110 in clear text, so it is in the capture as sent
            assertThat(new String(pcap, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("PASS ");
            assertThat(client.get("/scenarios/no-such-scenario/export.pcap").code()).isEqualTo(404);
        });
    }

    @Test
    void explainTakesALineApartWithItsRfcSection() {
        JavalinTest.test(app(), (server, client) -> {
            var response = client.get("/explain?protocol=IMAP&direction=C&line=a1%20LOGIN%20alice%20alice");
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.body().string()).contains("id=\"explanation\"", "a1 — ", "LOGIN — ", "RFC 3501 §6.2.3");
            assertThat(client.get("/explain?protocol=IMAP&direction=S&line=*%20OK%20ready").body().string())
                    .contains("* — ", "RFC 3501 §7.1.1");
            assertThat(client.get("/explain?protocol=SMTP&direction=S&line=554%205.7.1%20Relay%20access%20denied").body().string())
                    .contains("RFC 5321", "RFC 3463");
        });
    }

    @Test
    void literalDataIsShownLineByLineAndExplainedAsLiteralData() {
        JavalinTest.test(app(), (server, client) -> {
            String html = client.get("/scenarios/imap-phone-and-laptop/steps/2").body().string();
            assertThat(html).contains("[literal 124 bytes]", "<span class=\"prefix\">S|</span>", "form=\"explain-imap-s-literal\"",
                    "value=\"Subject: Lunch on Thursday?\"", "<input type=\"hidden\" name=\"kind\" value=\"literal\">");
            String explained = client.get("/explain?protocol=IMAP&direction=S&kind=literal&line=Subject%3A%20Lunch%20on%20Thursday%3F")
                    .body().string();
            assertThat(explained).contains("IMAP, server literal data line:", "A line inside a literal", "RFC 3501 §4.3");
            assertThat(client.get("/explain?protocol=IMAP&direction=S&line=%5Bliteral%20124%20bytes%5D").body().string())
                    .contains("124 bytes of literal data follow");
        });
    }

    @Test
    void explainEscapesTheLineItShows() {
        JavalinTest.test(app(), (server, client) -> {
            String html = client.get("/explain?protocol=SMTP&direction=C&line=%3Cscript%3Ealert(1)%3C/script%3E").body().string();
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        });
    }

    @Test
    void explainWithoutProtocolOrDirectionSaysWhatItNeeds() {
        JavalinTest.test(app(), (server, client) -> {
            var response = client.get("/explain?protocol=FTP&direction=C&line=x");
            assertThat(response.code()).isEqualTo(400);
            assertThat(response.body().string()).contains("Cannot explain that line", "protocol=IMAP, POP3 or SMTP");
        });
    }

    @Test
    void allScriptsAndStylesStayUnder200KilobytesTogether() throws Exception {
        java.util.List<String> files;
        try (var listing = Files.list(Path.of("src/main/resources/static"))) {
            files = listing.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".js") || f.endsWith(".css")).sorted().toList();
        }
        assertThat(files).contains("mailsim.css", "player.js", "quiz-take.js");
        JavalinTest.test(app(), (server, client) -> {
            long total = 0;
            for (String file : files) {
                var response = client.get("/static/" + file);
                assertThat(response.code()).as(file).isEqualTo(200);
                total += response.body().string().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            }
            assertThat(total).isLessThan(200 * 1024);
        });
    }
}
