package org.mailsim.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.net.ServicePort;
import org.mailsim.store.StoreDiff;

/** A sandbox driven line by line, as the lab console drives it, on every port and security mode. */
class SandboxTest {

    private static final String HANDSHAKE = "[TLS handshake: TLS 1.3, certificate CN=mail.mailsim.test]";

    @Test
    void imapOnPort143RefusesThePasswordUntilTheStudentTypesStarttls() {
        LabHarness lab = new LabHarness().connect("phone", ServicePort.IMAP);
        assertThat(lab.shown("phone")).first().asString().startsWith("[connected to mail.mailsim.test port 143");
        assertThat(lab.shown("phone").get(1)).startsWith("S: * OK [CAPABILITY IMAP4rev1").contains("STARTTLS", "LOGINDISABLED");
        assertThat(lab.pane("phone").hint()).contains("NOT AUTHENTICATED state, in cleartext", "a1 STARTTLS");

        assertThat(lab.send("phone", "a1 LOGIN alice alice")).singleElement().asString().startsWith("a1 NO [PRIVACYREQUIRED]");
        lab.send("phone", "a2 STARTTLS");
        assertThat(lab.shown("phone")).containsExactly("C: a2 STARTTLS", "S: a2 OK Begin TLS negotiation now", HANDSHAKE);
        assertThat(lab.pane("phone").tls()).isEqualTo("TLS 1.3");
        assertThat(lab.pane("phone").hint()).contains("under TLS", "a3 LOGIN alice alice");

        assertThat(lab.send("phone", "a3 LOGIN alice alice")).singleElement().asString().startsWith("a3 OK").endsWith("Logged in");
        assertThat(lab.last.lines()).allMatch(ConsoleLine::insideTls);
        assertThat(lab.pane("phone").state()).isEqualTo("AUTHENTICATED");
        assertThat(lab.pane("phone").knows()).containsExactly("Logged in as alice");
    }

    @Test
    void imapsOnPort993ShakesHandsBeforeTheGreeting() {
        LabHarness lab = new LabHarness().connect("laptop", ServicePort.IMAPS);
        List<String> shown = lab.shown("laptop");
        assertThat(shown.get(1)).isEqualTo(HANDSHAKE);
        assertThat(shown.get(2)).startsWith("S: * OK [CAPABILITY").doesNotContain("STARTTLS", "LOGINDISABLED");
        assertThat(lab.pane("laptop").completions()).contains("LOGIN", "AUTHENTICATE").doesNotContain("STARTTLS", "SELECT");
        assertThat(lab.send("laptop", "a1 AUTHENTICATE PLAIN " + Hints.PLAIN_ALICE)).last().asString().startsWith("a1 OK");
        assertThat(lab.pane("laptop").knows()).containsExactly("Logged in as alice");
    }

    @Test
    void pop3OnPort110UpgradesWithStlsAndPop3sOn995StartsInTls() {
        LabHarness lab = new LabHarness().connect("phone", ServicePort.POP3);
        assertThat(lab.send("phone", "USER alice")).singleElement().asString().startsWith("-ERR [AUTH]");
        lab.send("phone", "STLS");
        assertThat(lab.shown("phone")).endsWith(HANDSHAKE);
        assertThat(lab.pane("phone").hint()).contains("USER alice");
        lab.send("phone", "USER alice");
        assertThat(lab.pane("phone").hint()).contains("PASS alice");
        assertThat(lab.send("phone", "PASS alice")).singleElement().asString().startsWith("+OK");
        assertThat(lab.pane("phone").state()).isEqualTo("TRANSACTION");
        assertThat(lab.send("phone", "STAT")).containsExactly("+OK 4 " + inboxBytes(lab));

        lab.connect("laptop", ServicePort.POP3S);
        assertThat(lab.shown("laptop").get(1)).isEqualTo(HANDSHAKE);
        assertThat(lab.shown("laptop").get(2)).startsWith("S: +OK");
        lab.send("laptop", "USER alice");
        assertThat(lab.send("laptop", "PASS alice")).singleElement().asString().startsWith("-ERR [IN-USE]");
    }

