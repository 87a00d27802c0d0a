package org.mailsim.web;

import java.util.Optional;
import java.util.function.Supplier;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.mailsim.live.LiveServerInfo;
import org.mailsim.scenario.ScenarioLibrary;

/**
 * Every route in one place. Built with its dependencies, so tests start it with
 * {@code JavalinTest.test(WebApp.create(…), …)} exactly as {@code serve} does.
 */
public final class WebApp {
    private WebApp() { }

    /** The built-in scenarios only. */
    public static Javalin create(Supplier<LiveServerInfo> liveServer) {
        return create(liveServer, new ScenarioLibrary(Optional.empty()));
    }

    public static Javalin create(Supplier<LiveServerInfo> liveServer, ScenarioLibrary scenarios) {
        return create(liveServer, scenarios, new RfcLineExplainer());
    }

    static Javalin create(Supplier<LiveServerInfo> liveServer, ScenarioLibrary scenarios, LineExplainer explainer) {
        Templates templates = new Templates();
        HomePage home = new HomePage(templates, liveServer);
        ErrorPages errors = new ErrorPages(templates);
        CatalogPage catalog = new CatalogPage(templates, scenarios);
        PlayerPage player = new PlayerPage(templates, errors, scenarios, new TimelineCache());
        TimelineExports exports = new TimelineExports(player);
        ExplainHandler explain = new ExplainHandler(templates, errors, explainer);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
            });
            config.routes.get("/", home::show);
            config.routes.get("/certificate.pem", home::certificate);
            config.routes.get("/scenarios", catalog::show);
            config.routes.get("/scenarios/{id}", player::first);
            config.routes.get("/scenarios/{id}/steps/{n}", player::step);
            config.routes.get("/scenarios/{id}/export.md", exports::markdown);
            config.routes.get("/scenarios/{id}/export.txt", exports::text);
            config.routes.get("/scenarios/{id}/export.json", exports::json);
            config.routes.get("/scenarios/{id}/export.pcap", exports::pcap);
            config.routes.get("/explain", explain::show);
            config.routes.error(404, errors::notFound);
            config.routes.exception(Exception.class, errors::unexpected);
        });
    }
}
