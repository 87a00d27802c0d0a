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
 * {@code /lab}, so no script and no other site can read or send it. An id the registry does not
 * know (expired, evicted, or made up) is never honoured: the page hands out a new sandbox with a
 * new id, and the WebSocket and downloads refuse.
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

    Optional<Sandbox> sandbox(WsContext ctx) {
        return registry.find(ctx.cookie(COOKIE));
    }

    /** The visitor's sandbox, or a new one with a new cookie. */
    Sandbox sandboxOrNew(Context ctx) {
        return sandbox(ctx).orElseGet(() -> {
            Sandbox sandbox = registry.create();
            // name, value, path, max age (-1: until the browser closes), secure, HttpOnly, domain, SameSite
            ctx.cookie(new Cookie(COOKIE, sandbox.id(), "/lab", -1, "https".equals(ctx.scheme()), true, null, SameSite.STRICT));
            return sandbox;
        });
    }
}