    @Test
    void submissionOnPort587SendsBobAMessageTypedLineByLineAndTheMailboxShowsIt() {
        LabHarness lab = new LabHarness().connect("laptop", ServicePort.SUBMISSION);
        assertThat(lab.pane("laptop").hint()).contains("EHLO");
        lab.send("laptop", "EHLO laptop.example");
        assertThat(lab.pane("laptop").hint()).contains("STARTTLS");
        lab.send("laptop", "STARTTLS");
        assertThat(lab.shown("laptop")).containsExactly("C: STARTTLS", "S: 220 2.0.0 Ready to start TLS", HANDSHAKE);
        assertThat(lab.pane("laptop").state()).isEqualTo("INITIAL");
        lab.send("laptop", "EHLO laptop.example");
        assertThat(lab.pane("laptop").hint()).contains("AUTH PLAIN " + Hints.PLAIN_ALICE);
        assertThat(lab.send("laptop", "AUTH PLAIN " + Hints.PLAIN_ALICE)).singleElement().asString().startsWith("235");
        lab.send("laptop", "MAIL FROM:<alice@mailsim.test>");
        lab.send("laptop", "RCPT TO:<bob@mailsim.test>");
        assertThat(lab.send("laptop", "DATA")).singleElement().asString().startsWith("354");
        assertThat(lab.pane("laptop").state()).isEqualTo("DATA");
        assertThat(lab.pane("laptop").completions()).isEmpty();
        assertThat(lab.pane("laptop").hint()).contains("end with a line holding only “.”");
        assertThat(lab.send("laptop", "Subject: Lab test\n\nHello Bob,")).isEmpty();
        assertThat(lab.last.mailbox()).isNull();
        assertThat(lab.send("laptop", "see you.\n.")).singleElement().asString().startsWith("250 2.0.0 Ok: queued");

        StoreDiff diff = lab.last.mailbox().diff();
        assertThat(diff.changes()).singleElement().isInstanceOfSatisfying(StoreDiff.Change.MessageAdded.class,
                added -> assertThat(added.login()).isEqualTo("bob"));
        assertThat(lab.pane("laptop").knows()).contains("Logged in as alice", "Messages accepted on this connection: 1");
    }

    @Test
    void submissionsOnPort465AndPort25SpeakSmtpWithTheirOwnRules() {
        LabHarness lab = new LabHarness().connect("phone", ServicePort.SUBMISSIONS);
        assertThat(lab.shown("phone").get(1)).isEqualTo(HANDSHAKE);
        assertThat(lab.shown("phone").get(2)).startsWith("S: 220 ");
        lab.send("phone", "EHLO phone.example");
        assertThat(lab.send("phone", "MAIL FROM:<alice@mailsim.test>")).singleElement().asString().startsWith("530");

        lab.connect("laptop", ServicePort.SMTP);
        lab.send("laptop", "EHLO laptop.example");
        assertThat(lab.pane("laptop").hint()).contains("Port 25", "no login");
        lab.send("laptop", "MAIL FROM:<alice@mailsim.test>");
        assertThat(lab.send("laptop", "RCPT TO:<someone@example.org>")).singleElement().asString()
                .startsWith("554 5.7.1").contains("Relay access denied");
        assertThat(lab.last.exercisesDone()).contains("smtp-no-relay");
    }

    @Test
    void anExpungeOnOnePaneReachesTheOtherOnlyWhenTheServerMayTellIt() {
        LabHarness lab = new LabHarness();
        loggedInToInbox(lab, "phone");
        loggedInToInbox(lab, "laptop");
        lab.send("phone", "a3 STORE 1 +FLAGS (\\Deleted)");
        lab.send("phone", "a4 EXPUNGE");
        assertThat(lab.shown("phone")).contains("S: * 1 EXPUNGE");
        assertThat(lab.shown("laptop")).isEmpty(); // RFC 3501 §7.4.1: not until the laptop sends a command
        assertThat(lab.pane("laptop").knows()).contains("Selected INBOX: told of 4 messages");
        assertThat(lab.last.mailbox().diff().changes()).singleElement().isInstanceOf(StoreDiff.Change.MessageRemoved.class);

        assertThat(lab.send("laptop", "a3 NOOP")).containsExactly("* 1 EXPUNGE", "a3 OK NOOP completed");
        assertThat(lab.pane("laptop").knows()).contains("Selected INBOX: told of 3 messages");
        assertThat(lab.last.exercisesDone()).contains("imap-other-device");
    }

    @Test
    void newMailReachesAPaneInIdleAtOnce() {
        LabHarness lab = new LabHarness();
        loggedInToInbox(lab, "laptop");
        assertThat(lab.send("laptop", "a3 IDLE")).containsExactly("+ idling");
        assertThat(lab.pane("laptop").completions()).containsExactly("DONE");
        assertThat(lab.pane("laptop").hint()).contains("IDLE", "DONE");

        lab.connect("phone", ServicePort.SMTP);
        lab.send("phone", "EHLO phone.example");
        lab.send("phone", "MAIL FROM:<bob@mailsim.test>");
        lab.send("phone", "RCPT TO:<alice@mailsim.test>");
        lab.send("phone", "DATA");
        lab.send("phone", "Subject: ping\n\nping\n.");
        assertThat(lab.shown("laptop")).containsExactly("S: * 5 EXISTS", "S: * 5 RECENT");
        assertThat(lab.last.exercisesDone()).contains("imap-idle-push");
        assertThat(lab.send("laptop", "DONE")).containsExactly("a3 OK Idle completed");
    }

