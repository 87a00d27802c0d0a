package org.mailsim.scenario.device.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.scenario.device.imap.ImapAppFixture.checkMail;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Security;
import org.mailsim.scenario.Action;
import org.mailsim.scenario.TlsPolicy;
import org.mailsim.scenario.device.MessageRow;
import org.mailsim.wire.Direction;

/** Lines the learner types on the app's connection, and sending mail with a copy filed in Sent. */
class ImapAppTypingTest {
    private final ImapAppFixture fixture = new ImapAppFixture();
    private final ImapApp phone = fixture.app("phone", 143, Security.STARTTLS, s -> s);

    @Test
    void typingConnectsAndReadsTheGreetingButDoesNotLogIn() {
        assertThat(phone.type("t1 CAPABILITY")).isEmpty();

        assertThat(fixture.sentBy("phone")).containsExactly("t1 CAPABILITY");
        assertThat(fixture.receivedBy("phone")).startsWith("* OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ ID ENABLE IDLE STARTTLS LOGINDISABLED] mailsim ready");
        assertThat(fixture.receivedBy("phone")).last().asString().startsWith("t1 OK");
        assertThat(phone.view().connection()).isEqualTo("connected (IMAP without encryption, port 143)");
    }

    @Test
    void aTypedStarttlsUpgradesAndTheLearnerCanLogInByHand() {
        phone.type("t1 STARTTLS");
        assertThat(phone.view().connection()).isEqualTo("connected (IMAP with STARTTLS, port 143)");

        phone.type("t2 LOGIN alice wonderland");
        phone.type("t3 SELECT INBOX");
        phone.type("t4 FETCH 1 (BODY[])");

        assertThat(fixture.receivedBy("phone")).contains("t2 OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ ID ENABLE IDLE NAMESPACE "
                + "UIDPLUS MOVE UNSELECT CHILDREN SPECIAL-USE QUOTA QUOTA=RES-STORAGE] Logged in");
        assertThat(fixture.receivedBy("phone")).last().asString().startsWith("t4 OK");
        assertThat(fixture.cleartextOf("phone")).doesNotContain("wonderland");
    }

    @Test
    void aTypedIdleWaitsForTheLearnersDone() {
        phone.type("t1 STARTTLS");
        phone.type("t2 LOGIN alice wonderland");
        phone.type("t3 SELECT INBOX");

        phone.type("t4 IDLE");
        assertThat(fixture.receivedBy("phone")).last().asString().startsWith("+ ");
        phone.type("DONE");

        assertThat(fixture.receivedBy("phone")).last().asString().startsWith("t4 OK");
    }

    @Test
    void afterTypingByHandTheAppCarriesOnFromWhereTheLearnerLeftIt() {
        phone.type("t1 STARTTLS");
        phone.type("t2 LOGIN alice wonderland");

        phone.perform(checkMail());

        assertThat(fixture.sentBy("phone")).containsSubsequence("t2 LOGIN alice wonderland", "A1 LIST \"\" \"*\"", "A2 SELECT INBOX");
        assertThat(fixture.sentBy("phone")).noneMatch(line -> line.startsWith("A") && line.contains("AUTHENTICATE"));
        assertThat(phone.view().messages()).hasSize(3);
    }

    @Test
    void sendingFilesTheSentMessageInSentAsRead() {
        ImapApp laptop = fixture.app("laptop");

        assertThat(laptop.perform(new Action.Send("bob@mailsim.test", "Lunch", "See you at noon."))).containsExactly("Sent");

        assertThat(fixture.sentBy("laptop")).anyMatch(line -> line.matches("A\\d+ APPEND Sent \\(\\\\Seen\\) \\{\\d+}"));
        assertThat(fixture.receivedBy("laptop")).contains("+ Ready for literal data");
        laptop.perform(new Action.OpenFolder("Sent"));
        assertThat(laptop.view().messages()).extracting(MessageRow::subject, MessageRow::unread)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Lunch", false));
        laptop.perform(new Action.OpenMessage(1));
        assertThat(laptop.view().opened()).hasValueSatisfying(m -> assertThat(m.text()).isEqualTo("See you at noon.\r\n"));
    }

    @Test
    void aSearchForNonAsciiTextSendsItAsALiteral() {
        ImapApp laptop = fixture.app("laptop");
        laptop.perform(checkMail());

        assertThat(laptop.perform(new Action.Search("Café"))).containsExactly("Found 0 messages");

        assertThat(fixture.sentBy("laptop")).anyMatch(line -> line.endsWith("UID SEARCH CHARSET UTF-8 TEXT {"
                + "Café".getBytes(StandardCharsets.UTF_8).length + "}"));
    }

    @Test
    void aStrippedLoginDisabledMakesTheServerRefuseTheCleartextPasswordThatAlreadyCrossed() {
        fixture.server.network().placeOnPath("old-pc", (id, direction, bytes) -> direction == Direction.CLIENT_TO_SERVER ? bytes
                : new String(bytes, StandardCharsets.ISO_8859_1).replace(" STARTTLS LOGINDISABLED", "")
                        .getBytes(StandardCharsets.ISO_8859_1));
        ImapApp old = fixture.app("old-pc", 143, Security.STARTTLS, s -> new org.mailsim.scenario.DeviceSettings(
                s.leaveOnServer(), s.deleteAfterDays(), s.checkEveryMinutes(), s.trustCertificate(), TlsPolicy.IF_AVAILABLE,
                s.serverName(), s.password(), s.deleteMethod()));

        assertThat(old.perform(checkMail())).endsWith("The server refuses passwords on an unencrypted connection "
                + "(PRIVACYREQUIRED); turn on STARTTLS or SSL/TLS in the account settings");

        assertThat(fixture.cleartextOf("old-pc")).contains("LOGIN \"alice\" \"wonderland\"");
    }

    @Test
    void aTypedLiteralWaitsForTheServersGoAheadAndTheNextLineCarriesIt() {
        phone.type("t1 STARTTLS");
        phone.type("t2 LOGIN {5}");
        assertThat(fixture.receivedBy("phone")).last().asString().startsWith("+ ");

        phone.type("alice wonderland");

        assertThat(fixture.receivedBy("phone")).last().asString().startsWith("t2 OK");
        phone.perform(checkMail());
        assertThat(fixture.commandsOf("phone")).noneMatch(c -> c.startsWith("AUTHENTICATE"));
        assertThat(phone.view().messages()).hasSize(3);
    }
}
