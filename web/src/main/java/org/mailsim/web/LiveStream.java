package org.mailsim.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.mailsim.live.LiveEvent;
import org.mailsim.live.LiveMonitor;
import org.mailsim.store.StoreSnapshot;

/**
 * {@code GET /live/events}: Server-Sent Events (the HTML standard's {@code text/event-stream})
 * that keep an open live page up to date. Each event carries page fragments rendered from the
 * same templates as the page, so the script only puts them in place: {@code connection} (a
 * connection's row, heading and section), {@code lines}, {@code forget}, {@code store}, and
 * {@code reset} (too much was missed: reload); {@code full} when too many viewers already
 * watch. The event id is the monitor's version, so a browser that reconnects (it sends
 * {@code Last-Event-ID}) misses nothing.
 *
 * <p>Each viewer has a bounded queue, and the request's own thread renders and writes until the
 * browser leaves (the next write fails), so a slow browser never holds up a mail connection;
 * one that falls {@value #QUEUE} events behind is told to reload.
 * {@link org.mailsim.live.LiveLimits#subscribers()} caps the viewers, and so the threads.
 */
final class LiveStream {
    static final int QUEUE = 1000;
    /** A comment this often keeps proxies from closing the stream, and finds a browser that left. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Templates templates;
    private final LiveMonitor monitor;

    LiveStream(Templates templates, LiveMonitor monitor) {
        this.templates = templates;
        this.monitor = monitor;
    }

    void open(Context ctx) throws IOException {
        boolean reveal = LivePage.reveal(ctx);
        StoreSnapshot shown = monitor.snapshot().store();
        BlockingQueue<LiveEvent> queue = new ArrayBlockingQueue<>(QUEUE);
        AtomicBoolean overflowed = new AtomicBoolean();
        Optional<LiveMonitor.Subscription> subscription = monitor.subscribe(since(ctx), event -> {
            if (!queue.offer(event)) overflowed.set(true);
        });
        var response = ctx.res();
        response.setStatus(200);
        response.setContentType("text/event-stream");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no"); // a proxy in front must pass each event at once
        OutputStream out = response.getOutputStream();
        try {
            if (subscription.isEmpty()) {
                write(out, "event: full\ndata: {}\n\n");
                return;
            }
            write(out, ": mailsim live view\n\n"); // the headers go out now: the browser's EventSource opens
            send(out, queue, overflowed, reveal, shown);
        } catch (IOException e) {
            // the browser left: nothing to tell it
        } finally {
            subscription.ifPresent(LiveMonitor.Subscription::close);
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

    private void send(OutputStream out, BlockingQueue<LiveEvent> queue, AtomicBoolean overflowed, boolean reveal,
                      StoreSnapshot shown) throws IOException {
        StoreSnapshot store = shown;
        while (true) {
            LiveEvent event;
            try {
                event = queue.poll(KEEP_ALIVE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (overflowed.get()) {
                event(out, "reset", "{}", monitor.snapshot().version());
                return;
            }
            if (event == null) {
                write(out, ": keep-alive\n\n");
                continue;
            }
            long id = event.version();
            switch (event) {
                case LiveEvent.ConnectionChanged c -> {
                    var view = LiveViews.connection(c.info(), c.account(), c.tlsActive(), 0, List.of());
                    event(out, "connection", json(Map.of("id", view.id(),
                            "row", fragment("connection-row", Map.of("c", view)),
                            "head", fragment("connection-head", Map.of("c", view)),
                            "section", fragment("connection", Map.of("c", view)))), id);
                }
                case LiveEvent.LinesAdded l -> event(out, "lines", json(Map.of("id", l.connection().id(),
                        "html", fragment("wire-rows", Map.of("lines", LiveViews.lines(l.connection(), l.lines(), reveal))))), id);
                case LiveEvent.ConnectionForgotten f -> event(out, "forget", json(Map.of("id", f.connectionId())), id);
                case LiveEvent.StoreChanged s -> {
                    event(out, "store", json(Map.of("html", fragment("store", Map.of("mailbox", LiveViews.store(store, s.store()))))), id);
                    store = s.store();
                }
                case LiveEvent.Reset r -> {
                    event(out, "reset", "{}", id);
                    return;
                }
            }
        }
    }

    /** One event; {@code data} is one line of JSON (it escapes line ends inside strings). */
    private static void event(OutputStream out, String name, String data, long id) throws IOException {
        write(out, "id: " + id + "\nevent: " + name + "\ndata: " + data + "\n\n");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private String fragment(String name, Map<String, Object> model) {
        return templates.renderFragment("live-fragments", name, model);
    }

    private static String json(Map<String, String> fields) {
        ObjectNode node = JSON.createObjectNode();
        new TreeMap<>(fields).forEach(node::put);
        return node.toString();
    }
}
