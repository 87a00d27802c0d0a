package org.mailsim.web.bench;

import static org.mailsim.web.bench.WebBench.fmt;
import static org.mailsim.web.bench.WebBench.row;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.javalin.Javalin;
import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.ScenarioCatalog;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.WebApp;

/**
 * The player page's latency, run by hand ({@code bench/run player}, see docs/benchmarks.md), never
 * by {@code mvn verify}. Starts the web app on a free loopback port and measures, for the built-in
 * scenario with the most steps: (a) the first render (cold: the replay is part of it) and warm
 * renders, as server time (Javalin's request logger) and as the client saw it; (b) 50 concurrent
 * clients walking the step pages for a bounded time; (c) the JavaScript and CSS the page loads.
 */
public final class PlayerLatencyBenchmark {
    private static final int CLIENTS = 50;
    private static final Duration LOAD_TIME = Duration.ofSeconds(10);
    private static final int MAX_REQUESTS = 1_000_000;
    private static final int WARM_RENDERS = 50;
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"(/static/[^\"]+\\.(?:js|css))\"");

    /** Server time of the last request per path; requests per path are sequential outside phase (b). */
    private final Map<String, Float> serverMs = new ConcurrentHashMap<>();
    private final Latencies loadServer = new Latencies();
    private volatile boolean underLoad;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private String base;

    public static void main(String[] args) throws Exception {
        new PlayerLatencyBenchmark().run();
    }

    /** How long after start the first page is asked for: the start-up replay is done by then. */
    private static final java.time.Duration START_UP = java.time.Duration.ofSeconds(15);

    private void run() throws Exception {
        List<Scenario> byLength = ScenarioCatalog.load(Optional.empty()).scenarios().stream()
                .sorted(Comparator.comparingInt((Scenario s) -> s.steps().size()).reversed()).toList();
        Scenario largest = byLength.get(0);
        // As `serve` runs it: the catalog is replayed into the cache in the background at start.
        ScenarioLibrary library = new ScenarioLibrary(Optional.empty());
        Javalin app = WebApp.create(WebApp.Parts.of(WebBench::liveServerNotRunning).withScenarios(library).warmed());
        app.unsafe.requestLogger.http((ctx, ms) -> {
            if (underLoad) {
                synchronized (loadServer) { loadServer.add((long) (ms * 1e6)); }
            } else {
                serverMs.put(ctx.path(), ms);
            }
        });
        app.start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
        WebApp.warmUpPages(app, library); // as serve does
        // The start-up replay of the whole catalog takes about 3 s of CPU cold (bench/run catalog);
        // a class starts well after that. Requests during it wait for it, which is not what is measured here.
        Thread.sleep(START_UP.toMillis());
        try {
            report(largest, byLength.size() > 1 ? byLength.get(1) : largest);
        } finally {
            app.stop();
        }
    }

    private void report(Scenario largest, Scenario second) throws Exception {
        String path = "/scenarios/" + largest.id() + "/steps/1";
        long start = System.nanoTime();
        HttpResponse<String> cold = get(path);
        double coldClient = (System.nanoTime() - start) / 1e6;
        double coldServer = serverMs.get(path);
        String html = cold.body();

        Latencies warmClient = new Latencies();
        Latencies warmServer = new Latencies();
        for (int i = 0; i < WARM_RENDERS; i++) {
            long t = System.nanoTime();
            get(path);
            warmClient.add(System.nanoTime() - t);
            warmServer.add((long) (serverMs.get(path) * 1e6));
        }
        String secondPath = "/scenarios/" + second.id() + "/steps/1";
        get(secondPath);
        double secondServer = serverMs.get(secondPath);

        Load load = load(largest);
        Set<String> assetPaths = assets(html);
        long assets = size(assetPaths);

        System.out.printf(Locale.ROOT, "Largest scenario: %s (%d steps); next: %s (%d steps); %d warm renders;%n",
                largest.id(), largest.steps().size(), second.id(), second.steps().size(), WARM_RENDERS);
        System.out.printf(Locale.ROOT, "load: %d clients (virtual threads, one java.net.http client), each walking steps 1..%d"
                + " from its own offset for %d s%n%n", CLIENTS, largest.steps().size(), LOAD_TIME.toSeconds());
        row("figure", "unit", "measured", "goal");
        row("first render after start-up: server", "ms", fmt(coldServer), "< 50");
        row("first render after start-up: client", "ms", fmt(coldClient), "");
        row("first render, next-largest: server", "ms", fmt(secondServer), "< 50");
        row("warm render p50: server", "ms", fmt(warmServer.percentileMs(50)), "");
        row("warm render p99: server", "ms", fmt(warmServer.percentileMs(99)), "");
        row("warm render p50: client", "ms", fmt(warmClient.percentileMs(50)), "");
        row("load: requests (errors)", "", load.all.count() + " (" + load.errors + ")", "0 errors");
        row("load: requests/s", "1/s", fmt(load.all.count() / load.seconds), "");
        row("load: latency p50: client", "ms", fmt(load.all.percentileMs(50)), "");
        row("load: latency p99: client", "ms", fmt(load.all.percentileMs(99)), "");
        row("load: latency max: client", "ms", fmt(load.all.maxMs()), "");
        row("load: server time p50 / p99", "ms", fmt(loadServer.percentileMs(50)) + " / " + fmt(loadServer.percentileMs(99)), "");
        row("player page HTML (step 1)", "bytes", String.valueOf(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length), "");
        row("JS+CSS served " + assetPaths, "bytes", String.valueOf(assets), "");
        reportQuiz(assetPaths);
    }

    /** The quiz: a 20-question page, grading a configure task (a run on the simulator), and the JS+CSS of every page. */
    private void reportQuiz(Set<String> playerAssets) throws Exception {
        get("/quiz"); // the bank is loaded in the background at start; this waits for it if it is not yet
        String quizPath = "/quiz/take";
        String quiz = get(quizPath + "?count=20&mode=exam&seed=1").body();
        Latencies render = new Latencies();
        for (int i = 0; i < WARM_RENDERS; i++) {
            get(quizPath + "?count=20&mode=exam&seed=" + (i + 2));
            render.add((long) (serverMs.get(quizPath) * 1e6));
        }
        String settings = "{\"id\": \"configure-phone-and-laptop-in-sync\", \"answer\": {\"settings\": {\"incomingType\": \"pop3\","
                + " \"incomingServer\": \"mail.mailsim.test\", \"incomingPort\": 995, \"incomingSecurity\": \"tls\", \"leaveOnServer\": true,"
                + " \"outgoingServer\": \"mail.mailsim.test\", \"outgoingPort\": 587, \"outgoingSecurity\": \"starttls\", \"outgoingAuth\": true}}}";
        Latencies grade = new Latencies();
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> graded = http.send(HttpRequest.newBuilder(URI.create(base + "/api/quiz/grade"))
                    .POST(HttpRequest.BodyPublishers.ofString(settings)).build(), HttpResponse.BodyHandlers.ofString());
            if (graded.statusCode() != 200) throw new IllegalStateException("grading answered " + graded.statusCode() + ": " + graded.body());
            grade.add((long) (serverMs.get("/api/quiz/grade") * 1e6));
        }
        Set<String> quizAssets = assets(quiz);
        Set<String> all = new LinkedHashSet<>(playerAssets);
        for (String page : List.of("/", "/scenarios", "/quiz", "/quiz/results")) all.addAll(assets(get(page).body()));
        all.addAll(quizAssets);
        row("quiz page, 20 questions, warm p50: server", "ms", fmt(render.percentileMs(50)), "");
        row("grading a configure task (runs it) p50: server", "ms", fmt(grade.percentileMs(50)), "");
        row("quiz page HTML (20 questions)", "bytes", String.valueOf(quiz.getBytes(java.nio.charset.StandardCharsets.UTF_8).length), "");
        row("quiz page JS+CSS (" + quizAssets.size() + " files)", "bytes", String.valueOf(size(quizAssets)), "");
        row("JS+CSS of every page together", "bytes", String.valueOf(size(all)), "< 204800");
    }

    private static Set<String> assets(String html) {
        Set<String> paths = new LinkedHashSet<>();
        for (Matcher m = ASSET.matcher(html); m.find(); ) paths.add(m.group(1));
        return paths;
    }

    private long size(Set<String> paths) throws Exception {
        long bytes = 0;
        for (String path : paths) bytes += get(path).body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        return bytes;
    }

    private record Load(Latencies all, long errors, double seconds) { }

    private Load load(Scenario scenario) throws InterruptedException {
        int steps = scenario.steps().size();
        Latencies all = new Latencies();
        AtomicLong errors = new AtomicLong();
        AtomicLong budget = new AtomicLong(MAX_REQUESTS);
        underLoad = true;
        long start = System.nanoTime();
        long deadline = start + LOAD_TIME.toNanos();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c % steps;
                threads.submit(() -> {
                    Latencies mine = new Latencies();
                    for (int i = 0; System.nanoTime() < deadline && budget.getAndDecrement() > 0; i++) {
                        String path = "/scenarios/" + scenario.id() + "/steps/" + ((offset + i) % steps + 1);
                        long t = System.nanoTime();
                        try {
                            if (get(path).statusCode() != 200) errors.incrementAndGet();
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        mine.add(System.nanoTime() - t);
                    }
                    all.addAll(mine);
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        underLoad = false;
        return new Load(all, errors.get(), seconds);
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && !underLoad) throw new IllegalStateException(path + " answered " + response.statusCode());
        return response;
    }
}