    @Test
    void aLiteralTypedOverTwoSendsIsCountedInTheHint() {
        LabHarness lab = new LabHarness();
        loggedInToInbox(lab, "phone");
        assertThat(lab.send("phone", "a3 APPEND Drafts {23}")).containsExactly("+ Ready for literal data");
        assertThat(lab.pane("phone").hint()).contains("literal: 23 more bytes");
        lab.send("phone", "Subject: draft"); // 14 bytes and CR LF
        assertThat(lab.pane("phone").hint()).contains("literal: 7 more bytes");
        assertThat(lab.send("phone", "\nhello")).containsExactly("a3 OK [APPENDUID 3 1] Append completed");
        assertThat(lab.pane("phone").nextTag()).isEqualTo("a4");
        assertThat(lab.send("phone", "a4 APPEND Drafts {5+}\nhello")).containsExactly("a4 OK [APPENDUID 3 2] Append completed");
    }

    @Test
    void theConsoleSaysWhenAConnectionEnds() {
        LabHarness lab = new LabHarness().connect("phone", ServicePort.POP3S);
        lab.send("phone", "QUIT");
        assertThat(lab.shown("phone")).containsExactly("C: QUIT", "S: +OK POP3 server signing off", "[connection c1 closed: server closed the connection]");
        assertThat(lab.pane("phone").connected()).isFalse();
        assertThat(lab.pane("phone").hint()).startsWith("Not connected");
        lab.send("phone", "STAT");
        assertThat(lab.shown("phone")).containsExactly("[not connected: pick a connection and press Connect first]");

        lab.connect("phone", ServicePort.IMAPS).disconnect("phone");
        assertThat(lab.shown("phone")).containsExactly("[connection c2 closed: you closed it]");
    }

    @Test
    void everyTabHearsEveryChangeAndANewTabGetsTheWholePicture() {
        LabHarness lab = new LabHarness();
        List<LabUpdate> heard = new ArrayList<>();
        lab.sandbox.attach(subscriber(heard));
        lab.connect("phone", ServicePort.IMAPS);
        lab.send("phone", "a1 LOGIN alice alice");
        assertThat(heard).hasSize(3).first().extracting(LabUpdate::fresh).isEqualTo(true);
        assertThat(heard.get(2).lines()).extracting(ConsoleLine::text).contains("a1 LOGIN alice alice");

        LabUpdate picture = lab.sandbox.attach(subscriber(new ArrayList<>()));
        assertThat(picture.fresh()).isTrue();
        assertThat(picture.lines()).extracting(ConsoleLine::text).contains(HANDSHAKE, "a1 LOGIN alice alice");
        assertThat(picture.mailbox().after().account("alice")).isPresent();
    }

    @Test
    void resetBringsBackTheDemoMailAndClosesEveryConnection() {
        LabHarness lab = new LabHarness();
        loggedInToInbox(lab, "phone");
        lab.send("phone", "a3 STORE 1:* +FLAGS (\\Deleted)");
        lab.send("phone", "a4 EXPUNGE");
        assertThat(lab.last.mailbox().after().account("alice").orElseThrow().folder("INBOX").orElseThrow().messages()).isEmpty();

        LabUpdate reset = lab.sandbox.reset();
        assertThat(reset.fresh()).isTrue();
        assertThat(reset.panes()).noneMatch(PaneState::connected);
        assertThat(reset.mailbox().after().account("alice").orElseThrow().folder("INBOX").orElseThrow().messages()).hasSize(4);
        assertThat(reset.exercisesDone()).isEmpty();
    }

    @Test
    void theMessageLimitRefusesAnAppendAsAFullMailbox() {
        LabHarness lab = new LabHarness(LabLimits.DEFAULTS.withMessagesPerAccount(6)); // alice holds 5
        loggedInToInbox(lab, "phone");
        assertThat(lab.send("phone", "a3 APPEND INBOX {5+}\nhello")).last().asString().startsWith("a3 OK");
        assertThat(lab.send("phone", "a4 APPEND INBOX {5+}\nhello")).last().asString()
                .isEqualTo("a4 NO [OVERQUOTA] Quota exceeded (mailbox for user is full)");
        assertThat(lab.send("phone", "a5 COPY 1 Archive")).last().asString().startsWith("a5 NO [OVERQUOTA]");
    }

    static void loggedInToInbox(LabHarness lab, String pane) {
        lab.connect(pane, ServicePort.IMAPS);
        lab.send(pane, "a1 LOGIN alice alice");
        lab.send(pane, "a2 SELECT INBOX");
    }

    private static long inboxBytes(LabHarness lab) {
        return lab.sandbox.attach(subscriber(new ArrayList<>())).mailbox().after().account("alice").orElseThrow()
                .folder("INBOX").orElseThrow().totalBytes();
    }

    static Sandbox.Subscriber subscriber(List<LabUpdate> heard) {
        return new Sandbox.Subscriber() {
            @Override
            public void onUpdate(LabUpdate update) {
                heard.add(update);
            }

            @Override
            public void onClosed(String why) {
                heard.add(new LabUpdate(false, List.of(ConsoleLine.note("-", null, null, "closed: " + why)), List.of(), null, List.of()));
            }
        };
    }
}
