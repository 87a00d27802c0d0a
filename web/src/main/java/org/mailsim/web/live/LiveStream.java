package org.mailsim.web.live;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.mailsim.live.LiveEvent;
import org.mailsim.live.LiveMonitor;
import org.mailsim.store.StoreSnapshot;
import org.mailsim.web.Templates;

/**
 * {@code GET /live/events}: Server-Sent Events (the HTML standard's {@code text/event-stream})
 * that keep an open live page up to date. Each event carries page fragments rendered from the
 * same templates as the page, so the script only puts them in place: {@code connection} (a
 * connection's row, heading and section), {@code lines}, {@code forget}, {@code store}, and
 * {@code reset} (too much was missed: reload); {@code full} when too many viewers already
 * watch; {@code bye} when mailsim stops, as the last event before the stream ends. The event id
 * is the monitor's version, so a browser that reconnects (it sends {@code Last-Event-ID}) misses
 * nothing.
 *
 * <p>Each viewer has a bounded queue ({@link LiveViewer}), and the request's own thread renders
 * and writes until the browser leaves (the next write fails) or the app stops ({@link #stop}),
 * so a slow browser never holds up a mail connection; one that falls {@value #QUEUE} events
 * behind is told to reload. {@link org.mailsim.live.LiveLimits#subscribers()} caps the viewers,
 * and so the threads.
 */
final class LiveStream {
    static final int QUEUE = 1000;
    /** A comment this often keeps proxies from closing the stream, and finds a browser that left. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    /** How long {@link #stop} waits for the streams to end: a browser that stopped reading is left to Jetty. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Templates templates;
    private final LiveMonitor monitor;
    private final Set<LiveViewer> open = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    LiveStream(Templates templates, LiveMonitor monitor) {
        this.templates = templates;
        this.monitor = monitor;
    }

    void open(Context ctx) throws IOException {
        boolean reveal = LivePage.reveal(ctx);
        StoreSnapshot shown = monitor.snapshot().store();
        LiveViewer viewer = new LiveViewer(QUEUE);
        open.add(viewer);
        if (stopping) viewer.stop(); // arrived as the app stops: stop() may have missed it
        Optional<LiveMonitor.Subscription> subscription = monitor.subscribe(since(ctx), viewer::accept);
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
            send(out, viewer, reveal, shown);
        } catch (IOException e) {
            // the browser left: nothing to tell it
        } finally {
            subscription.ifPresent(LiveMonitor.Subscription::close);
            open.remove(viewer);
            viewer.ended();
        }
    }

    /**
     * Ends every open stream with a {@code bye} event and waits (up to {@link #STOP_WAIT}) until
     * their threads have returned. Called as the web app starts to stop: otherwise each stream's
     * thread sits waiting for its next event or keep-alive, Jetty gives it about 2.5 s before it
     * interrupts it, and the browser sees a broken connection instead of an ending.
     */
    void stop() {
        stopping = true;
        List<LiveViewer> viewers = List.copyOf(open);
        viewers.forEach(LiveViewer::stop);
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        try {
            for (LiveViewer viewer : viewers) viewer.awaitEnd(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    private void send(OutputStream out, LiveViewer viewer, boolean reveal, StoreSnapshot shown) throws IOException {
        StoreSnapshot store = shown;
        while (true) {
            LiveViewer.Next next;
            try {
                next = viewer.next(KEEP_ALIVE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            switch (next) {
                case LiveViewer.Next.Quiet q -> write(out, ": keep-alive\n\n");
                case LiveViewer.Next.Event(LiveEvent.ConnectionChanged c) -> {
                    var view = LiveViews.connection(c.info(), c.account(), c.tlsActive(), 0, List.of());
                    event(out, "connection", json(Map.of("id", view.id(),
                            "account", java.util.Objects.requireNonNullElse(c.account(), ""),
                            "device", org.mailsim.live.LiveSelection.device(c.info().remote()),
                            "row", fragment("connection-row", Map.of("c", view)),
                            "head", fragment("connection-head", Map.of("c", view)),
                            "why", fragment("connection-why", Map.of("c", view)),
                            "section", fragment("connection", Map.of("c", view)))), c.version());
                }
                case LiveViewer.Next.Event(LiveEvent.LinesAdded l) -> event(out, "lines", json(Map.of("id", l.connection().id(),
                        "html", fragment("wire-rows", Map.of("lines", LiveViews.lines(l.connection(), l.lines(), reveal))))), l.version());
                case LiveViewer.Next.Event(LiveEvent.ConnectionForgotten f) -> event(out, "forget", json(Map.of("id", f.connectionId())), f.version());
                case LiveViewer.Next.Event(LiveEvent.StoreChanged s) -> {
                    event(out, "store", json(Map.of("html", fragment("store", Map.of("mailbox", LiveViews.store(store, s.store()))))), s.version());
                    store = s.store();
                }
                case LiveViewer.Next.Event(LiveEvent.Reset r) -> {
                    event(out, "reset", "{}", r.version());
                    return;
                }
                case LiveViewer.Next.Behind b -> {
                    event(out, "reset", "{}", monitor.snapshot().version());
                    return;
                }
                case LiveViewer.Next.Stopping s -> {
                    // No id: the browser's Last-Event-ID stays the last event it was shown.
                    write(out, "event: bye\ndata: " + json(Map.of("message", "mailsim stopped")) + "\n\n");
                    out.close(); // ends the response: the browser sees the stream end, not a broken connection
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
        return templates.renderFragment("live/live-fragments", name, model);
    }

    private static String json(Map<String, String> fields) {
        ObjectNode node = JSON.createObjectNode();
        new TreeMap<>(fields).forEach(node::put);
        return node.toString();
    }
}
