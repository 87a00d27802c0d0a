package org.mailsim.lab;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.mailsim.net.Protocol;
import org.mailsim.net.ServicePort;
import org.mailsim.store.StoreSnapshot;

/**
 * The lab's guided exercises, a few per protocol, each with the check that marks it done. A
 * check reads what happened (the console lines of every connection, paired as a client pairs
 * commands and replies) and, where the task is to change the mailbox, the server's mailbox.
 */
public final class Exercises {

    /** What a check reads: the sandbox's console lines, its mailbox now, and when it started. */
    record Evidence(List<Conversation> conversations, StoreSnapshot store, Instant started) {
        boolean any(Predicate<Conversation> test) {
            return conversations.stream().anyMatch(test);
        }
    }

    private record Row(Exercise exercise, Predicate<Evidence> done) { }

    private static final Pattern SEARCH_UNSEEN = Pattern.compile("^\\S+ (UID )?SEARCH\\b.*\\bUNSEEN\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNTAGGED_SEARCH = Pattern.compile("^\\* SEARCH\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNTAGGED_EXPUNGE = Pattern.compile("^\\* \\d+ EXPUNGE\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHENTICATED = Pattern.compile("^235 "); // RFC 4954 §6
    private static final Pattern QUEUED = Pattern.compile("^250 .*queued", Pattern.CASE_INSENSITIVE);

    private static final List<Row> ROWS = List.of(
        row("imap-starttls-login", Protocol.IMAP, "Log in over STARTTLS",
            "Connect to IMAP on port 143, send “a1 STARTTLS”, then “a2 LOGIN alice alice”: the password travels inside TLS.",
            e -> e.any(c -> c.service() == ServicePort.IMAP && c.imapOk("STARTTLS"::equals, false)
                    && c.imapOk(v -> v.startsWith("LOGIN ") || v.startsWith("AUTHENTICATE "), true))),
        row("imap-search-unseen", Protocol.IMAP, "Find unread mail with SEARCH",
            "Log in, “SELECT INBOX”, then “a4 SEARCH UNSEEN”: the numbers of the messages nobody has read.",
            e -> e.any(c -> c.sent(SEARCH_UNSEEN) && c.received(UNTAGGED_SEARCH)
                    && c.imapOk(v -> SEARCH_UNSEEN.matcher("t " + v).find(), false))),
        row("imap-expunge", Protocol.IMAP, "Delete a message for good",
            "In INBOX: “a5 STORE 1 +FLAGS (\\Deleted)” marks it, “a6 EXPUNGE” removes it: the server answers “* 1 EXPUNGE”.",
            e -> e.any(c -> c.imapOk(v -> v.equals("EXPUNGE") || v.startsWith("UID EXPUNGE"), false) && c.received(UNTAGGED_EXPUNGE))),
        row("imap-other-device", Protocol.IMAP, "Watch a delete arrive on the other device",
            "Log both devices in to IMAP as alice and SELECT INBOX. Delete and expunge a message on the phone, then send"
                + " “NOOP” on the laptop: the server tells it “* n EXPUNGE”.",
            e -> e.any(c -> c.service().protocol() == Protocol.IMAP && c.toldOfOthersExpunge())),
        row("imap-idle-push", Protocol.IMAP, "Get new mail pushed with IDLE",
            "On the laptop: SELECT INBOX, then “a7 IDLE”. On the phone, send alice a message (SMTP) or APPEND one:"
                + " “* n EXISTS” appears on the laptop at once.",
            e -> e.any(Conversation::pushedExistsWhileIdle)),
        row("pop3-stls-login", Protocol.POP3, "Log in over STLS",
            "Connect to POP3 on port 110, send “STLS”, then “USER alice” and “PASS alice” inside TLS.",
            e -> e.any(c -> c.service() == ServicePort.POP3 && c.pop3Ok("STLS", false) && c.pop3Ok("PASS", true))),
        row("pop3-retr", Protocol.POP3, "Download a message with RETR",
            "Logged in to POP3: “LIST” shows the sizes, “RETR 1” downloads message 1, ending with a line holding “.”.",
            e -> e.any(c -> c.service().protocol() == Protocol.POP3 && c.pop3Ok("RETR", false))),
        row("pop3-delete-imap-sees", Protocol.POP3, "Delete with POP3 and watch what IMAP sees",
            "Laptop: IMAP, log in, SELECT INBOX. Phone: POP3 (POP3S or STLS), log in, “DELE 1”, “QUIT”. Then “NOOP” on"
                + " the laptop: the message is gone (“* 1 EXPUNGE”), because POP3 deletes on the server at QUIT.",
            e -> e.any(c -> c.service().protocol() == Protocol.POP3 && c.pop3Ok("DELE", false) && c.pop3Ok("QUIT", false))
                    && e.any(c -> c.service().protocol() == Protocol.IMAP && c.toldOfOthersExpunge())),
        row("smtp-submit", Protocol.SMTP, "Send bob a message on port 587",
            "SMTP submission: “EHLO laptop.example”, “STARTTLS”, EHLO again, “AUTH PLAIN AGFsaWNlAGFsaWNl”,"
                + " “MAIL FROM:<alice@mailsim.test>”, “RCPT TO:<bob@mailsim.test>”, “DATA”, the message, “.”.",
            e -> e.any(c -> (c.service() == ServicePort.SUBMISSION || c.service() == ServicePort.SUBMISSIONS)
                    && c.received(AUTHENTICATED) && c.received(QUEUED)) && arrivedFor(e, "bob")),
        row("smtp-no-relay", Protocol.SMTP, "See port 25 refuse to relay",
            "On port 25 (no login): “EHLO laptop.example”, “MAIL FROM:<alice@mailsim.test>”, then"
                + " “RCPT TO:<someone@example.org>”: the server relays nothing (554 5.7.1).",
            e -> e.any(c -> c.service() == ServicePort.SMTP && c.smtpReply("RCPT", "554"))));

    private Exercises() { }

    private static Row row(String id, Protocol protocol, String title, String how, Predicate<Evidence> done) {
        return new Row(new Exercise(id, protocol, title, how), done);
    }

    /** Every exercise, grouped by protocol in table order. */
    public static List<Exercise> all() {
        return ROWS.stream().map(Row::exercise).toList();
    }

    /** The ids of the exercises {@code evidence} shows done, besides those {@code already} done. */
    static List<String> newlyDone(Evidence evidence, Set<String> already) {
        List<String> done = new ArrayList<>();
        for (Row row : ROWS) {
            if (!already.contains(row.exercise().id()) && row.done().test(evidence)) done.add(row.exercise().id());
        }
        return done;
    }

    /** A message reached {@code login}'s INBOX during this session (the demo mail is older). */
    private static boolean arrivedFor(Evidence e, String login) {
        return e.store().account(login).flatMap(a -> a.folder("INBOX"))
                .map(f -> f.messages().stream().anyMatch(m -> !m.internalDate().isBefore(e.started())))
                .orElse(false);
    }
}
