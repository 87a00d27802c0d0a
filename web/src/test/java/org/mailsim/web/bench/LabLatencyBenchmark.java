package org.mailsim.web.bench;

import static org.mailsim.web.bench.WebBench.fmt;
import static org.mailsim.web.bench.WebBench.row;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import org.mailsim.web.LabClient;
import org.mailsim.web.WebApp;

/**
 * The lab console under a classroom, run by hand ({@code bench/run lab}, see docs/benchmarks.md),
 * never by {@code mvn verify}. Starts the web app as {@code serve} does on a free loopback port;
 * then N visitors (default 200) each open the page and its WebSocket and run the same scripted
 * session on their own sandbox: IMAP with STARTTLS on the laptop and IDLE, IMAPS on the phone with
 * SEARCH, FETCH, STORE and an EXPUNGE pushed to the laptop, a submission over STARTTLS with AUTH
 * and DATA, a POP3S download. Visitors arrive over {@code --arrival-s} seconds (20) and pause
 * {@code --think-ms} (2000) on average between commands, quicker than a student typing. Figures: the
 * console round trip (a command sent on the socket until its update is back), and the heap used
 * after a full GC with every sandbox alive, with the visitors' sockets open and after they closed.
 */
public final class LabLatencyBenchmark {
    private static final List<Step> SCRIPT = List.of(
            connect("laptop", "IMAP"),
            send("laptop", "a1 CAPABILITY"),
            send("laptop", "a2 STARTTLS"),
            send("laptop", "a3 LOGIN alice alice"),
            send("laptop", "a4 SELECT INBOX"),
            send("laptop", "a5 IDLE"),
            connect("phone", "IMAPS"),
            send("phone", "a1 LOGIN alice alice"),
            send("phone", "a2 SELECT INBOX"),
            send("phone", "a3 SEARCH UNSEEN"),
            send("phone", "a4 FETCH 1:* (FLAGS ENVELOPE)"),
            send("phone", "a5 FETCH 2 BODY[]"),
            send("phone", "a6 STORE 1 +FLAGS (\\Deleted)"),
            send("phone", "a7 EXPUNGE"),
            send("laptop", "DONE"),
            send("phone", "a8 LOGOUT"),
            connect("phone", "SUBMISSION"),
            send("phone", "EHLO phone.example"),
            send("phone", "STARTTLS"),
            send("phone", "EHLO phone.example"),
            send("phone", "AUTH PLAIN AGFsaWNlAGFsaWNl"),
            send("phone", "MAIL FROM:<alice@mailsim.test>"),
            send("phone", "RCPT TO:<bob@mailsim.test>"),
            send("phone", "DATA"),
            send("phone", "Subject: from the lab benchmark\n\nHello Bob.\n."),
            send("phone", "QUIT"),
            connect("phone", "POP3S"),
            send("phone", "USER alice"),
            send("phone", "PASS alice"),
            send("phone", "STAT"),
            send("phone", "RETR 1"),
            send("phone", "QUIT"),
            send("laptop", "a6 NOOP"),
            send("laptop", "a7 LOGOUT"));

    private record Step(ObjectNode request) { }

    /** Sessions run one after another before measuring, so the figures are the warm server's. */
    private static final int WARM_UP_SESSIONS = 50;

    private final int visitors;
    private final int thinkMs;
    private final int arrivalSeconds;
    private final Latencies roundTrips = new Latencies();
    private final List<Latencies> bySteps = new ArrayList<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final ConcurrentLinkedQueue<LabClient> clients = new ConcurrentLinkedQueue<>();

    private LabLatencyBenchmark(int visitors, int thinkMs, int arrivalSeconds) {
        this.visitors = visitors;
        this.thinkMs = thinkMs;
        this.arrivalSeconds = arrivalSeconds;
        for (int i = 0; i < SCRIPT.size(); i++) bySteps.add(new Latencies());
    }

