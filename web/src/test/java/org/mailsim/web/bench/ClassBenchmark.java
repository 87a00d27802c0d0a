package org.mailsim.web.bench;

import static org.mailsim.web.bench.WebBench.fmt;
import static org.mailsim.web.bench.WebBench.row;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import org.mailsim.lab.LabLimits;
import org.mailsim.quiz.Option;
import org.mailsim.quiz.QuestionBank;
import org.mailsim.quiz.SingleChoice;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.LabClient;
import org.mailsim.web.WebApp;

/**
 * A whole class at once, run by hand ({@code bench/run class [--students N]}, see docs/benchmarks.md).
 * Part 1: {@code wrk -t2 -c50} against each page the issue names and the static stylesheet, on the
 * app with its page cache and on the same app with the cache off (every page rendered afresh, as
 * before), one page after another in the same run, so each page's rate is given as a ratio of the
 * stylesheet's. Part 2: N students (default 200) arrive over 10 s; each joins the class, follows a
 * lesson (every player step, a few seconds apart), takes the class's 10-question quiz through the
 * quiz API (each answer graded, then the results) and records it in the classroom as a finished
 * assignment, and types an IMAPS session in the lab over its WebSocket. Every answer is checked
 * (status, the page's title, the grade, the server's reply), and afterwards every result must be
 * stored once; latency per action, the server's CPU (same JVM), and heap after a full GC before
 * the class, right after it, and once the lab's sandboxes have expired (a short idle expiry here).
 */
public final class ClassBenchmark {
    private static final String LESSON = "imap-phone-and-laptop";
    private static final String LESSON_TITLE = "One mailbox, two devices (IMAP)";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final List<String> PAGES = List.of("/static/mailsim.css", "/scenarios/" + LESSON + "/steps/5", "/",
            "/scenarios", "/lab", "/quiz");

    private final int students;
    private final int thinkMs;
    private final int wrkSeconds;
    private final Map<String, Latencies> byAction = new LinkedHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final List<String> labCookies = new CopyOnWriteArrayList<>();

    private ClassBenchmark(int students, int thinkMs, int wrkSeconds) {
        this.students = students;
        this.thinkMs = thinkMs;
        this.wrkSeconds = wrkSeconds;
        for (String action : List.of("classroom: join", "player step", "quiz: grade one answer", "quiz: results",
                "classroom: record the attempt", "lab: connect", "lab: command")) {
            byAction.put(action, new Latencies());
        }
    }

