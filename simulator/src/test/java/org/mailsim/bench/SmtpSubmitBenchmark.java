package org.mailsim.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Benchmark 4, SMTP submissions (RFC 5321 §3.3): concurrent senders each keep one connection,
 * EHLO (and AUTH PLAIN, RFC 4954, when the target requires it), then MAIL, RCPT, DATA of a ~5 KB
 * message and RSET, again and again for a fixed time, QUIT. Afterwards every message that got its
 * 250 must be in the recipient's INBOX: the count there equals the 250s received.
 */
final class SmtpSubmitBenchmark {
    static final String NAME = "SMTP submission";
    private static final String RECIPIENT = "receiver";
    private static final String PASSWORD = "smtp-secret";
    private static final byte[] MESSAGE = BenchMessages.dotStuffed(BenchMessages.message(1, 5 * 1024));

    private SmtpSubmitBenchmark() {
    }

    static BenchResult run(Supplier<BenchTarget> targets, BenchConfig config) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        try (BenchTarget target = targets.get()) {
            target.start();
            target.addAccount(RECIPIENT, PASSWORD);
            AtomicLong accepted = new AtomicLong();
            AtomicLong failures = new AtomicLong();
            List<Latencies> perSender = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            long start = System.nanoTime();
            long deadline = start + config.smtpDuration().toNanos();
            for (int s = 0; s < config.smtpSenders(); s++) {
                Latencies latencies = new Latencies();
                perSender.add(latencies);
                threads.add(Thread.ofVirtual().name("smtp-sender-" + s).start(() -> {
                    try {
                        send(target, deadline, latencies, accepted);
                    } catch (IOException e) {
                        failures.incrementAndGet();
                        synchronized (problems) {
                            problems.add("sender failed: " + e.getMessage());
                        }
                    }
                }));
            }
            for (Thread t : threads) t.join();
            double seconds = (System.nanoTime() - start) / 1e9;
            Latencies all = Latencies.merge(perSender);

            int delivered = awaitDelivery(target, accepted.get());
            if (delivered != accepted.get()) problems.add(accepted.get() + " messages accepted with 250 but " + delivered + " delivered");
            return new BenchResult(NAME, target.name(), List.of(
                    Figure.of("concurrent senders", config.smtpSenders(), "", 0),
                    Figure.of("messages accepted (250)", accepted.get(), "", 0),
                    new Figure("messages per second", accepted.get() / seconds, "1/s", Figure.TWICE_GREENMAIL, 1),
                    new Figure("p50 transaction latency (MAIL…DATA)", all.percentileMillis(50), "ms", Figure.AT_MOST_GREENMAIL, 2),
                    new Figure("p99 transaction latency (MAIL…DATA)", all.percentileMillis(99), "ms", Figure.AT_MOST_GREENMAIL, 2),
                    new Figure("messages delivered to the INBOX", delivered, "", "= accepted", 0)), problems);
        }
    }

    /**
     * One sender's connection: transactions until the deadline, and at least one, so a slow
     * machine still proves that what is accepted is delivered.
     */
    private static void send(BenchTarget target, long deadline, Latencies latencies, AtomicLong accepted) throws IOException {
        try (LineConnection smtp = LineConnection.open(target.smtpPort())) {
            expect(smtp, "220");
            smtp.send("EHLO sender.bench.test");
            expect(smtp, "250");
            if (target.smtpRequiresAuth()) {
                String plain = Base64.getEncoder().encodeToString(("\0" + RECIPIENT + "\0" + PASSWORD).getBytes()); // RFC 4616 §2
                smtp.send("AUTH PLAIN " + plain);
                expect(smtp, "235");
            }
            do {
                long begin = System.nanoTime();
                smtp.send("MAIL FROM:<sender@" + BenchTarget.DOMAIN + ">");
                expect(smtp, "250");
                smtp.send("RCPT TO:<" + RECIPIENT + "@" + BenchTarget.DOMAIN + ">");
                expect(smtp, "250");
                smtp.send("DATA");
                expect(smtp, "354");
                smtp.sendRaw(MESSAGE);
                smtp.send("."); // RFC 5321 §4.1.1.4: the end of mail data indicator
                expect(smtp, "250");
                accepted.incrementAndGet();
                latencies.record(System.nanoTime() - begin);
                smtp.send("RSET");
                expect(smtp, "250");
            } while (System.nanoTime() < deadline);
            smtp.send("QUIT");
            expect(smtp, "221");
        }
    }

    /** RFC 5321 §4.2.1: reads a reply, all its "code-" lines up to the "code " one, and checks the code. */
    private static void expect(LineConnection smtp, String code) throws IOException {
        String line = smtp.readLine();
        while (line.length() > 3 && line.charAt(3) == '-') line = smtp.readLine();
        if (!line.startsWith(code)) throw new IOException("expected " + code + ", server answered: " + ImapClient.abbreviate(line));
    }

    private static int awaitDelivery(BenchTarget target, long accepted) throws IOException, InterruptedException {
        long giveUp = System.nanoTime() + 10_000_000_000L;
        int delivered = target.messageCount(RECIPIENT);
        while (delivered < accepted && System.nanoTime() < giveUp) {
            Thread.sleep(100);
            delivered = target.messageCount(RECIPIENT);
        }
        return delivered;
    }
}
