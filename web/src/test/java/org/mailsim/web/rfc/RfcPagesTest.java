package org.mailsim.web.rfc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.mailsim.rfc.RfcIndex;
import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.StandInServer;
import org.mailsim.web.WebApp;

/** The offline RFC pages, and the RFC links the other pages render. */
class RfcPagesTest {
    private static final ScenarioLibrary BUILT_IN = new ScenarioLibrary(Optional.empty());
    private static final Pattern LINK = Pattern.compile("<a class=\"rfc-cite\" href=\"/rfc/(\\d+)(?:\\?s=([0-9A-Za-z.]+)#(section|appendix)-([0-9A-Za-z.]+))?\" title=\"([^\"]*)\">([^<]*)</a>");

    private static Javalin app() {
        return WebApp.create(() -> StandInServer.INFO, BUILT_IN);
    }

    @Test
    void anRfcsPageListsEverySectionWithItsOwnTitleAnAnchorAndTheCitedOneMarked() {
        JavalinTest.test(app(), (server, client) -> {
            var response = client.get("/rfc/2449?s=8.1.2");
            assertThat(response.code()).isEqualTo(200);
            String html = response.body().string();
            assertThat(html).contains("POP3 Extension Mechanism", "id=\"section-8.1.1\"", "The LOGIN-DELAY response code",
                    "href=\"https://www.rfc-editor.org/rfc/rfc2449\"", "href=\"https://www.rfc-editor.org/rfc/rfc2449#section-8.1.2\"");
            assertThat(html).containsPattern("<li id=\"section-8.1.2\" class=\"rfc-section depth-2 cited\"\\s+aria-current=\"true\">");
            assertThat(html).contains("You followed a citation of", "§8.1.2 The IN-USE response code");
            assertThat(html).contains("the login itself succeeded but the maildrop is in use"); // the summary
            assertThat(html).doesNotContainPattern("<(script|link|img)[^>]+(src|href)=\"https?://");
        });
    }

    @Test
    void theListNamesEveryRfcAndAnUnknownOneIsNotFound() {
        JavalinTest.test(app(), (server, client) -> {
            String list = client.get("/rfc").body().string();
            for (var rfc : RfcIndex.builtin().rfcs()) assertThat(list).contains("href=\"/rfc/" + rfc.number() + "\"");
            assertThat(client.get("/rfc/9999").code()).isEqualTo(404);
            assertThat(client.get("/rfc/nope").code()).isEqualTo(404);
            assertThat(client.get("/rfc/3501?s=99.9").body().string()).doesNotContain("You followed a citation");
        });
    }

    @Test
    void everyRfcLinkOnEveryStepOfEveryScenarioResolvesToASectionOfTheIndex() {
        JavalinTest.test(app(), (server, client) -> {
            List<String> links = new ArrayList<>();
            for (Scenario s : BUILT_IN.current().scenarios()) {
                for (int n = 1; n <= s.steps().size(); n++) {
                    String html = client.get("/scenarios/" + s.id() + "/steps/" + n).body().string();
                    Matcher m = LINK.matcher(html);
                    while (m.find()) links.add(checked(m, s.id() + " step " + n));
                }
            }
            assertThat(links).hasSizeGreaterThan(50);
        });
    }

    @Test
    void theExplainPanelsReferencesAreLinks() {
        JavalinTest.test(app(), (server, client) -> {
            String html = client.get("/explain?protocol=POP3&direction=S&line=" + java.net.URLEncoder.encode("-ERR [IN-USE] locked",
                    java.nio.charset.StandardCharsets.UTF_8)).body().string();
            Matcher m = LINK.matcher(html);
            List<String> links = new ArrayList<>();
            while (m.find()) links.add(checked(m, "explain"));
            assertThat(links).contains("/rfc/2449#section-8.1.2 RFC 2449 §8.1.2");
        });
    }

    /** A link's target must be the section its text cites, and exist in the index under the title it shows. */
    static String checked(Matcher m, String where) {
        int rfc = Integer.parseInt(m.group(1));
        String title = m.group(5).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
        if (m.group(2) == null) {
            assertThat(RfcIndex.builtin().rfc(rfc)).as(where + ": " + m.group()).isPresent();
            return "/rfc/" + rfc + " " + m.group(6);
        }
        assertThat(m.group(2)).as(where).isEqualTo(m.group(4));
        var section = RfcIndex.builtin().section(rfc, m.group(2));
        assertThat(section).as(where + ": " + m.group()).isPresent();
        assertThat(title).as(where).isEqualTo(section.get().toString());
        String text = m.group(6).replaceAll("\\s+", " ");
        assertThat(text).as(where).endsWith("§" + m.group(2)).satisfiesAnyOf(
                t -> assertThat(t).isEqualTo("RFC " + rfc + " §" + m.group(2)), t -> assertThat(t).isEqualTo("§" + m.group(2)));
        return "/rfc/" + rfc + "#" + m.group(3) + "-" + m.group(4) + " " + m.group(6);
    }
}
