package org.mailsim.web.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.web.StandInServer.INFO;

import java.util.List;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.mailsim.web.WebApp;

class GlossaryPageTest {
    @Test
    void theGlossaryGivesEveryTermOfDocsGlossaryAnAnchor() {
        Glossary glossary = Glossary.packaged();
        assertThat(glossary.sections()).extracting(Glossary.Section::title)
                .containsExactly("Words every mail protocol uses", "Encryption", "IMAP (RFC 3501)", "POP3 (RFC 1939)", "SMTP (RFC 5321)");
        assertThat(glossary.index()).hasSizeGreaterThan(40);
        assertThat(glossary.anchor("UIDVALIDITY")).contains("uidvalidity");
        assertThat(glossary.anchor("client / server")).contains("client-server");
        assertThat(glossary.anchor("Unique ID (UIDL)")).contains("unique-id-uidl");
        assertThat(glossary.anchor("STARTTLS")).contains("starttls");
        assertThat(glossary.anchor("no such word")).isEmpty();
        Glossary.Term literal = glossary.sections().get(2).terms().stream().filter(t -> t.id().equals("literal")).findFirst().orElseThrow();
        assertThat(literal.definition()).contains(new Glossary.Run("{124}", true, false));
        assertThat(literal.definition().stream().map(Glossary.Run::text).reduce("", String::concat))
                .as("a definition over several lines is one text").contains("used for message text (§4.3). {n+} is a non-synchronizing");
    }

    @Test
    void aDefinitionKeepsItsCodeAndEmphasisAndTheParserRefusesTwoTermsWithOneAnchor() {
        Glossary g = Glossary.parse("intro\n\n## Words\n\n- **Tag.** The label `A1`, *first*\n  and more.\n- **CR LF.** Two bytes.\n");
        assertThat(g.sections()).hasSize(1);
        assertThat(g.sections().get(0).terms()).extracting(Glossary.Term::id).containsExactly("tag", "cr-lf");
        assertThat(g.sections().get(0).terms().get(0).definition()).containsExactly(new Glossary.Run("The label ", false, false),
                new Glossary.Run("A1", true, false), new Glossary.Run(", ", false, false), new Glossary.Run("first", false, true),
                new Glossary.Run(" and more.", false, false));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Glossary.parse("## A\n- **Tag.** x\n## B\n- **TAG.** y\n"))
                .hasMessageContaining("two terms have the anchor tag");
    }

    @Test
    void glossaryPageIsReachableFromEveryPagesHeaderAndLinksEachTerm() {
        JavalinTest.test(WebApp.create(() -> INFO), (server, client) -> {
            var response = client.get("/glossary");
            assertThat(response.code()).isEqualTo(200);
            String html = response.body().string();
            assertThat(html).contains("<h1>Glossary</h1>", "<dt id=\"uidvalidity\"><a class=\"anchor\" href=\"#uidvalidity\">UIDVALIDITY</a></dt>",
                    "<a href=\"#client-server\">Client / server</a>", "<code>* 3 EXISTS</code>", "<em>maildrop</em>");
            assertThat(html).as("no page shows line ends as ␍␊, so the glossary does not say so").doesNotContain("␍␊")
                    .contains("draw each line");
            assertThat(html).doesNotContain("explanations.yaml").as("the file's introduction is for the repository's readers");
            for (String page : List.of("/", "/scenarios", "/quiz", "/lab", "/glossary")) {
                assertThat(client.get(page).body().string()).as(page).contains("<a href=\"/glossary\">Glossary</a>");
            }
        });
    }
}
