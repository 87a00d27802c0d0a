package org.mailsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A Server-Sent Events stream read line by line as a browser's EventSource reads it, for tests. */
public final class EventStream implements AutoCloseable {
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Stream<String> body;
    /** True once the server ended the response; false if the connection broke off (or the test closed it). */
    private final CompletableFuture<Boolean> ended = new CompletableFuture<>();

    private EventStream(Stream<String> body) {
        this.body = body;
        Thread.ofVirtual().name("test-event-stream").start(() -> {
            try {
                body.forEach(lines::add);
                ended.complete(true);
            } catch (UncheckedIOException e) {
                ended.complete(false); // closed by the test, or the connection broke before the response ended
            }
        });
    }

    public static EventStream open(String url, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        return new EventStream(response.body());
    }

    /** Everything received so far, one protocol line per line ("event: lines", "id: 7", "data: {…}"). */
    public String text() {
        return String.join("\n", lines);
    }

    /** Waits up to 10 s until everything in {@code parts} has arrived. */
    public EventStream awaitContains(String... parts) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!containsAll(parts) && System.nanoTime() < deadline) Thread.sleep(25);
        assertThat(text()).contains(parts);
        return this;
    }

    /** Waits up to 10 s for the stream to end: true if the server ended the response, false if it broke off. */
    public boolean awaitEnd() throws Exception {
        return ended.get(10, TimeUnit.SECONDS);
    }

    private boolean containsAll(String... parts) {
        String text = text();
        for (String part : parts) if (!text.contains(part)) return false;
        return true;
    }

    @Override
    public void close() {
        body.close();
    }
}
