package org.mailsim.web.live;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.mailsim.live.LiveJson;
import org.mailsim.live.LiveMonitor;
import org.mailsim.live.LiveSelection;
import org.mailsim.live.LiveServerInfo;
import org.mailsim.live.LiveSnapshot;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;
import org.mailsim.web.shared.ExchangeLanes;
import org.mailsim.web.shared.MailboxPanel;

/**
 * {@code GET /live}: real mail clients on the live server, as they talk; {@code GET /api/live}:
 * the same as JSON; {@code /live/events}: the stream that keeps an open page up to date
 * ({@link LiveStream}). Passwords are hidden unless {@code ?reveal=1}. Every route only reads.
 */
public final class LivePage {
    private final Templates templates;
    private final Supplier<LiveServerInfo> server;
    private final LiveMonitor monitor;
    private final LiveStream stream;

    public LivePage(Templates templates, Supplier<LiveServerInfo> server, LiveMonitor monitor) {
        this.templates = templates;
        this.server = server;
        this.monitor = monitor;
        this.stream = new LiveStream(templates, monitor);
    }

    public void routes(RoutesConfig routes) {
        routes.get("/live", this::show);
        routes.get("/api/live", this::api);
        routes.get("/live/events", stream::open);
        routes.post("/live/clear", this::clear);
    }

    /** As the web app stops: every open page is told mailsim stopped, and its stream ends. */
    public void stop() {
        stream.stop();
    }

    /** @param explainForms every form a line's button may submit, lines streamed in later included */
    record LiveView(String version, long since, boolean revealed, String toggleReveal, String jsonHref, String streamHref,
                    List<LiveViews.ConnectionView> connections, List<ExchangeLanes.ExplainForm> explainForms,
                    List<MailboxPanel.AccountView> store, LiveViews.SetupView howToConnect, LiveViews.SelectionView selection) { }

    void show(Context ctx) {
        boolean reveal = reveal(ctx);
        LiveSnapshot snapshot = monitor.snapshot();
        LiveSelection selection = new LiveSelection(ctx.queryParam("account"), ctx.queryParam("device"), page(ctx));
        // Newest first: the client that just connected is at the top; one account's or device's only, ten a page.
        LiveSelection.Page page = selection.select(snapshot.connections());
        List<LiveViews.ConnectionView> connections = page.connections().stream().map(c -> LiveViews.connection(c, reveal)).toList();
        String query = reveal ? "?reveal=1" : "";
        LiveView view = new LiveView(Version.current(), snapshot.version(), reveal, reveal ? "/live" : "/live?reveal=1",
                "/api/live" + query, "/live/events?since=" + snapshot.version() + (reveal ? "&reveal=1" : ""),
                connections, ExchangeLanes.ExplainForm.all(), LiveViews.store(snapshot.store(), snapshot.store()), LiveViews.setup(server.get()),
                LiveViews.selection(selection, page, snapshot.connections(), reveal));
        ctx.header("Cache-Control", "no-store");
        ctx.html(templates.render("live/live", Map.of("view", view)));
    }

    void api(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(LiveJson.render(monitor.snapshot(), server.get(), reveal(ctx)));
    }

    /** {@code POST /live/clear}: forget the closed connections (instructor's computer only), back to the view. */
    void clear(Context ctx) {
        if (!org.mailsim.web.LocalRequests.fromThisComputer(ctx)) {
            ctx.status(403).contentType("text/plain; charset=utf-8").result("Only the computer mailsim runs on can clear the live view.\n");
            return;
        }
        monitor.clearClosed();
        ctx.redirect("/live", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private static int page(Context ctx) {
        try {
            return Integer.parseInt(java.util.Objects.requireNonNullElse(ctx.queryParam("page"), "1"));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** {@code ?reveal=1}: show passwords and SASL payloads as typed. */
    static boolean reveal(Context ctx) {
        String reveal = ctx.queryParam("reveal");
        return "1".equals(reveal) || "true".equals(reveal);
    }
}
