package org.mailsim.web;

import java.util.function.Supplier;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import org.mailsim.live.LiveServerInfo;

/**
 * Every route in one place. Built with its dependencies, so tests start it with
 * {@code JavalinTest.test(WebApp.create(…), …)} exactly as {@code serve} does.
 */
public final class WebApp {
    private WebApp() { }

    public static Javalin create(Supplier<LiveServerInfo> liveServer) {
        Templates templates = new Templates();
        HomePage home = new HomePage(templates, liveServer);
        ErrorPages errors = new ErrorPages(templates);
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
            config.routes.error(404, errors::notFound);
            config.routes.exception(Exception.class, errors::unexpected);
        });
    }
}
