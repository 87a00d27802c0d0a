package org.mailsim.web.lab;

import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.websocket.WsCloseStatus;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import org.mailsim.lab.LabLimits;
import org.mailsim.lab.LabUpdate;
import org.mailsim.lab.Sandbox;
import org.mailsim.net.ServicePort;

/**
 * {@code /lab/socket}: one WebSocket per browser tab, to the visitor's own sandbox only. The
 * browser sends small JSON requests; every change of the sandbox comes back to every tab
 * showing it ({@link LabMessages}), once the tab has said hello.
 *
 * <pre>
 * {"type":"hello"}                                          first: the answer is the whole picture
 * {"type":"connect", "pane":"phone", "service":"IMAP"}     a ServicePort name
 * {"type":"send", "pane":"phone", "text":"a1 LOGIN alice alice"}   several lines for a literal or DATA
 * {"type":"disconnect", "pane":"phone"}
 * {"type":"reset"}
 * </pre>
 */
final class LabSocket {
    private static final String SUBSCRIBER = "mailsim.lab.subscriber";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final LabVisitors visitors;
    private final LabMessages messages;
    private final LabLimits limits;
    private final LabRoutes.ExerciseDone exerciseDone;

    LabSocket(LabVisitors visitors, LabMessages messages, LabRoutes.ExerciseDone exerciseDone) {
        this.visitors = visitors;
        this.messages = messages;
        this.limits = visitors.registry().limits();
        this.exerciseDone = exerciseDone;
    }

    void configure(WsConfig ws) {
        ws.onConnect(this::connected);
        ws.onMessage(this::message);
        ws.onClose(ctx -> forget(ctx));
        ws.onError(ctx -> forget(ctx));
    }

    /**
     * A page of another site must not open a socket with this visitor's cookie (cross-site
     * WebSocket hijacking): when the browser names an Origin, it must be this server.
     */
    void beforeUpgrade(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) return; // not a browser: it has no visitor's cookie to misuse
        String authority;
        try {
            authority = URI.create(origin).getAuthority();
        } catch (IllegalArgumentException e) {
            authority = null;
        }
        if (authority == null || !authority.equalsIgnoreCase(ctx.host())) {
            throw new ForbiddenResponse("The lab's WebSocket only answers pages of this server.");
        }
    }

    private void connected(WsConnectContext ctx) {
        Optional<Sandbox> sandbox = visitors.sandboxOrNew(ctx); // made here, on the console's first connect
        if (sandbox.isEmpty()) {
            gone(ctx, "There is no lab sandbox for this browser: the page did not give it one (or it is a page of an older"
                    + " server run). Reload the page for a fresh one.");
            return;
        }
        // The page asks for the whole picture with "hello" once its socket is open: a reply to a
        // message, rather than a push from inside the upgrade, is what every later update is too.
        ctx.attribute(SUBSCRIBER, new Tab(ctx, sandbox.get(), Map.copyOf(ctx.cookieMap())));
        ctx.enableAutomaticPings();
    }

    private void message(WsMessageContext ctx) {
        Tab tab = ctx.attribute(SUBSCRIBER);
        if (tab == null) return;
        String text = ctx.message();
        if (text.length() > limits.maxFrameChars()) {
            ctx.send(LabMessages.error("That was " + text.length() + " characters at once; the lab takes at most "
                    + limits.maxFrameChars() + ". Nothing was sent: type a long message in parts (DATA takes it line by line)."));
            return;
        }
        JsonNode request;
        try {
            request = JSON.readTree(text);
        } catch (IOException e) {
            request = null;
        }
        if (request == null || !request.isObject()) {
            ctx.send(LabMessages.error("The lab did not understand that message (it expects JSON from its own page)."));
            return;
        }
        String type = request.path("type").asText();
        String pane = request.path("pane").asText();
        if (!tab.sandbox.tryCommand()) { // every request counts: a reset costs the server more than a line
            ctx.send(LabMessages.error("Slow down: the lab takes " + (int) limits.commandsPerSecond() + " commands a second ("
                    + limits.commandBurst() + " at once). That one was not sent; send it again in a moment."));
            return;
        }
        try {
            LabUpdate update = switch (type) {
                case "hello" -> tab.hello();
                case "connect" -> tab.sandbox.connect(pane, ServicePort.valueOf(request.path("service").asText()));
                case "send" -> tab.sandbox.send(pane, request.path("text").asText());
                case "disconnect" -> tab.sandbox.disconnect(pane);
                case "reset" -> tab.sandbox.reset();
                default -> {
                    ctx.send(LabMessages.error("The lab knows hello, connect, send, disconnect and reset, not “" + type + "”."));
                    yield null;
                }
            };
            if (update != null) tab.report(update);
        } catch (IllegalArgumentException e) {
            ctx.send(LabMessages.error("The lab has the panes " + Sandbox.PANES + " and the connections of the list; that request"
                    + " named neither."));
        }
    }

    private void forget(WsContext ctx) {
        Tab tab = ctx.attribute(SUBSCRIBER);
        if (tab != null) tab.sandbox.detach(tab);
    }

    private static void gone(WsContext ctx, String why) {
        ctx.send(LabMessages.closed(why));
        ctx.closeSession(WsCloseStatus.POLICY_VIOLATION, "no lab sandbox");
    }

    /**
     * One browser tab: hears its sandbox's updates and passes them on as JSON, and reports the
     * exercises done through it (after the update has gone out), each once per tab, with the
     * cookies its browser sent: the classroom records them for a joined student.
     */
    private final class Tab implements Sandbox.Subscriber {
        private final WsContext ctx;
        private final Sandbox sandbox;
        private final Map<String, String> cookies;
        private final Set<String> reported = new HashSet<>();
        private boolean attached;

        Tab(WsContext ctx, Sandbox sandbox, Map<String, String> cookies) {
            this.ctx = ctx;
            this.sandbox = sandbox;
            this.cookies = cookies;
        }

        /** The whole picture, then every change; a second hello (a page that lost track) gets the picture again. */
        LabUpdate hello() {
            if (attached) sandbox.detach(this);
            attached = true;
            return sandbox.attach(this);
        }

        /** Exercises done before this tab opened (its picture) count too: they were done in this browser's sandbox. */
        void report(LabUpdate update) {
            for (String id : update.exercisesDone()) {
                if (reported.add(id)) exerciseDone.done(cookies, id);
            }
        }

        @Override
        public void onUpdate(LabUpdate update) {
            if (ctx.session.isOpen()) ctx.send(messages.update(update));
        }

        @Override
        public void onClosed(String why) {
            if (ctx.session.isOpen()) gone(ctx, why);
        }
    }
}
