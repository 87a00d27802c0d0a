package org.mailsim.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.lab.SandboxTest.loggedInToInbox;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Protocol;
import org.mailsim.net.ServicePort;

/** Each guided exercise is marked done by doing it, and not by a near miss. */
class ExercisesTest {

    @Test
    void everyProtocolHasExercisesWithUniqueIds() {
        assertThat(Exercises.all()).extracting(Exercise::protocol).contains(Protocol.IMAP, Protocol.POP3, Protocol.SMTP);
        assertThat(Exercises.all()).extracting(Exercise::id).doesNotHaveDuplicates();
    }

    @Test
    void loggingInOverStarttlsCountsButImplicitTlsIsAnotherLesson() {
        LabHarness lab = new LabHarness();
        loggedInToInbox(lab, "laptop"); // port 993
        assertThat(lab.last.exercisesDone()).doesNotContain("imap-starttls-login");
        lab.connect("phone", ServicePort.IMAP);
        lab.send("phone", "a1 STARTTLS");
        lab.send("phone", "a2 LOGIN alice alice");
        assertThat(lab.last.exercisesDone()).contains("imap-starttls-login");
    }

    @Test
    void searchForUnseenMailCountsAndSearchAllDoesNot() {
        LabHarness lab = new LabHarness();
        loggedInToInbox(lab, "phone");
        lab.send("phone", "a3 SEARCH ALL");
        assertThat(lab.last.exercisesDone()).doesNotContain("imap-search-unseen");
        assertThat(lab.send("phone", "a4 SEARCH UNSEEN")).containsExactly("* SEARCH 2 3 4", "a4 OK Search completed");
        assertThat(lab.pane("phone").knows()).contains("Last SEARCH found: 2 3 4");
        assertThat(lab.last.exercisesDone()).contains("imap-search-unseen");
    }

    @Test
    void theDeviceThatExpungedItselfIsNotWatchingAnotherDevice() {
        LabHarness lab = new LabHarness();
        loggedInToInbox(lab, "phone");
        lab.send("phone", "a3 STORE 4 +FLAGS (\\Deleted)");
        lab.send("phone", "a4 EXPUNGE");
        assertThat(lab.last.exercisesDone()).contains("imap-expunge").doesNotContain("imap-other-device");
    }

    @Test
    void pop3OverStlsCountsAndPop3sDoesNot() {
        LabHarness lab = new LabHarness().connect("phone", ServicePort.POP3S);
        lab.send("phone", "USER alice");
        lab.send("phone", "PASS alice");
        assertThat(lab.last.exercisesDone()).doesNotContain("pop3-stls-login");
        lab.send("phone", "RETR 1");
        assertThat(lab.last.exercisesDone()).contains("pop3-retr");
        lab.send("phone", "QUIT");

        lab.connect("phone", ServicePort.POP3);
        lab.send("phone", "STLS");
        lab.send("phone", "USER alice");
        lab.send("phone", "PASS alice");
        assertThat(lab.last.exercisesDone()).contains("pop3-stls-login");
    }

    @Test
    void aPop3DeleteCountsOnlyOnceQuitMadeItHappenAndImapWasTold() {
        LabHarness lab = new LabHarness();
        loggedInToInbox(lab, "laptop");
        lab.connect("phone", ServicePort.POP3S);
        lab.send("phone", "USER alice");
        lab.send("phone", "PASS alice");
        lab.send("phone", "DELE 1");
        assertThat(lab.send("laptop", "a3 NOOP")).containsExactly("a3 OK NOOP completed"); // DELE only marks
        assertThat(lab.last.exercisesDone()).doesNotContain("pop3-delete-imap-sees");
        lab.send("phone", "QUIT"); // RFC 1939 §6: the UPDATE state removes it
        assertThat(lab.send("laptop", "a4 NOOP")).containsExactly("* 1 EXPUNGE", "* 3 RECENT", "a4 OK NOOP completed"); // RECENT: it changed (RFC 3501 §7.3.2)
        assertThat(lab.last.exercisesDone()).contains("pop3-delete-imap-sees", "imap-other-device");
    }

    @Test
    void submittingToBobCountsAndToAliceDoesNot() {
        LabHarness lab = new LabHarness().connect("laptop", ServicePort.SUBMISSIONS);
        lab.send("laptop", "EHLO laptop.example");
        lab.send("laptop", "AUTH PLAIN");
        assertThat(lab.pane("laptop").hint()).contains("SASL response", Hints.PLAIN_ALICE);
        assertThat(lab.send("laptop", Hints.PLAIN_ALICE)).singleElement().asString().startsWith("235");
        lab.send("laptop", "MAIL FROM:<alice@mailsim.test>");
        lab.send("laptop", "RCPT TO:<alice@mailsim.test>");
        lab.send("laptop", "DATA");
        lab.send("laptop", "Subject: to myself\n\nhi\n.");
        assertThat(lab.last.exercisesDone()).doesNotContain("smtp-submit");
        lab.send("laptop", "MAIL FROM:<alice@mailsim.test>");
        lab.send("laptop", "RCPT TO:<bob@mailsim.test>");
        lab.send("laptop", "DATA");
        lab.send("laptop", "Subject: to bob\n\nhi\n.");
        assertThat(lab.last.exercisesDone()).contains("smtp-submit");
    }
}
