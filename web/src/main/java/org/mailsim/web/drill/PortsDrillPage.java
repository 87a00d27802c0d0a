package org.mailsim.web.drill;

import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import org.mailsim.quiz.PortDrill;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;

/**
 * {@code GET /drill/ports}: the seven mail ports as a table to learn from (it works without
 * JavaScript), and a timed drill over it ({@code static/ports-drill.js}): a port to name the
 * service of, or a service to give the port of. {@code ?seconds=} sets the round's length.
 */
public final class PortsDrillPage {
    static final int DEFAULT_SECONDS = 60;
    private final Templates templates;

    public PortsDrillPage(Templates templates) {
        this.templates = templates;
    }

    record DrillView(List<PortDrill.Card> cards, int seconds, String version) { }

    public void show(Context ctx) {
        int seconds = DEFAULT_SECONDS;
        String asked = ctx.queryParam("seconds");
        if (asked != null && asked.matches("\\d{1,4}")) seconds = Math.max(5, Math.min(600, Integer.parseInt(asked)));
        ctx.html(templates.render("drill/ports", Map.of("view", new DrillView(PortDrill.cards(), seconds, Version.current()))));
    }
}