    public static void main(String[] args) throws Exception {
        int visitors = 200;
        int thinkMs = 2000;
        int arrivalSeconds = 20;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--sandboxes" -> visitors = Integer.parseInt(args[i + 1]);
                case "--think-ms" -> thinkMs = Integer.parseInt(args[i + 1]);
                case "--arrival-s" -> arrivalSeconds = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i] + " (--sandboxes N, --think-ms T, --arrival-s S)");
            }
        }
        new LabLatencyBenchmark(visitors, thinkMs, arrivalSeconds).run();
        System.exit(0);
    }

    private void run() throws Exception {
        Javalin app = WebApp.create(WebBench::liveServerNotRunning).start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + app.port();
        try {
            // JIT, templates, TLS: a server that has run a while. Within the command rate, like any visitor.
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < WARM_UP_SESSIONS; i++) {
                    threads.submit(() -> {
                        List<Latencies> ignored = new ArrayList<>();
                        for (int s = 0; s < SCRIPT.size(); s++) ignored.add(new Latencies());
                        script(base, ignored, false, 150);
                        return null;
                    });
                }
            }
            int warmUpErrors = errors.getAndSet(0);
            if (warmUpErrors > 0) System.err.println(warmUpErrors + " warm-up sessions failed");
            double baseline = usedHeapMb();
            long start = System.nanoTime();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < visitors; i++) {
                    threads.submit(() -> {
                        Thread.sleep(ThreadLocalRandom.current().nextInt(arrivalSeconds * 1000 + 1)); // a class arriving
                        List<Latencies> mine = new ArrayList<>();
                        for (int s = 0; s < SCRIPT.size(); s++) mine.add(new Latencies());
                        script(base, mine, true, thinkMs);
                        synchronized (roundTrips) {
                            for (int s = 0; s < SCRIPT.size(); s++) {
                                roundTrips.addAll(mine.get(s));
                                bySteps.get(s).addAll(mine.get(s));
                            }
                        }
                        return null;
                    });
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double withClients = usedHeapMb();
            clients.forEach(LabClient::close);
            clients.clear();
            Thread.sleep(1000);
            double sandboxesOnly = usedHeapMb();
            report(seconds, baseline, withClients, sandboxesOnly);
        } finally {
            app.stop();
        }
    }

    /** One visitor's session; the sockets stay open (a class keeps its tabs) until the heap is measured. */
    private void script(String base, List<Latencies> byStep, boolean keep, int think) {
        try {
            LabClient lab = LabClient.visit(base);
            for (int s = 0; s < SCRIPT.size(); s++) {
                if (think > 0) Thread.sleep(think / 2 + ThreadLocalRandom.current().nextInt(think + 1)); // 0.5 to 1.5 times the mean
                long t = System.nanoTime();
                lab.request(SCRIPT.get(s).request().deepCopy());
                byStep.get(s).add(System.nanoTime() - t);
            }
            if (keep) clients.add(lab);
            else lab.close();
        } catch (Exception | AssertionError e) {
            errors.incrementAndGet();
            System.err.println("a session failed: " + e);
        }
    }

    private void report(double seconds, double baseline, double withClients, double sandboxesOnly) {
        System.out.printf(Locale.ROOT, "%d sandboxes, each one visitor (java.net.http WebSocket, same JVM as the server) running "
                + "%d commands, %d ms apart on average (0.5x to 1.5x); arrivals spread over %d s; the run took %.0f s;%n"
                + "Java %s, %d cores, -Xmx%d MB, load average %.2f at the end%n%n",
                visitors, SCRIPT.size(), thinkMs, arrivalSeconds, seconds, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        row("figure", "unit", "measured", "goal");
        row("sessions failed", "", String.valueOf(errors.get()), "0");
        row("commands (round trips measured)", "", String.valueOf(roundTrips.count()), "");
        row("commands/s over the run", "1/s", fmt(roundTrips.count() / seconds), "");
        row("console round trip p50", "ms", fmt(roundTrips.percentileMs(50)), "");
        row("console round trip p90", "ms", fmt(roundTrips.percentileMs(90)), "");
        row("console round trip p99", "ms", fmt(roundTrips.percentileMs(99)), "< 20");
        row("console round trip max", "ms", fmt(roundTrips.maxMs()), "");
        row("heap used after GC, before the visitors", "MB", fmt(baseline), "");
        row("heap used after GC, " + visitors + " sandboxes, sockets open", "MB", fmt(withClients), "< 1024");
        row("heap used after GC, " + visitors + " sandboxes, sockets closed", "MB", fmt(sandboxesOnly), "< 1024");
        row("heap per sandbox (sockets closed - before) / n", "KB", fmt((sandboxesOnly - baseline) * 1024 / visitors), "");
        System.out.printf(Locale.ROOT, "%nround trip by command, p50 / p99 in ms:%n");
        for (int s = 0; s < SCRIPT.size(); s++) {
            ObjectNode request = SCRIPT.get(s).request();
            String what = request.path("pane").asText() + " " + (request.has("text") ? request.path("text").asText().split("\n")[0]
                    : "connect " + request.path("service").asText());
            System.out.printf(Locale.ROOT, "  %-44s %8s / %s%n", what, fmt(bySteps.get(s).percentileMs(50)), fmt(bySteps.get(s).percentileMs(99)));
        }
    }

    private static double usedHeapMb() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private static Step connect(String pane, String service) {
        return new Step(LabClient.object("connect").put("pane", pane).put("service", service));
    }

    private static Step send(String pane, String text) {
        return new Step(LabClient.object("send").put("pane", pane).put("text", text));
    }
}
