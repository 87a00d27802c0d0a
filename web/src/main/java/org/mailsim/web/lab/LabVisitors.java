package org.mailsim.web.lab;

import java.util.Optional;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.websocket.WsContext;
import org.mailsim.lab.Sandbox;
import org.mailsim.lab.SandboxRegistry;

/**
 * Which sandbox a browser owns: the id in an HttpOnly, SameSite=Strict cookie scoped to
 * {@code /lab}, so no script and no other site can read or send it. The page only hands out an
 * id (cheap: 50 students opening the lab at once make no sandbox); the sandbox is made when the
 * page's console connects over the WebSocket, and found again by the same id after a reload. An
 * id the registry did not issue (made up or changed) is never honoured: the page hands out a new
 * one, and the WebSocket and downloads refuse.
 */
final class LabVisitors {
    static final String COOKIE = "mailsim-lab";
    private final SandboxRegistry registry;

    LabVisitors(SandboxRegistry registry) {
        this.registry = registry;
    }

    SandboxRegistry registry() {
        return registry;
    }

    Optional<Sandbox> sandbox(Context ctx) {
        return registry.find(ctx.cookie(COOKIE));
    }

    /** The console's sandbox: the one of the browser's id, made now if it has none (first visit, expired, evicted). */
    Optional<Sandbox> sandboxOrNew(WsContext ctx) {
        return registry.findOrCreate(ctx.cookie(COOKIE));
    }

    /** Gives the browser an id unless it has one the registry issued; no sandbox is made here. */
    void identify(Context ctx) {
        if (registry.issued(ctx.cookie(COOKIE))) return;
        // name, value, path, max age (-1: until the browser closes), secure, HttpOnly, domain, SameSite
        ctx.cookie(new Cookie(COOKIE, registry.issue(), "/lab", -1, "https".equals(ctx.scheme()), true, null, SameSite.STRICT));
    }
}
