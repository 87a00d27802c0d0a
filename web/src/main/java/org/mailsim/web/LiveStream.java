package org.mailsim.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import org.mailsim.live.LiveEvent;
import org.mailsim.live.LiveMonitor;
import org.mailsim.store.StoreSnapshot;

/**
 * {@code /live/events}: Server-Sent Events that keep an open live page up to date. Each event
 * carries page fragments rendered from the same templates as the page, so the script only puts
 * them in place: {@code connection} (a connection's row, heading and section), {@code lines},
 * {@code forget}, {@code store}, and {@code reset} (too much was missed: reload). The event id is
 * the monitor's version, so a browser that reconnects (it sends {@code Last-Event-ID}) misses nothing.
 *
 * <p>Each viewer has a bounded queue, and its request's own thread renders and writes, so a slow
 * browser never holds up a mail connection; one that falls {@value #QUEUE} events behind is told
 * to reload. {@link org.mailsim.live.LiveLimits#subscribers()} caps the viewers.
 */
final class LiveStream {
    static final int QUEUE = 1000;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Templates templates;
    private final LiveMonitor monitor;

    LiveStream(Templates templates, LiveMonitor monitor) {
        this.templates = templates;
        this.monitor = monitor;
    }

    void open(SseClient client) {
        Context ctx = client.ctx();
        boolean reveal = LivePage.reveal(ctx);
        StoreSnapshot shown = monitor.snapshot().store();
        BlockingQueue<LiveEvent> queue = new ArrayBlockingQueue<>(QUEUE);
        AtomicBoolean overflowed = new AtomicBoolean();
        Optional<LiveMonitor.Subscription> subscription = monitor.subscribe(since(ctx), event -> {
            if (!queue.offer(event)) overflowed.set(true);
        });
        if (subscription.isEmpty()) {
            client.sendEvent("full", "{}");
            client.close();
            return;
        }
        // Javalin runs this on a thread of its own for the request, so it may block here, writing
        // until the browser leaves; the request ends when this returns.
        try {
            send(client, queue, overflowed, reveal, shown);
        } finally {
            subscription.get().close();
        }
    }

    /** Where the stream starts: after the event the browser saw last, or the version its page showed. */
    private long since(Context ctx) {
        String last = Optional.ofNullable(ctx.header("Last-Event-ID")).orElse(ctx.queryParam("since"));
        if (last == null) return monitor.snapshot().version();
        try {
            return Long.parseLong(last.strip());
        } catch (NumberFormatException e) {
            return -1; // not a version we gave out: the monitor answers with a reset
        }
    }

    private void send(SseClient client, BlockingQueue<LiveEvent> queue, AtomicBoolean overflowed, boolean reveal,
                      StoreSnapshot shown) {
        StoreSnapshot store = shown;
        while (!client.terminated()) {
            LiveEvent event;
            try {
                event = queue.poll(KEEP_ALIVE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (overflowed.get()) {
                client.sendEvent("reset", "{}", String.valueOf(monitor.snapshot().version()));
                return;
            }
            if (event == null) {
                client.sendComment("keep-alive"); // also how a browser that left is noticed
                continue;
            }
            String id = String.valueOf(event.version());
            switch (event) {
                case LiveEvent.ConnectionChanged c -> {
                    var view = LiveViews.connection(c.info(), c.account(), c.tlsActive(), 0, List.of());
                    client.sendEvent("connection", json(Map.of("id", view.id(),
                            "row", fragment("connection-row", Map.of("c", view)),
                            "head", fragment("connection-head", Map.of("c", view)),
                            "section", fragment("connection", Map.of("c", view)))), id);
                }
                case LiveEvent.LinesAdded l -> client.sendEvent("lines", json(Map.of("id", l.connection().id(),
                        "html", fragment("wire-rows", Map.of("lines", LiveViews.lines(l.connection(), l.lines(), reveal))))), id);
                case LiveEvent.ConnectionForgotten f -> client.sendEvent("forget", json(Map.of("id", f.connectionId())), id);
                case LiveEvent.StoreChanged s -> {
                    client.sendEvent("store", json(Map.of("html", fragment("store", Map.of("mailbox", LiveViews.store(store, s.store()))))), id);
                    store = s.store();
                }
                case LiveEvent.Reset r -> {
                    client.sendEvent("reset", "{}", id);
                    return;
                }
            }
        }
    }

    private String fragment(String name, Map<String, Object> model) {
        return templates.renderFragment("live-fragments", name, model);
    }

    private static String json(Map<String, String> fields) {
        ObjectNode node = JSON.createObjectNode();
        new java.util.TreeMap<>(fields).forEach(node::put);
        return node.toString();
    }
}
