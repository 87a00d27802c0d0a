package org.mailsim.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.live.CredentialMask.HIDDEN;
import static org.mailsim.live.ImapCredentialMaskTest.base64;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Protocol;

class SmtpCredentialMaskTest {
    private final CredentialMask mask = CredentialMask.forProtocol(Protocol.SMTP);

    @Test
    void authPlainHidesTheInitialResponseAndTheAccountFollows235() {
        mask.serverLine("220 localhost ESMTP mailsim");
        assertThat(mask.clientLine("EHLO laptop")).isEqualTo("EHLO laptop");
        mask.serverLine("250-localhost");
        mask.serverLine("250-AUTH PLAIN LOGIN");
        mask.serverLine("250 SMTPUTF8");
        assertThat(mask.clientLine("AUTH PLAIN " + base64("\0alice\0wonderland"))).isEqualTo("AUTH PLAIN " + HIDDEN);
        mask.serverLine("235 2.7.0 Authentication successful");
        assertThat(mask.account()).contains("alice");
        assertThat(mask.clientLine("MAIL FROM:<alice@mailsim.test>")).isEqualTo("MAIL FROM:<alice@mailsim.test>");
    }

    @Test
    void authLoginHidesTheUserAndPasswordLinesThatAnswer334() {
        assertThat(mask.clientLine("AUTH LOGIN")).isEqualTo("AUTH LOGIN");
        mask.serverLine("334 VXNlcm5hbWU6");
        assertThat(mask.clientLine(base64("alice"))).isEqualTo(HIDDEN);
        mask.serverLine("334 UGFzc3dvcmQ6");
        assertThat(mask.clientLine(base64("wonderland"))).isEqualTo(HIDDEN);
        mask.serverLine("235 2.7.0 Authentication successful");
        assertThat(mask.account()).contains("alice");
    }

    @Test
    void authLoginWithTheUserAsInitialResponseHidesItToo() {
        assertThat(mask.clientLine("auth login " + base64("bob"))).isEqualTo("auth login " + HIDDEN);
        mask.serverLine("334 UGFzc3dvcmQ6");
        assertThat(mask.clientLine(base64("bob"))).isEqualTo(HIDDEN);
        mask.serverLine("235 2.7.0 Authentication successful");
        assertThat(mask.account()).contains("bob");
    }

    @Test
    void aFailedAuthEndsTheExchangeWithoutAnAccount() {
        mask.clientLine("AUTH PLAIN");
        mask.serverLine("334 ");
        assertThat(mask.clientLine(base64("\0alice\0wrong"))).isEqualTo(HIDDEN);
        mask.serverLine("535 5.7.8 Authentication credentials invalid");
        assertThat(mask.account()).isEmpty();
        assertThat(mask.clientLine("QUIT")).isEqualTo("QUIT");
    }

    @Test
    void aCancelledAuthShowsTheStar() {
        mask.clientLine("AUTH LOGIN");
        mask.serverLine("334 VXNlcm5hbWU6");
        assertThat(mask.clientLine("*")).isEqualTo("*");
        mask.serverLine("501 5.7.0 Authentication aborted");
        assertThat(mask.clientLine("EHLO again")).isEqualTo("EHLO again");
    }

    @Test
    void aMessageLineThatLooksLikeAuthIsMessageText() {
        mask.clientLine("DATA");
        mask.serverLine("354 End data with <CR><LF>.<CR><LF>");
        assertThat(mask.clientLine("AUTH PLAIN this is just a line of the message")).isEqualTo("AUTH PLAIN this is just a line of the message");
        assertThat(mask.clientLine(".")).isEqualTo(".");
        mask.serverLine("250 2.0.0 Ok: queued");
        assertThat(mask.clientLine("AUTH PLAIN " + base64("\0a\0b"))).isEqualTo("AUTH PLAIN " + HIDDEN);
    }
}
