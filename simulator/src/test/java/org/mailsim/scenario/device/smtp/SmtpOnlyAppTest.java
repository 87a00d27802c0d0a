package org.mailsim.scenario.device.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Protocol;
import org.mailsim.net.Security;
import org.mailsim.scenario.Action;
import org.mailsim.scenario.device.MessageRow;

/** A stranger's mail server on the internet connects to port 25 to hand mail to alice. */
class SmtpOnlyAppTest {

    private final MailWorld world = new MailWorld();
    private final SmtpOnlyApp stranger = new SmtpOnlyApp(world.context(
            MailWorld.device("stranger", Protocol.SMTP, 25, Security.NONE).account("mallory"), "mallory@example.org"));

    @Test
    void aServerOnPort25HandsMailToALocalUserWithoutLoggingIn() {
        assertThat(stranger.perform(new Action.Send("alice@mailsim.test", "Invoice", "Please pay."))).containsExactly("Sent");

        assertThat(world.inboxOnServer("alice")).containsExactly("Lunch?", "Minutes", "Invoice");
        assertThat(world.newestOnServer("alice")).contains("From: mallory@example.org\r\n");
        assertThat(stranger.view().messages()).containsExactly(
                new MessageRow("sent-1", "mallory@example.org", "Invoice", false, false, false));
        assertThat(stranger.view().app()).isEqualTo("SMTP sender");
    }

    @Test
    void port25IsNoOpenRelay() {
        assertThat(stranger.perform(new Action.Send("dave@example.net", "Hi", "Relay me"))).singleElement().asString()
                .contains("The server refuses to relay to other domains without a login — use port 587 with authentication");
        assertThat(stranger.view().messages()).isEmpty();
    }

    @Test
    void aTypedSessionReadsMultiLineRepliesAndTakesMessageLinesAfterData() {
        assertThat(stranger.type("EHLO mx.example.org")).first().isEqualTo("220 mail.mailsim.test ESMTP mailsim");
        assertThat(stranger.type("EHLO mx.example.org")).first().asString().startsWith("250-mail.mailsim.test");
        assertThat(stranger.type("MAIL FROM:<mallory@example.org>")).containsExactly("250 2.1.0 Ok");
        assertThat(stranger.type("RCPT TO:<alice@mailsim.test>")).containsExactly("250 2.1.5 Ok");
        assertThat(stranger.type("DATA")).containsExactly("354 End data with <CR><LF>.<CR><LF>");
        assertThat(stranger.type("Subject: typed")).isEmpty();
        assertThat(stranger.type("")).isEmpty();
        assertThat(stranger.type("..a stuffed line")).isEmpty();
        assertThat(stranger.type(".")).singleElement().asString().startsWith("250 2.0.0 Ok: queued as");
        assertThat(stranger.view().connection()).isEqualTo("connected (SMTP, not encrypted, port 25)");
        assertThat(stranger.perform(new Action.Quit())).containsExactly("221 2.0.0 Bye");

        assertThat(world.newestOnServer("alice")).endsWith("Subject: typed\r\n\r\n.a stuffed line\r\n");
        assertThat(stranger.view().connection()).isEqualTo("not connected");
    }

    @Test
    void goingOfflineInTheMiddleOfDataDeliversNothing() {
        stranger.type("EHLO mx.example.org");
        stranger.type("MAIL FROM:<mallory@example.org>");
        stranger.type("RCPT TO:<alice@mailsim.test>");
        stranger.type("DATA");
        stranger.type("Subject: cut off");

        stranger.perform(new Action.GoOffline());
        assertThat(world.inboxOnServer("alice")).containsExactly("Lunch?", "Minutes");
    }

    @Test
    void aDeviceThatOnlySendsHasNoMailboxToRead() {
        assertThat(stranger.perform(new Action.CheckMail())).containsExactly(SmtpOnlyApp.ONLY_SENDS);
        assertThat(stranger.perform(new Action.OpenMessage(1))).containsExactly(SmtpOnlyApp.ONLY_SENDS);
    }

    @Test
    void aScriptWithAPasswordSubmitsOn465() {
        SmtpOnlyApp script = new SmtpOnlyApp(world.context(
                MailWorld.device("script", Protocol.SMTP, 465, Security.IMPLICIT_TLS).trusting().account("bob").password("builder")));
        assertThat(script.perform(new Action.Send("alice@mailsim.test", "Report", "Nightly report"))).containsExactly("Sent");
        assertThat(world.newestOnServer("alice")).contains("with ESMTPSA");
    }
}
