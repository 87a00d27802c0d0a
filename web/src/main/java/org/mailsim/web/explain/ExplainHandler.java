package org.mailsim.web.explain;

import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;
import org.mailsim.net.Protocol;
import org.mailsim.web.ErrorPages;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;
import org.mailsim.wire.Direction;

/**
 * {@code GET /explain?protocol=IMAP&direction=C&line=…} (and {@code &kind=literal} for a line of an
 * IMAP literal's data): one protocol line explained, for the player's side panel, and a page of
 * its own when the browser runs no JavaScript.
 */
public final class ExplainHandler {
    public static final int MAX_LINE = 2000;
    private final Templates templates;
    private final ErrorPages errors;
    private final LineExplainer explainer;

    public ExplainHandler(Templates templates, ErrorPages errors, LineExplainer explainer) {
        this.templates = templates;
        this.errors = errors;
        this.explainer = explainer;
    }

    record ExplainView(String protocol, String direction, String line, LineExplainer.Explanation explanation, String version) { }

    public void show(Context ctx) {
        Optional<Protocol> protocol = parse(Protocol.class, ctx.queryParam("protocol"));
        Optional<Direction> direction = "C".equals(ctx.queryParam("direction")) ? Optional.of(Direction.CLIENT_TO_SERVER)
                : "S".equals(ctx.queryParam("direction")) ? Optional.of(Direction.SERVER_TO_CLIENT) : Optional.empty();
        String line = ctx.queryParam("line");
        if (protocol.isEmpty() || direction.isEmpty() || line == null || line.length() > MAX_LINE) {
            errors.explained(ctx, 400, "Cannot explain that line",
                    "An explanation needs protocol=IMAP, POP3 or SMTP, direction=C (client) or S (server), and the line itself"
                            + " (at most " + MAX_LINE + " characters). Open it from a line of a scenario's exchange.");
            return;
        }
        boolean literal = "literal".equals(ctx.queryParam("kind"));
        var explanation = literal ? explainer.explainLiteral(protocol.get(), direction.get(), line)
                : explainer.explain(protocol.get(), direction.get(), line);
        String who = (direction.get() == Direction.CLIENT_TO_SERVER ? "client" : "server") + (literal ? " literal data" : "");
        ctx.html(templates.render("explain/explain", Map.of("view",
                new ExplainView(protocol.get().name(), who, line, explanation, Version.current()))));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        if (name == null) return Optional.empty();
        for (E e : type.getEnumConstants()) if (e.name().equals(name)) return Optional.of(e);
        return Optional.empty();
    }
}
