package org.mailsim.bench;

import java.io.IOException;

/**
 * One IMAP session of the mixed load, as a mail app opening a mailbox does it (RFC 3501 §6):
 * LOGIN, SELECT INBOX, FETCH the header list, FETCH a few whole bodies, STORE a flag, APPEND a
 * message, mark it \Deleted and EXPUNGE it (so the mailbox ends as it began), LOGOUT. Every
 * command's latency is recorded; a NO, BAD or unexpected reply fails the session.
 */
final class ImapMixedSession {
    static final String HEADER_FETCH = "(FLAGS ENVELOPE BODY.PEEK[HEADER.FIELDS (FROM SUBJECT DATE)])";
    private static final byte[] APPENDED = BenchMessages.message(1_000_000, 4 * 1024);

    private interface Command {
        ImapClient.Response send() throws IOException;
    }

    private final Latencies latencies;
    private int commands;

    ImapMixedSession(Latencies latencies) {
        this.latencies = latencies;
    }

    /** Runs the session once against the port; returns how many commands it sent. */
    int run(int port, String login, String password, boolean flag) throws IOException {
        commands = 0;
        try (ImapClient imap = ImapClient.connect(port)) {
            timed(() -> imap.command("LOGIN " + login + " " + password));
            int exists = timed(() -> imap.command("SELECT INBOX")).exists(); // RFC 3501 §6.3.1: * n EXISTS
            if (exists < 3) throw new IOException("SELECT reported " + exists + " messages, expected at least 3");
            timed(() -> imap.command("FETCH 1:" + exists + " " + HEADER_FETCH));
            timed(() -> imap.command("FETCH 1:3 BODY.PEEK[]"));
            timed(() -> imap.command("STORE 1:3 " + (flag ? "+" : "-") + "FLAGS (\\Flagged)"));
            // RFC 3501 §6.3.11: a selected mailbox reports the appended message with EXISTS, now or at the next command
            int appended = timed(() -> imap.append("INBOX", "\\Seen", APPENDED)).exists();
            if (appended < 0) appended = timed(() -> imap.command("NOOP")).exists();
            if (appended != exists + 1) throw new IOException("after APPEND the mailbox has " + appended + " messages, expected " + (exists + 1));
            int last = appended;
            timed(() -> imap.command("STORE " + last + " +FLAGS.SILENT (\\Deleted)"));
            var expunge = timed(() -> imap.command("EXPUNGE"));
            if (!expunge.untagged().contains("* " + last + " EXPUNGE")) throw new IOException("EXPUNGE did not report message " + last);
            timed(() -> imap.command("LOGOUT"));
        }
        return commands;
    }

    private ImapClient.Response timed(Command command) throws IOException {
        long start = System.nanoTime();
        ImapClient.Response response = command.send();
        latencies.record(System.nanoTime() - start);
        commands++;
        if (!response.ok()) throw new IOException("command failed: " + ImapClient.abbreviate(response.tagged()));
        return response;
    }
}
