package org.mailsim.web.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.web.StandInServer.INFO;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.WebApp;

/**
 * The page cache over a real server and the JDK's HTTP client (which, unlike a test client,
 * neither adds {@code Accept-Encoding} nor unpacks gzip by itself, so what is sent is what is seen).
 */
class PageCacheTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String LESSON = "imap-phone-and-laptop";

    @Test
    void aPageAClassAsksForAtOnceIsRenderedOnce() throws Exception {
        java.util.concurrent.atomic.AtomicInteger renders = new java.util.concurrent.atomic.AtomicInteger();
        PageCache cache = new PageCache(() -> List.of("catalog 1"), true);
        Javalin app = Javalin.create(config -> {
            config.routes.before(cache::before);
            config.routes.after(cache::after);
            config.routes.get("/scenarios", ctx -> {
                renders.incrementAndGet();
                Thread.sleep(300); // a slow render: the others arrive while it runs
                ctx.html("<p>the catalog</p>");
            });
        }).start("127.0.0.1", 0);
        try (var students = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                answers.add(students.submit(() -> HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/scenarios")).build(),
                        HttpResponse.BodyHandlers.ofString())));
            }
            for (var answer : answers) {
                assertThat(answer.get().statusCode()).isEqualTo(200);
                assertThat(answer.get().body()).isEqualTo("<p>the catalog</p>");
            }
            assertThat(renders.get()).as("30 students at once, one rendering").isEqualTo(1);
        } finally {
            app.stop();
        }
    }

    @Test
    void aRenderingThatFailsLeavesNobodyWaiting() throws Exception {
        java.util.concurrent.atomic.AtomicInteger renders = new java.util.concurrent.atomic.AtomicInteger();
        PageCache cache = new PageCache(() -> List.of("catalog 1"), true);
        Javalin app = Javalin.create(config -> {
            config.routes.before(cache::before);
            config.routes.after(cache::after);
            config.routes.get("/scenarios", ctx -> {
                if (renders.incrementAndGet() == 1) throw new IllegalStateException("the first rendering fails");
                ctx.html("<p>the catalog</p>");
            });
        }).start("127.0.0.1", 0);
        try {
            URI page = URI.create("http://127.0.0.1:" + app.port() + "/scenarios");
            assertThat(HTTP.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(500);
            long start = System.nanoTime();
            HttpResponse<String> next = HTTP.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(next.body()).isEqualTo("<p>the catalog</p>");
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).as("rendered at once, not after waiting for the failed one")
                    .isLessThan(java.time.Duration.ofSeconds(PageCache.WAIT_SECONDS / 2));
        } finally {
            app.stop();
        }
    }

    @Test
    void aRepeatVisitWithTheETagGets304AndNoBody() throws Exception {
        try (Running app = Running.start(new ScenarioLibrary(Optional.empty()), true)) {
            for (String path : List.of("/", "/scenarios", "/scenarios/" + LESSON + "/steps/3", "/scenarios/" + LESSON + "/steps/3?present",
                    "/lab", "/quiz")) {
                HttpResponse<byte[]> first = app.get(path);
                assertThat(first.statusCode()).as(path).isEqualTo(200);
                String etag = first.headers().firstValue("ETag").orElseThrow();
                assertThat(etag).as(path).matches("\"[0-9a-f]{20}\"");
                assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
                HttpResponse<byte[]> again = app.get(path, "If-None-Match", etag);
                assertThat(again.statusCode()).as(path).isEqualTo(304);
                assertThat(again.body()).isEmpty();
                assertThat(again.headers().firstValue("ETag")).contains(etag);
                assertThat(app.get(path, "If-None-Match", "\"someone-elses\"").statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void gzipIsTheSamePageCompressedOnceWithItsOwnTag() throws Exception {
        try (Running app = Running.start(new ScenarioLibrary(Optional.empty()), true)) {
            String path = "/scenarios/" + LESSON + "/steps/2";
            HttpResponse<byte[]> plain = app.get(path);
            HttpResponse<byte[]> gzip = app.get(path, "Accept-Encoding", "gzip, deflate");
            HttpResponse<byte[]> gzipAgain = app.get(path, "Accept-Encoding", "gzip");
            assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
            assertThat(gzip.headers().firstValue("Vary")).contains("Accept-Encoding");
            assertThat(gunzip(gzip.body())).isEqualTo(plain.body()).isEqualTo(gunzip(gzipAgain.body()));
            assertThat(gzip.body()).as("compressed once, by the cache, not again by Javalin").isEqualTo(gzipAgain.body());
            String tag = gzip.headers().firstValue("ETag").orElseThrow();
            assertThat(tag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow()).endsWith("-gz\"");
            assertThat(app.get(path, "If-None-Match", tag).statusCode()).isEqualTo(304);
            assertThat(app.get(path, "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding")).isEmpty();
        }
    }

    @Test
    void anEditedScenarioFileGivesNewBytesAndANewETagOnTheNextLoad(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("my-lesson.yaml");
        String yaml = Files.readString(Path.of("../scenarios/" + LESSON + ".yaml"))
                .replace("id: " + LESSON, "id: my-lesson").replace("title: One mailbox, two devices (IMAP)", "title: Before the edit");
        Files.writeString(file, yaml);
        try (Running app = Running.start(new ScenarioLibrary(Optional.of(folder)), true)) {
            List<String> paths = List.of("/scenarios/my-lesson/steps/1", "/scenarios", "/");
            List<String> before = new ArrayList<>();
            for (String path : paths) {
                HttpResponse<byte[]> page = app.get(path);
                assertThat(new String(page.body())).as(path).contains("Before the edit");
                before.add(page.headers().firstValue("ETag").orElseThrow());
                assertThat(app.get(path, "If-None-Match", before.getLast()).statusCode()).isEqualTo(304);
            }
            Files.writeString(file, yaml.replace("title: Before the edit", "title: After the edit"));
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
            for (int i = 0; i < paths.size(); i++) {
                HttpResponse<byte[]> page = app.get(paths.get(i), "If-None-Match", before.get(i));
                assertThat(page.statusCode()).as(paths.get(i)).isEqualTo(200);
                assertThat(new String(page.body())).contains("After the edit").doesNotContain("Before the edit");
                assertThat(page.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(before.get(i));
            }
        }
    }

    @Test
    void everyCachedPageIsByteIdenticalToAFreshRender() throws Exception {
        ScenarioLibrary library = new ScenarioLibrary(Optional.empty());
        Scenario lesson = library.current().scenarios().stream().filter(s -> s.id().equals(LESSON)).findFirst().orElseThrow();
        List<String> paths = new ArrayList<>(List.of("/", "/scenarios", "/scenarios?q=pop3", "/scenarios/" + LESSON,
                "/explain?protocol=IMAP&direction=C&line=a1%20LOGIN%20alice%20secret", "/lab", "/quiz", "/quiz?exam=N10-009&mode=exam"));
        for (int n = 1; n <= lesson.steps().size(); n++) {
            paths.add("/scenarios/" + LESSON + "/steps/" + n);
            paths.add("/scenarios/" + LESSON + "/steps/" + n + "?present");
        }
        try (Running cached = Running.start(library, true); Running fresh = Running.start(library, false)) {
            for (String path : paths) {
                HttpResponse<byte[]> reference = fresh.get(path);
                assertThat(reference.statusCode()).as(path).isEqualTo(200);
                assertThat(reference.headers().firstValue("ETag")).as("the uncached app keeps nothing: " + path).isEmpty();
                cached.get(path); // the miss that fills the cache
                HttpResponse<byte[]> hit = cached.get(path);
                assertThat(hit.statusCode()).as(path).isEqualTo(reference.statusCode());
                assertThat(hit.headers().firstValue("ETag")).as(path).isPresent();
                assertThat(new String(hit.body())).as(path).isEqualTo(new String(reference.body()));
                assertThat(gunzip(cached.get(path, "Accept-Encoding", "gzip").body())).as(path).isEqualTo(reference.body());
            }
        }
    }

    @Test
    void perVisitorPagesAndSignedInVisitorsAreNeverKept() throws Exception {
        try (Running app = Running.start(new ScenarioLibrary(Optional.empty()), true)) {
            for (String path : List.of("/live", "/quiz/take?exam=N10-009&count=2&seed=7")) {
                assertThat(app.get(path).headers().firstValue("ETag")).as(path).isEmpty();
            }
            assertThat(app.get("/", "Cookie", "mailsim_student=abc:def").headers().firstValue("ETag")).isEmpty();
            assertThat(app.get("/scenarios/no-such-scenario/steps/1").headers().firstValue("ETag")).as("a 404").isEmpty();
        }
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    /** A started app on an ephemeral loopback port. */
    record Running(Javalin app) implements AutoCloseable {

        static Running start(ScenarioLibrary library, boolean cachePages) {
            return new Running(WebApp.create(WebApp.Parts.of(() -> INFO).withScenarios(library), cachePages).start("127.0.0.1", 0));
        }

        HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
            if (headers.length > 0) request.headers(headers);
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        @Override
        public void close() {
            app.stop();
        }
    }
}
