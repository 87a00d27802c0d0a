package org.mailsim.web.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.StandInServer;
import org.mailsim.web.WebApp;
import org.mailsim.web.explain.GlossaryLinks.Segment;

/** Explanations link the glossary's terms to their entries; every anchor is a term of docs/glossary.md. */
class GlossaryLinksTest {
    private static final Pattern ENTRY = Pattern.compile("(?m)^- \\*\\*(.+?)\\.?\\*\\*");

    /** The glossary's anchors as the glossary page makes them: the name in lower case, other characters one hyphen. */
    private static Set<String> glossaryAnchors() throws IOException {
        Matcher m = ENTRY.matcher(Files.readString(Path.of("../docs/glossary.md")));
        java.util.Set<String> anchors = new java.util.HashSet<>();
        while (m.find()) anchors.add(m.group(1).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
        return anchors;
    }

    @Test
    void everyLinkedTermHasAnEntryInTheGlossary() throws IOException {
        assertThat(glossaryAnchors()).containsAll(GlossaryLinks.TERMS.values());
    }

    @Test
    void eachTermIsLinkedOnceAtItsFirstAppearanceAndTheRestIsPlainText() {
        assertThat(GlossaryLinks.link("The UID stays; UIDVALIDITY says whether UIDs still mean the same; a UID FETCH."))
                .containsExactly(new Segment("The ", null), new Segment("UID", "/glossary#uid"), new Segment(" stays; ", null),
                        new Segment("UIDVALIDITY", "/glossary#uidvalidity"),
                        new Segment(" says whether UIDs still mean the same; a UID FETCH.", null));
        assertThat(GlossaryLinks.link("STARTTLS upgrades to TLS; implicit TLS starts in it"))
                .extracting(Segment::href).containsExactly("/glossary#starttls", null, "/glossary#tls", null, "/glossary#implicit-tls",
                        null);
        assertThat(GlossaryLinks.link("\\Deleted is a flag: the message stays until EXPUNGE."))
                .extracting(Segment::href).contains("/glossary#flag", "/glossary#expunge");
        assertThat(GlossaryLinks.link("nothing here")).containsExactly(new Segment("nothing here", null));
        assertThat(GlossaryLinks.link("a tagline, retagged, flagship")).extracting(Segment::href).containsOnlyNulls();
    }

    @Test
    void theExplanationPageLinksItsTermsAndStillEscapesTheLine() {
        JavalinTest.test(WebApp.create(() -> StandInServer.INFO, new ScenarioLibrary(Optional.empty())), (server, client) -> {
            String html = client.get("/explain?protocol=IMAP&direction=C&line=a3%20UID%20STORE%201%20%2BFLAGS%20(%5CDeleted)").body().string();
            assertThat(html).contains("<a class=\"term\" href=\"/glossary#uid\">", "<a class=\"term\" href=\"/glossary#flag\">",
                    "<a class=\"term\" href=\"/glossary#tag\">");
            String plain = client.get("/explain?protocol=IMAP&direction=C&line=A1%20AUTHENTICATE%20PLAIN%20AGFsaWNlAGFsaWNl").body().string();
            assertThat(plain).contains("\\0alice\\0••••").doesNotContain("\\0alice\\0alice");
        });
    }
}
