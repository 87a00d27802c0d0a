package org.mailsim.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * Benchmark 3, a POP3 download (RFC 1939): messages seeded straight into the server's store are
 * listed (STAT, LIST, UIDL) and retrieved with RETR one after another in one session; then the
 * download is checked: every message arrived once ({@code X-Bench-Seq}) and with the size it was
 * seeded with, after removing the dot-stuffing (§3). LIST sizes that differ from what RETR sends are
 * counted as a figure, not a loss: RFC 1939 §5 asks for the exact size, but some servers (GreenMail)
 * report the body size only.
 */
final class Pop3DownloadBenchmark {
    static final String NAME = "POP3 download";
    private static final String LOGIN = "popper";
    private static final String PASSWORD = "pop-secret";

    private Pop3DownloadBenchmark() {
    }

    static BenchResult run(Supplier<BenchTarget> targets, BenchConfig config) throws IOException {
        int count = config.pop3Messages();
        int size = config.pop3MessageBytes();
        List<String> problems = new ArrayList<>();
        try (BenchTarget target = targets.get()) {
            target.start();
            target.addAccount(LOGIN, PASSWORD);
            target.seedMessages(LOGIN, count, size);
            try (LineConnection pop = LineConnection.open(target.pop3Port())) {
                expectOk(pop.readLine()); // RFC 1939 §4: the greeting
                pop.send("USER " + LOGIN);
                expectOk(pop.readLine());
                pop.send("PASS " + PASSWORD);
                expectOk(pop.readLine());

                long listStart = System.nanoTime();
                pop.send("STAT");
                String[] stat = expectOk(pop.readLine()).split(" "); // RFC 1939 §5: +OK nn mm
                pop.send("LIST");
                List<String> list = multiLine(pop);
                pop.send("UIDL");
                List<String> uidl = multiLine(pop);
                long listNanos = System.nanoTime() - listStart;
                if (Integer.parseInt(stat[1]) != count || list.size() != count || uidl.size() != count) {
                    problems.add("STAT/LIST/UIDL report " + stat[1] + "/" + list.size() + "/" + uidl.size() + " messages, seeded " + count);
                }

                BitSet seen = new BitSet();
                int wrongSize = 0;
                int listDiffers = 0;
                int badSeq = 0;
                long bytes = 0;
                long retrStart = System.nanoTime();
                for (int msg = 1; msg <= list.size(); msg++) {
                    pop.send("RETR " + msg);
                    expectOk(pop.readLine());
                    long octets = 0;
                    int seq = -1;
                    for (String line = pop.readLine(); !line.equals("."); line = pop.readLine()) {
                        if (line.startsWith(".")) line = line.substring(1); // RFC 1939 §3: undo byte-stuffing
                        octets += line.length() + 2;
                        if (seq < 0) seq = BenchMessages.sequenceHeader(line);
                    }
                    bytes += octets;
                    if (octets != size) wrongSize++;
                    if (Long.parseLong(list.get(msg - 1).split(" ")[1]) != octets) listDiffers++; // RFC 1939 §5: the exact size
                    if (seq < 1 || seq > count || seen.get(seq)) badSeq++;
                    else seen.set(seq);
                }
                double retrSeconds = (System.nanoTime() - retrStart) / 1e9;
                pop.send("QUIT");
                expectOk(pop.readLine());
                if (wrongSize > 0) problems.add(wrongSize + " messages did not arrive with the " + size + " octets they were seeded with");
                if (badSeq > 0) problems.add(badSeq + " messages had a missing or repeated X-Bench-Seq");
                if (seen.cardinality() != count) problems.add("retrieved " + seen.cardinality() + " distinct messages of " + count);

                return new BenchResult(NAME, target.name(), List.of(
                        Figure.of("messages of " + size / 1024 + " KB", count, "", 0),
                        new Figure("STAT + LIST + UIDL", listNanos / 1e6, "ms", Figure.AT_MOST_GREENMAIL, 1),
                        new Figure("RETR of all messages", retrSeconds * 1000, "ms", Figure.AT_MOST_GREENMAIL, 0),
                        new Figure("throughput", bytes / (1024.0 * 1024.0) / retrSeconds, "MB/s", Figure.TWICE_GREENMAIL, 1),
                        new Figure("messages per second", count / retrSeconds, "1/s", Figure.TWICE_GREENMAIL, 0),
                        new Figure("messages retrieved intact", seen.cardinality() - wrongSize, "", "all", 0),
                        new Figure("LIST sizes differing from RETR", listDiffers, "", "0", 0)), problems);
            }
        }
    }

    /** RFC 1939 §3: a multi-line response ends with a line holding only "."; returns the lines between. */
    private static List<String> multiLine(LineConnection pop) throws IOException {
        expectOk(pop.readLine());
        List<String> lines = new ArrayList<>();
        for (String line = pop.readLine(); !line.equals("."); line = pop.readLine()) lines.add(line);
        return lines;
    }

    private static String expectOk(String line) throws IOException {
        if (!line.startsWith("+OK")) throw new IOException("POP3 server answered: " + ImapClient.abbreviate(line));
        return line;
    }
}
