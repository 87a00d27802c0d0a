package org.mailsim.web;

import io.javalin.Javalin;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole web app on a free loopback port for one test class, as {@code serve} builds it:
 * {@code @RegisterExtension static final RunningWebApp web = new RunningWebApp();}.
 */
public final class RunningWebApp implements BeforeAllCallback, AfterAllCallback {
    private Javalin app;

    @Override
    public void beforeAll(ExtensionContext context) {
        app = WebApp.create(() -> StandInServer.INFO).start("127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        app.stop();
    }

    /** "http://127.0.0.1:port" */
    public String base() {
        return "http://127.0.0.1:" + app.port();
    }
}
