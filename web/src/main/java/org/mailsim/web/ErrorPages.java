package org.mailsim.web;

import java.util.Map;

import io.javalin.http.Context;

/** Error pages that say what went wrong and where to go next. */
public final class ErrorPages {
    private static final System.Logger LOG = System.getLogger(ErrorPages.class.getName());
    /** Set by a handler that rendered its own error page, so the generic one does not replace it. */
    public static final String EXPLAINED = "mailsim.error-explained";
    private final Templates templates;

    public ErrorPages(Templates templates) {
        this.templates = templates;
    }

    /** @param backHref where the page's one button leads, {@code backLabel} what it says */
    public record ErrorView(int status, String title, String explanation, String backHref, String backLabel) {
        ErrorView(int status, String title, String explanation) {
            this(status, title, explanation, "/", "Back to the home page");
        }
    }

    public void notFound(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(EXPLAINED))) return; // a handler rendered its own, more precise 404
        render(ctx, new ErrorView(404, "Page not found",
                "There is no page at this address. It may have been a typo, or a scenario that was renamed."));
    }

    /** A handler's own error page, saying precisely what was wrong; the generic page then stays away. */
    public void explained(Context ctx, int status, String title, String explanation) {
        explained(ctx, new ErrorView(status, title, explanation));
    }

    /** As above, with the button leading somewhere more useful than the home page. */
    public void explained(Context ctx, ErrorView view) {
        ctx.attribute(EXPLAINED, true);
        ctx.status(view.status());
        render(ctx, view);
    }

    public void unexpected(Exception e, Context ctx) {
        LOG.log(System.Logger.Level.ERROR, "request failed: " + ctx.path(), e);
        ctx.status(500);
        render(ctx, new ErrorView(500, "Something went wrong",
                "mailsim hit an unexpected error while making this page. The details are in the server's log."));
    }

    private void render(Context ctx, ErrorView view) {
        ctx.html(templates.render("error", Map.of("view", view)));
    }
}
