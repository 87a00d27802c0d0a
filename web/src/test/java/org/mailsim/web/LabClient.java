package org.mailsim.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One visitor of the lab, as a browser is: it opens {@code /lab} (and keeps the cookie it is
 * given), then talks to {@code /lab/socket} over a real WebSocket ({@link java.net.http.WebSocket}).
 * Every request is answered by one message, so the tests read them in step. Public for the lab
 * benchmark ({@code org.mailsim.web.bench.LabLatencyBenchmark}).
 */
public final class LabClient implements AutoCloseable {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public final String base;
    public final String cookie;
    public final BlockingQueue<JsonNode> received;
    public final CompletableFuture<String> closed;
    private final WebSocket socket;

    private LabClient(String base, String cookie, WebSocket socket, Listener listener) {
        this.base = base;
        this.cookie = cookie;
        this.socket = socket;
        this.received = listener.received;
        this.closed = listener.closed;
    }

    /** Opens the lab page as a new visitor, then its socket, and says hello as the page does; the answer (the whole picture) is read. */
    public static LabClient visit(String base) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/lab")).build(), HttpResponse.BodyHandlers.ofString());
        String setCookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));
        LabClient client = withCookie(base, cookie);
        client.hello();
        return client;
    }

    /** A socket with whatever cookie the caller gives (or none, when null); nothing is read yet. */
    public static LabClient withCookie(String base, String cookie) throws Exception {
        Listener listener = new Listener();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder();
        if (cookie != null) builder.header("Cookie", cookie);
        WebSocket socket = builder.buildAsync(URI.create(base.replace("http:", "ws:") + "/lab/socket"), listener).get(5, TimeUnit.SECONDS);
        return new LabClient(base, cookie, socket, listener);
    }

    /** What the page sends once its socket is open; the answer is the whole picture. */
    public JsonNode hello() throws Exception {
        return request(object("hello"));
    }

    public JsonNode connect(String pane, String service) throws Exception {
        return request(object("connect").put("pane", pane).put("service", service));
    }

    /** Sends a line (or several) on a pane; returns the server lines that pane showed for it. */
    public List<String> send(String pane, String text) throws Exception {
        return serverLines(request(object("send").put("pane", pane).put("text", text)), pane);
    }

    public JsonNode request(ObjectNode message) throws Exception {
        sendRaw(message.toString());
        return next("update");
    }

    public void sendRaw(String text) throws Exception {
        socket.sendText(text, true).get(5, TimeUnit.SECONDS);
    }

    /** The next message, which must be of {@code type}. */
    public JsonNode next(String type) throws InterruptedException {
        JsonNode message = received.poll(30, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no " + type + " message within 30 s" + (closed.isDone() ? "; the socket closed: " + closed.getNow("") : ""));
        }
        if (!message.path("type").asText().equals(type)) throw new AssertionError("expected a " + type + " message, got " + message);
        return message;
    }

    public static ObjectNode object(String type) {
        return JSON.createObjectNode().put("type", type);
    }

    public static List<String> serverLines(JsonNode update, String pane) {
        return lines(update, pane, "server");
    }

    /** The text of each line a pane showed in {@code lane} ("client", "server", "note"). */
    public static List<String> lines(JsonNode update, String pane, String lane) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : update.path("lines")) {
            if (line.path("pane").asText().equals(pane) && line.path("lane").asText().equals(lane)) lines.add(line.path("text").asText());
        }
        return lines;
    }

    public static JsonNode pane(JsonNode update, String pane) {
        for (JsonNode p : update.path("panes")) if (p.path("pane").asText().equals(pane)) return p;
        throw new AssertionError("no pane " + pane + " in " + update);
    }

    /** GET with this visitor's cookie. */
    public HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (cookie != null) request.header("Cookie", cookie);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Override
    public void close() {
        socket.abort();
    }

    private static final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();
        private final BlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        private final CompletableFuture<String> closed = new CompletableFuture<>();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    received.add(JSON.readTree(text.toString()));
                } catch (IOException e) {
                    throw new IllegalStateException("the lab sent something that is not JSON: " + text, e);
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete("error " + error);
        }
    }
}
