package org.mailsim.web;

import java.util.List;
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
        return create(liveServer, scenarios, new RfcLineExplainer(), false);
    }

    /**
     * As {@code serve} runs it: the catalog is also replayed into the cache in the background at
     * start, so no student waits for a replay on a first page (a cached page renders in
     * milliseconds; a replay inside the request takes a few hundred).
     */
    public static Javalin createWarm(Supplier<LiveServerInfo> liveServer, ScenarioLibrary scenarios) {
        return create(liveServer, scenarios, new RfcLineExplainer(), true);
    }

    static Javalin create(Supplier<LiveServerInfo> liveServer, ScenarioLibrary scenarios, LineExplainer explainer) {
        return create(liveServer, scenarios, explainer, false);
    }

    /**
     * After {@code start}: asks the running app, from the background, for the catalog and one
     * player page, so templates and handlers are compiled before the first student arrives.
     */
    public static void warmUpPages(Javalin app, ScenarioLibrary scenarios) {
        Thread.ofVirtual().name("warm-up-pages").start(() -> {
            var client = java.net.http.HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + app.port();
            List<String> paths = new java.util.ArrayList<>(List.of("/", "/scenarios"));
            scenarios.current().scenarios().stream().findFirst().ifPresent(s -> paths.add("/scenarios/" + s.id() + "/steps/1"));
            for (String path : paths) {
                try {
                    client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path)).build(),
                            java.net.http.HttpResponse.BodyHandlers.discarding());
                } catch (java.io.IOException e) {
                    return; // not listening on loopback (--listen elsewhere): the first visitor warms it instead
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    private static Javalin create(Supplier<LiveServerInfo> liveServer, ScenarioLibrary scenarios, LineExplainer explainer,
                                  boolean warm) {
        Templates templates = new Templates();
        HomePage home = new HomePage(templates, liveServer, scenarios);
        ErrorPages errors = new ErrorPages(templates);
        CatalogPage catalog = new CatalogPage(templates, scenarios);
        TimelineCache timelines = new TimelineCache();
        if (warm) Thread.ofVirtual().name("replay-catalog").start(() -> timelines.warmUp(scenarios.current().scenarios()));
        PlayerPage player = new PlayerPage(templates, errors, scenarios, timelines);
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
