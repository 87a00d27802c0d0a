package org.mailsim.dovecot;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mailsim.live.LiveServer;
import org.mailsim.live.LiveServerOptions;
import org.mailsim.net.ServicePort;
import org.mailsim.net.TransportLimits;
import org.mailsim.store.Account;
import org.mailsim.store.MailStore;

/**
 * The oracle: every transcript in {@code src/test/resources/dovecot-diff/} (RFC examples, the
 * cases where mailsim once differed, the commands the scenarios use, several sessions at once)
 * runs against a real Dovecot 2.3 and against mailsim's live TCP server, each from an empty
 * account, and the answers must be the same line for line once {@link DeliberateDifferences}
 * has rewritten what is allowed to differ. A mismatch prints both transcripts as a diff.
 */
class DovecotDifferentialTest {
    private static DovecotServer dovecot;
    private static Path certificates;

    @BeforeAll
    static void startDovecot() throws Exception {
        dovecot = DovecotServer.startOrSkip();
        certificates = Files.createTempDirectory("mailsim-diff-tls");
    }

    @AfterAll
    static void stopDovecot() throws Exception {
        if (dovecot != null) dovecot.close();
    }

    @TestFactory
    Stream<DynamicTest> imap() throws Exception {
        return transcripts("imap", WireSession.Protocol.IMAP);
    }

    @TestFactory
    Stream<DynamicTest> pop3() throws Exception {
        return transcripts("pop3", WireSession.Protocol.POP3);
    }

    private Stream<DynamicTest> transcripts(String folder, WireSession.Protocol protocol) throws Exception {
        Path dir = Path.of(DovecotDifferentialTest.class.getResource("/dovecot-diff/" + folder).toURI());
        List<Path> files;
        try (Stream<Path> all = Files.list(dir)) {
            files = all.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Transcript transcript = Transcript.parse(file.getFileName().toString(), protocol, Files.readString(file));
            compare(transcript);
        }));
    }

    private static void compare(Transcript transcript) throws Exception {
        dovecot.reset();
        List<String> theirs = normalise(transcript.run(dovecot.imapPort, dovecot.pop3Port), transcript.protocol());
        List<String> ours;
        try (LiveServer mailsim = startMailsim()) {
            ours = normalise(transcript.run(mailsim.port(ServicePort.IMAP), mailsim.port(ServicePort.POP3)), transcript.protocol());
        }
        if (!theirs.equals(ours)) {
            fail(transcript.name() + ": mailsim answers differently from Dovecot "
                    + "(- Dovecot only, + mailsim only; rules in DeliberateDifferences):\n" + TranscriptDiff.of(theirs, ours));
        }
    }

    /** mailsim's live server on free ports, with a store holding only alice and bob, as the Dovecot does. */
    private static LiveServer startMailsim() throws Exception {
        MailStore store = MailStore.live(Clock.systemUTC());
        store.addAccount(new Account("alice", "wonderland", "alice@mailsim.test", 0));
        store.addAccount(new Account("bob", "builder", "bob@mailsim.test", 0));
        var ports = new EnumMap<ServicePort, Integer>(ServicePort.class);
        for (ServicePort p : ServicePort.values()) ports.put(p, 0);
        // Passwords on the cleartext ports, as the Dovecot under test (ssl = no) accepts them.
        return LiveServer.start(new LiveServerOptions("127.0.0.1", "localhost", certificates, ports, true,
                TransportLimits.DEFAULTS), store);
    }

    /**
     * Applies {@link DeliberateDifferences} to one server's transcript: IMAP lines one by one,
     * POP3 lines knowing the command they answer; the lines a CAPA lists and runs of LIST / LSUB
     * answers are compared in sorted order.
     */
    static List<String> normalise(List<String> lines, WireSession.Protocol protocol) {
        List<String> out = new ArrayList<>();
        java.util.Map<String, String> lastCommand = new java.util.HashMap<>();
        java.util.Set<String> statusPending = new java.util.HashSet<>();
        for (String line : lines) {
            String prefix = line.substring(0, line.indexOf(" ") + 4);
            String session = prefix.substring(0, prefix.indexOf(' '));
            String text = line.substring(prefix.length());
            boolean imap = protocol == WireSession.Protocol.IMAP || session.equals("IMAP");
            if (prefix.endsWith("C: ")) {
                lastCommand.put(session, pop3Verb(text));
                statusPending.add(session);
                out.add(line);
            } else if (imap) {
                out.add(prefix + DeliberateDifferences.normalise(text, DeliberateDifferences.IMAP));
            } else {
                boolean status = statusPending.remove(session) || !lastCommand.containsKey(session);
                String normal = DeliberateDifferences.normalisePop3(text, lastCommand.getOrDefault(session, ""), status);
                if (!normal.isEmpty() || text.isEmpty()) out.add(prefix + normal);
            }
        }
        return sortCapaLines(sortListRuns(out));
    }

    /** "LIST 1" for LIST with an argument (whatever it is), "LIST" without: enough for the POP3 rules. */
    private static String pop3Verb(String command) {
        String[] words = command.trim().split(" +");
        String verb = words[0].toUpperCase(java.util.Locale.ROOT);
        return words.length > 1 && (verb.equals("LIST") || verb.equals("UIDL")) ? verb + " 1" : verb;
    }

    /** The capability lines of a POP3 CAPA answer, sorted (RFC 2449 §5 gives them no order). */
    private static List<String> sortCapaLines(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i));
            if (!lines.get(i).matches("^\\w+ C: CAPA$") || i + 1 >= lines.size()) continue;
            out.add(lines.get(++i)); // +OK
            List<String> caps = new ArrayList<>();
            while (i + 1 < lines.size() && !lines.get(i + 1).endsWith("S: .")) caps.add(lines.get(++i));
            caps.sort(null);
            out.addAll(caps);
        }
        return out;
    }

    private static List<String> sortListRuns(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runPrefix = null;
        for (String line : lines) {
            String prefix = line.substring(0, line.indexOf(" ") + 4);
            String text = line.substring(prefix.length());
            boolean listing = text.startsWith("* LIST ") || text.startsWith("* LSUB ");
            if (listing && (runPrefix == null || runPrefix.equals(prefix))) {
                runPrefix = prefix;
                run.add(text);
                continue;
            }
            flush(run, runPrefix, out);
            runPrefix = null;
            if (listing) {
                runPrefix = prefix;
                run.add(text);
            } else {
                out.add(line);
            }
        }
        flush(run, runPrefix, out);
        return out;
    }

    private static void flush(List<String> run, String prefix, List<String> out) {
        for (String text : DeliberateDifferences.sortListRuns(run)) out.add(prefix + text);
        run.clear();
    }
}
