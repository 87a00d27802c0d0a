package org.mailsim.pop3;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Security;
import org.mailsim.net.SessionDriver;
import org.mailsim.smtp.Smtp;
import org.mailsim.smtp.SmtpSettings;
import org.mailsim.store.StoreEvent;

/** Bob sends over submission, Alice downloads and deletes over POP3; the store tells every listener. */
class SmtpToPop3RoundTripTest {

    private final Pop3Fixture world = new Pop3Fixture();
    private final List<StoreEvent> events = new ArrayList<>();

    @Test
    void messageTravelsFromSmtpToPop3AndItsDeletionIsAnExpunge() {
        world.store.listen("alice", events::add);
        SessionDriver smtp = SessionDriver.open(Smtp.sessions(world.store, SmtpSettings.defaults().withAuthFailureDelay(Duration.ZERO)),
                SessionDriver.context(587, Security.STARTTLS, false));
        smtp.send("EHLO laptop.example", "STARTTLS", "EHLO laptop.example");
        String credentials = Base64.getEncoder().encodeToString("\0bob\0builder".getBytes(StandardCharsets.UTF_8));
        assertThat(smtp.send("AUTH PLAIN " + credentials)).containsExactly("235 2.7.0 Authentication successful");
        assertThat(smtp.send("MAIL FROM:<bob@mailsim.test>", "RCPT TO:<alice@mailsim.test>", "DATA",
                "Subject: dots", "", "..starts with a dot", ".", "QUIT"))
                .containsExactly("250 2.1.0 Ok", "250 2.1.5 Ok", "354 End data with <CR><LF>.<CR><LF>",
                        "250 2.0.0 Ok: queued as c1.1", "221 2.0.0 Bye");
        assertThat(events).singleElement().isInstanceOf(StoreEvent.MessageAdded.class);
        // In the store the line is unstuffed (RFC 5321 §4.5.2) ...
        assertThat(new String(world.store.folder("alice", "INBOX").messages().get(0).raw().toByteArray(), StandardCharsets.UTF_8))
                .endsWith("\r\nSubject: dots\r\n\r\n.starts with a dot\r\n");

        SessionDriver pop = world.alice();
        // ... and on the way out POP3 stuffs it again (RFC 1939 §3).
        assertThat(pop.send("RETR 1")).endsWith("Subject: dots", "", "..starts with a dot", ".");
        pop.send("DELE 1", "QUIT");
        assertThat(events).hasSize(2);
        assertThat(events.get(1)).isInstanceOfSatisfying(StoreEvent.MessagesExpunged.class,
                e -> assertThat(e.uids()).containsExactly(1L));
    }
}
