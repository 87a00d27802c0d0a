package org.mailsim.web.glossary;

import java.util.Map;

import io.javalin.http.Context;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;

/** {@code GET /glossary}: the RFCs' words in plain words, each term at its own anchor ({@code /glossary#uid}). */
public final class GlossaryPage {
    private final Templates templates;
    private final Glossary glossary = Glossary.packaged();

    public GlossaryPage(Templates templates) {
        this.templates = templates;
    }

    record GlossaryView(Glossary glossary, String version) { }

    public void show(Context ctx) {
        ctx.html(templates.render("glossary/glossary", Map.of("view", new GlossaryView(glossary, Version.current()))));
    }
}
