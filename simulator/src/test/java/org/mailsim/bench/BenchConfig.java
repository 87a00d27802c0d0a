package org.mailsim.bench;

import java.time.Duration;
import java.util.List;

/**
 * The sizes of one benchmark run. {@link #full()} is what the issues ask for, {@link #quick()} a
 * smoke run of a few seconds per benchmark, {@link #tiny()} what {@link BenchHarnessTest} uses.
 *
 * @param imapClients        the concurrent client counts of the IMAP mixed load, one server each
 * @param imapRounds         consecutive rounds per client count (at least 3 for the full run)
 * @param imapRound          the fixed duration of one round
 * @param imapSeeded         messages seeded in each load client's INBOX
 * @param idleConnections    connections in IDLE for the fan-out
 * @param pop3Messages       messages downloaded with POP3
 * @param pop3MessageBytes   size of each of them
 * @param smtpSenders        concurrent SMTP senders
 * @param smtpDuration       how long they submit
 * @param serverHeap         the child JVM's -Xmx
 */
record BenchConfig(List<Integer> imapClients, int imapRounds, Duration imapRound, int imapSeeded,
                   int idleConnections, int pop3Messages, int pop3MessageBytes,
                   int smtpSenders, Duration smtpDuration, String serverHeap) {
    BenchConfig {
        imapClients = List.copyOf(imapClients);
        if (imapClients.isEmpty() || imapClients.stream().anyMatch(c -> c < 1)) throw new IllegalArgumentException("IMAP client counts must be ≥ 1");
        if (imapRounds < 1 || imapSeeded < 3) throw new IllegalArgumentException("need ≥ 1 round and ≥ 3 seeded messages");
        if (idleConnections < 1 || pop3Messages < 1 || smtpSenders < 1) throw new IllegalArgumentException("sizes must be ≥ 1");
        if (pop3MessageBytes < 1024) throw new IllegalArgumentException("POP3 messages must be ≥ 1 KB");
    }

    static BenchConfig full() {
        return new BenchConfig(List.of(20, 50), 3, Duration.ofSeconds(10), 20, 10_000, 1_000, 50 * 1024, 20, Duration.ofSeconds(10), "4g");
    }

    static BenchConfig quick() {
        return new BenchConfig(List.of(4, 10), 3, Duration.ofSeconds(2), 20, 500, 100, 50 * 1024, 4, Duration.ofSeconds(2), "2g");
    }

    static BenchConfig tiny() {
        return new BenchConfig(List.of(2), 3, Duration.ofSeconds(1), 5, 50, 20, 50 * 1024, 2, Duration.ofSeconds(1), "512m");
    }

    BenchConfig withIdleConnections(int n) {
        return new BenchConfig(imapClients, imapRounds, imapRound, imapSeeded, n, pop3Messages, pop3MessageBytes, smtpSenders, smtpDuration, serverHeap);
    }

    BenchConfig withImapClients(List<Integer> clients) {
        return new BenchConfig(clients, imapRounds, imapRound, imapSeeded, idleConnections, pop3Messages, pop3MessageBytes, smtpSenders, smtpDuration, serverHeap);
    }

    BenchConfig withRounds(int rounds) {
        return new BenchConfig(imapClients, rounds, imapRound, imapSeeded, idleConnections, pop3Messages, pop3MessageBytes, smtpSenders, smtpDuration, serverHeap);
    }

    /** Sets both the IMAP round and the SMTP submission duration. */
    BenchConfig withDuration(Duration duration) {
        return new BenchConfig(imapClients, imapRounds, duration, imapSeeded, idleConnections, pop3Messages, pop3MessageBytes, smtpSenders, duration, serverHeap);
    }

    BenchConfig withServerHeap(String heap) {
        return new BenchConfig(imapClients, imapRounds, imapRound, imapSeeded, idleConnections, pop3Messages, pop3MessageBytes, smtpSenders, smtpDuration, heap);
    }
}