    public static void main(String[] args) throws Exception {
        int students = 200;
        int thinkMs = 3000;
        int wrkSeconds = 10;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--students" -> students = Integer.parseInt(args[i + 1]);
                case "--think-ms" -> thinkMs = Integer.parseInt(args[i + 1]);
                case "--wrk-seconds" -> wrkSeconds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--students N, --think-ms T, --wrk-seconds S)");
            }
        }
        new ClassBenchmark(students, thinkMs, wrkSeconds).run();
        System.exit(0);
    }

    private void run() throws Exception {
        QuestionBank bank = QuestionBank.load(Optional.empty());
        List<SingleChoice> quiz = bank.questions().stream().filter(q -> q instanceof SingleChoice)
                .map(q -> (SingleChoice) q).limit(10).toList();
        WebApp.Parts parts = WebApp.Parts.of(WebBench::liveServerNotRunning)
                .withScenarios(new ScenarioLibrary(Optional.empty())).withBank(bank).withLab(LabLimits.DEFAULTS.withIdleExpiry(labExpiry()));
        // Not warmed() in the background: a replay running beside wrk would be measured as the page's cost.
        // Each page is asked for a few times before its wrk run instead (the lesson's replay, templates, JIT).
        int steps = parts.scenarios().current().scenarios().stream().filter(s -> s.id().equals(LESSON)).findFirst()
                .orElseThrow().steps().size();
        System.out.printf(Locale.ROOT, "Java %s, %d cores, -Xmx%d MB, load average %.2f at the start%n%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Javalin fresh = WebApp.create(parts, false).start("127.0.0.1", 0);
        Javalin cached = WebApp.create(parts, true).start("127.0.0.1", 0);
        try {
            pageRates("page cache off (every page rendered afresh, as before)", fresh);
            pageRates("page cache on", cached);
            fresh.stop();
            students(cached, quiz, steps);
        } finally {
            cached.stop();
        }
    }

    /** wrk against each page, one after another, with the browser's Accept-Encoding; ratios against the stylesheet. */
    private void pageRates(String title, Javalin app) throws Exception {
        String base = "http://127.0.0.1:" + app.port();
        for (String page : PAGES) get(base + page); // warm: templates, JIT, the cache
        System.out.printf(Locale.ROOT, "wrk -t2 -c50 -d%ds --latency -H 'Accept-Encoding: gzip', %s:%n", wrkSeconds, title);
        System.out.printf(Locale.ROOT, "  %-44s %10s %8s %8s %8s%n", "page", "req/s", "x css", "p50 ms", "p99 ms");
        double css = 0;
        for (String page : PAGES) {
            for (int i = 0; i < 3; i++) get(base + page);
            Process wrk = new ProcessBuilder("wrk", "-t2", "-c50", "-d" + wrkSeconds + "s", "--latency",
                    "-H", "Accept-Encoding: gzip", base + page).redirectErrorStream(true).start();
            String out = new String(wrk.getInputStream().readAllBytes());
            if (wrk.waitFor() != 0) throw new IllegalStateException("wrk failed:\n" + out);
            out.lines().filter(l -> l.contains("Non-2xx") || l.contains("Socket errors"))
                    .forEach(l -> System.out.println("  (" + page + ", wrk: " + l.strip() + ")"));
            double rate = Double.parseDouble(field(out, "Requests/sec:"));
            if (page.startsWith("/static/")) css = rate;
            System.out.printf(Locale.ROOT, "  %-44s %10.0f %8.2f %8s %8s%n", page, rate, rate / css,
                    ms(field(out, " 50%")), ms(field(out, " 99%")));
        }
        System.out.println();
    }

    /** The lab's idle expiry here: longer than a student's pause between two commands, short enough to wait for. */
    private Duration labExpiry() {
        return Duration.ofMillis(Math.max(10_000, 3L * thinkMs));
    }

    private void students(Javalin app, List<SingleChoice> quiz, int steps) throws Exception {
        String base = "http://127.0.0.1:" + app.port();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        BenchClassroom classroom = new BenchClassroom(base, quiz.stream().map(SingleChoice::id).toList());
        double baseline = usedHeapMb();
        long cpu0 = os.getProcessCpuTime();
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < students; i++) {
                String name = "Student " + i;
                threads.submit(() -> student(base, quiz, steps, classroom, name));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        double after = usedHeapMb();
        String stored = classroom.check(students, quiz.size(), quiz.size());
        if (!stored.isEmpty()) failures.incrementAndGet();
        // The sandboxes expire after labExpiry() unused; the registry's timer looks every quarter of it.
        Thread.sleep(labExpiry().multipliedBy(5).dividedBy(4).plusSeconds(1));
        long labsLeft = labCookies.stream().filter(cookie -> labExport(base, cookie) != 404).count();
        double expired = usedHeapMb();
        System.out.printf(Locale.ROOT, "%d students (java.net.http, same JVM as the server) arrive over 10 s; each joins the class, reads the %d steps "
                + "of %s %d ms apart on average (0.5x to 1.5x), answers %d questions through the quiz API, asks for the results, "
                + "records the attempt in the class, then types 4 lines in the lab over its WebSocket; the run took %.0f s%n%n",
                students, steps, LESSON, thinkMs, quiz.size(), seconds);
        row("figure", "unit", "measured", "goal");
        row("failed actions (wrong status, content, grade or reply)", "", String.valueOf(failures.get()), "0");
        row("classroom results stored once per student, scored", "", stored.isEmpty() ? "yes" : stored, "yes");
        byAction.forEach((action, l) -> {
            row(action + ": count", "", String.valueOf(l.count()), "");
            row(action + ": p50", "ms", fmt(l.percentileMs(50)), "");
            row(action + ": p99", "ms", fmt(l.percentileMs(99)), "< 100");
        });
        row("CPU used by the JVM (server and students) over the run", "s", fmt(cpu), "");
        row("  as cores busy on average", "", fmt(cpu / seconds), "of " + Runtime.getRuntime().availableProcessors());
        row("heap used after GC, before the class", "MB", fmt(baseline), "");
        row("heap used after GC, right after (lab sandboxes alive)", "MB", fmt(after), "");
        row("lab sandboxes left " + labExpiry().multipliedBy(5).dividedBy(4).plusSeconds(1).toSeconds() + " s later (idle expiry "
                + labExpiry().toSeconds() + " s)", "", String.valueOf(labsLeft), "0");
        row("heap used after GC, once the sandboxes expired", "MB", fmt(expired), "~ " + fmt(baseline) + " (classroom results stay)");
        System.out.printf(Locale.ROOT, "load average %.2f at the end%n", os.getSystemLoadAverage());
    }

    private void student(String base, List<SingleChoice> quiz, int steps, BenchClassroom classroom, String name) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(10_001));
            String[] token = new String[1];
            timed("classroom: join", () -> (token[0] = classroom.join(name)) != null);
            for (int n = 1; n <= steps; n++) {
                int step = n;
                timed("player step", () -> {
                    HttpResponse<String> page = get(base + "/scenarios/" + LESSON + "/steps/" + step);
                    return page.statusCode() == 200 && page.body().contains(LESSON_TITLE) && page.body().contains("Step " + step + " of ");
                });
                think();
            }
            StringBuilder answers = new StringBuilder();
            StringBuilder ids = new StringBuilder();
            for (SingleChoice q : quiz) {
                int right = rightOption(q);
                String answer = "{\"picked\": [" + right + "]}";
                answers.append(answers.isEmpty() ? "" : ", ").append('"').append(q.id()).append("\": ").append(answer);
                ids.append(ids.isEmpty() ? "" : ", ").append('"').append(q.id()).append('"');
                timed("quiz: grade one answer", () -> {
                    JsonNode reply = post(base + "/api/quiz/grade", "{\"id\": \"" + q.id() + "\", \"answer\": " + answer + "}");
                    return reply.path("correct").asBoolean(false) && reply.path("id").asText().equals(q.id());
                });
                think();
            }
            timed("quiz: results", () -> post(base + "/api/quiz/results", "{\"ids\": [" + ids + "], \"answers\": {" + answers + "}}")
                    .path("right").asInt(-1) == quiz.size());
            timed("classroom: record the attempt", () -> classroom.finish(token[0], "{" + answers + "}", quiz.size()));
            LabClient[] lab = new LabClient[1];
            timed("lab: connect", () -> {
                lab[0] = LabClient.visit(base);
                labCookies.add(lab[0].cookie);
                return lab[0].connect("phone", "IMAPS") != null;
            });
            try (LabClient console = lab[0]) {
                for (String[] line : List.of(new String[] {"a1 LOGIN alice alice", "a1 OK"}, new String[] {"a2 SELECT INBOX", "a2 OK"},
                        new String[] {"a3 FETCH 1 (FLAGS)", "a3 OK"}, new String[] {"a4 LOGOUT", "a4 OK"})) {
                    think();
                    timed("lab: command", () -> console.send("phone", line[0]).stream().anyMatch(l -> l.startsWith(line[1])));
                }
            }
        } catch (Exception e) {
            failures.incrementAndGet();
            System.err.println("a student stopped: " + e);
        }
    }

    private interface Action {
        boolean run() throws Exception;
    }

    private void timed(String action, Action a) throws Exception {
        long t = System.nanoTime();
        boolean right = a.run();
        long took = System.nanoTime() - t;
        Latencies l = byAction.get(action);
        synchronized (l) {
            l.add(took);
        }
        if (!right) {
            failures.incrementAndGet();
            System.err.println("wrong answer: " + action);
        }
    }

    private void think() throws InterruptedException {
        Thread.sleep(thinkMs / 2 + ThreadLocalRandom.current().nextInt(thinkMs + 1));
    }

    private static int rightOption(SingleChoice q) {
        List<Option> options = q.options();
        for (int i = 0; i < options.size(); i++) if (options.get(i).correct()) return i;
        throw new IllegalStateException(q.id() + " has no right option");
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status of the lab's download for this cookie: 404 once its sandbox is gone (downloads never make one). */
    private static int labExport(String base, String cookie) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/lab/export.md")).header("Cookie", cookie).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static JsonNode post(String url, String json) throws IOException, InterruptedException {
        HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) throw new IllegalStateException(url + " answered " + reply.statusCode() + ": " + reply.body());
        return LabClient.JSON.readTree(reply.body());
    }

    /** The token after {@code label} in wrk's output. */
    private static String field(String out, String label) {
        int at = out.indexOf(label);
        if (at < 0) throw new IllegalStateException("no " + label.strip() + " in wrk's output:\n" + out);
        return out.substring(at + label.length()).strip().split("\\s+")[0];
    }

    /** wrk's latency ("812.00us", "3.21ms", "1.02s") in milliseconds. */
    private static String ms(String wrk) {
        double value = Double.parseDouble(wrk.replaceAll("[a-z]+$", ""));
        double factor = wrk.endsWith("us") ? 0.001 : wrk.endsWith("ms") ? 1 : wrk.endsWith("s") ? 1000 : 1;
        return String.format(Locale.ROOT, "%.1f", value * factor);
    }

    private static double usedHeapMb() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }
}
