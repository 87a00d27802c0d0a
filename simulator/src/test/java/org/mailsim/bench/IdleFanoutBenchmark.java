package org.mailsim.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Benchmark 2, IMAP IDLE fan-out (RFC 2177): N connections log in to one account, SELECT INBOX and
 * IDLE; then one more client APPENDs a message. Measures the server's heap per idle session, the
 * time from sending the APPEND until every idler has its {@code * n EXISTS}, and the APPEND's own
 * latency meanwhile. Connections are set up through a small window of in-flight set-ups, so the
 * server's accept backlog (often 50) is never overrun; each idler is one virtual thread blocked in
 * a read.
 */
final class IdleFanoutBenchmark {
    static final String NAME = "IMAP IDLE fan-out";
    private static final String LOGIN = "idler";
    private static final String PASSWORD = "idle-secret";
    private static final int SET_UP_WINDOW = 32;

    private IdleFanoutBenchmark() {
    }

    static BenchResult run(Supplier<BenchTarget> targets, BenchConfig config) throws IOException, InterruptedException {
        try (BenchTarget target = targets.get()) {
            target.start();
            target.addAccount(LOGIN, PASSWORD);
            target.seedMessages(LOGIN, 1, 2048);
            return new Run(target, config.idleConnections()).measure();
        }
    }

    /** The state of one fan-out: the idlers' connections, their arrival times, the latches. */
    private static final class Run {
        private final BenchTarget target;
        private final int n;
        private final long[] arrivals;
        private final ConcurrentLinkedQueue<ImapClient> open = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<ImapClient> idlers = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final Semaphore window = new Semaphore(SET_UP_WINDOW);
        private final CountDownLatch idling;
        private final CountDownLatch notified;

        Run(BenchTarget target, int n) {
            this.target = target;
            this.n = n;
            this.arrivals = new long[n];
            this.idling = new CountDownLatch(n);
            this.notified = new CountDownLatch(n);
        }

        BenchResult measure() throws IOException, InterruptedException {
            try {
                return measureWithIdlers();
            } finally {
                leave(); // the clients go first, so the server stops with no session left
            }
        }

        /** Every idler ends IDLE with DONE and logs out, as a client would; then every socket is closed. */
        private void leave() throws InterruptedException {
            List<Thread> leaving = new ArrayList<>();
            for (ImapClient imap : idlers) {
                leaving.add(Thread.ofVirtual().start(() -> {
                    try {
                        imap.done(10_000);
                        imap.command("LOGOUT");
                    } catch (IOException e) {
                        // the socket is closed below either way; a failed goodbye measures nothing
                    }
                }));
            }
            for (Thread t : leaving) t.join();
            open.forEach(ImapClient::close);
        }

        private BenchResult measureWithIdlers() throws IOException, InterruptedException {
            List<String> problems = new ArrayList<>();
            long heapBefore = target.usedHeapAfterGc();
            OptionalLong rssBefore = target.residentSetBytes();
            long setUpStart = System.nanoTime();
            for (int i = 0; i < n; i++) {
                int index = i;
                window.acquire();
                Thread.ofVirtual().name("idler-" + i).start(() -> idle(index));
            }
            if (!idling.await(60 + n / 20, TimeUnit.SECONDS)) problems.add("not every connection reached IDLE in time");
            double setUpSeconds = (System.nanoTime() - setUpStart) / 1e9;
            long heapIdle = target.usedHeapAfterGc();
            OptionalLong rssIdle = target.residentSetBytes();

            long[] append = appendOne(target.imapPort());
            boolean all = notified.await(60, TimeUnit.SECONDS);
            int received = (int) (n - notified.getCount());
            if (!all) problems.add(received + " of " + n + " idle connections received EXISTS");
            failures.stream().limit(3).forEach(f -> problems.add("idler failed: " + f));
            if (!failures.isEmpty()) problems.add(failures.size() + " idle connections failed");

            long[] delays = Arrays.stream(arrivals).filter(t -> t != 0).map(t -> t - append[0]).sorted().toArray();
            List<Figure> figures = new ArrayList<>(List.of(
                    Figure.of("idle connections", n, "", 0),
                    Figure.of("set-up time (connect, LOGIN, SELECT, IDLE)", setUpSeconds, "s", 1),
                    Figure.of("heap before", ImapLoadBenchmark.mb(heapBefore), "MB", 1),
                    Figure.of("heap with all idle", ImapLoadBenchmark.mb(heapIdle), "MB", 1),
                    new Figure("heap per idle session", (heapIdle - heapBefore) / 1024.0 / n, "KB", "< 50 KB", 1),
                    new Figure("EXISTS received by", received, "", "all", 0),
                    new Figure("median EXISTS delay after APPEND", millis(delays, 50), "ms", Figure.AT_MOST_GREENMAIL, 1),
                    new Figure("all EXISTS delivered after APPEND", millis(delays, 100), "ms", "< 200 ms", 1),
                    new Figure("APPEND tagged OK latency", (append[1] - append[0]) / 1e6, "ms", Figure.AT_MOST_GREENMAIL, 1)));
            if (rssBefore.isPresent() && rssIdle.isPresent()) {
                // heap alone misses what a thread per connection costs: its stack is native memory
                figures.add(5, Figure.of("process RSS per idle session", (rssIdle.getAsLong() - rssBefore.getAsLong()) / 1024.0 / n, "KB", 1));
            }
            return new BenchResult(NAME, target.name(), figures, problems);
        }

        /** One idler: connect, LOGIN, SELECT, IDLE, then wait for the EXISTS that announces the APPEND. */
        private void idle(int index) {
            boolean idled = false;
            try {
                ImapClient imap = ImapClient.connect(target.imapPort(), 0, 1024);
                open.add(imap);
                expectOk(imap.command("LOGIN " + LOGIN + " " + PASSWORD));
                int exists = expectOk(imap.command("SELECT INBOX")).exists();
                imap.idle();
                idled = true;
                idlers.add(imap);
                window.release();
                idling.countDown();
                while (ImapClient.exists(imap.readUntagged()) <= exists) {
                    // RFC 2177 §3: other untagged data may come while idling; wait for the new EXISTS
                }
                arrivals[index] = System.nanoTime();
                notified.countDown();
            } catch (IOException e) {
                failures.add(String.valueOf(e.getMessage()));
                if (!idled) {
                    window.release();
                    idling.countDown();
                }
            }
        }
    }

    /** APPENDs one message as another client; returns {nanoTime the APPEND was sent, nanoTime of its tagged OK}. */
    private static long[] appendOne(int port) throws IOException {
        try (ImapClient imap = ImapClient.connect(port)) {
            expectOk(imap.command("LOGIN " + LOGIN + " " + PASSWORD));
            byte[] message = BenchMessages.message(2, 2048);
            long sent = System.nanoTime();
            ImapClient.Response response = imap.append("INBOX", "", message);
            long done = System.nanoTime();
            expectOk(response);
            imap.command("LOGOUT");
            return new long[] {sent, done};
        }
    }

    private static ImapClient.Response expectOk(ImapClient.Response response) throws IOException {
        if (!response.ok()) throw new IOException("command failed: " + ImapClient.abbreviate(response.tagged()));
        return response;
    }

    private static double millis(long[] sortedDelays, double percent) {
        if (sortedDelays.length == 0) return 0;
        int index = (int) Math.ceil(percent / 100.0 * sortedDelays.length) - 1;
        return sortedDelays[Math.max(0, index)] / 1e6;
    }
}
