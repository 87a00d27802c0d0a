package org.mailsim.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Benchmark 1, the IMAP mixed load: N clients, each with its own account, run {@link
 * ImapMixedSession}s back to back for consecutive rounds of fixed duration on one server. Per round:
 * sessions/s, commands/s, p50 and p99 command latency, then the server's heap after a full GC, which
 * shows whether memory returns to its baseline after thousands of sessions.
 */
final class ImapLoadBenchmark {
    static final String NAME = "IMAP mixed load";
    private static final int SEEDED_BYTES = 4 * 1024;

    private ImapLoadBenchmark() {
    }

    static BenchResult run(Supplier<BenchTarget> targets, BenchConfig config) throws IOException, InterruptedException {
        List<Figure> figures = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String name = null;
        for (int clients : config.imapClients()) {
            try (BenchTarget target = targets.get()) {
                name = target.name();
                target.start();
                for (int c = 0; c < clients; c++) {
                    target.addAccount(login(c), password(c));
                    target.seedMessages(login(c), config.imapSeeded(), SEEDED_BYTES);
                }
                String prefix = clients + " clients, ";
                figures.add(Figure.of(prefix + "heap after seeding", mb(target.usedHeapAfterGc()), "MB", 1));
                for (int round = 1; round <= config.imapRounds(); round++) {
                    Round r = round(target.imapPort(), clients, config.imapRound().toNanos(), problems);
                    String p = prefix + "round " + round + ": ";
                    figures.add(Figure.of(p + "sessions", r.sessions, "", 0));
                    figures.add(new Figure(p + "sessions/s", r.sessions / r.seconds, "1/s", Figure.TWICE_GREENMAIL, 1));
                    figures.add(new Figure(p + "commands/s", r.latencies.count() / r.seconds, "1/s", Figure.TWICE_GREENMAIL, 0));
                    figures.add(new Figure(p + "p50 command latency", r.latencies.percentileMillis(50), "ms", Figure.AT_MOST_GREENMAIL, 2));
                    figures.add(new Figure(p + "p99 command latency", r.latencies.percentileMillis(99), "ms", Figure.AT_MOST_GREENMAIL, 2));
                    figures.add(new Figure(p + "heap after GC", mb(target.usedHeapAfterGc()), "MB", "back to baseline", 1));
                    if (r.failures > 0) problems.add(prefix + "round " + round + ": " + r.failures + " sessions failed");
                }
                for (int c = 0; c < clients; c++) {
                    int count = target.messageCount(login(c));
                    if (count != config.imapSeeded()) problems.add(login(c) + " has " + count + " messages, expected " + config.imapSeeded());
                }
            }
        }
        return new BenchResult(NAME, name, figures, problems);
    }

    private record Round(long sessions, long failures, double seconds, Latencies latencies) {
    }

    private static Round round(int port, int clients, long durationNanos, List<String> problems) throws InterruptedException {
        AtomicLong sessions = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        List<Latencies> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + durationNanos;
        for (int c = 0; c < clients; c++) {
            Latencies latencies = new Latencies();
            perClient.add(latencies);
            String login = login(c);
            String password = password(c);
            threads.add(Thread.ofVirtual().name("imap-load-" + c).start(() -> {
                ImapMixedSession session = new ImapMixedSession(latencies);
                for (long n = 0; System.nanoTime() < deadline; n++) {
                    try {
                        session.run(port, login, password, n % 2 == 0);
                        sessions.incrementAndGet();
                    } catch (IOException e) {
                        if (failures.incrementAndGet() <= 3) synchronized (problems) {
                            problems.add(login + ": " + e.getMessage());
                        }
                    }
                }
            }));
        }
        for (Thread t : threads) t.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Round(sessions.get(), failures.get(), seconds, Latencies.merge(perClient));
    }

    static String login(int client) {
        return "load" + client;
    }

    private static String password(int client) {
        return "secret" + client;
    }

    static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
