package org.mailsim.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.live.CredentialMask.HIDDEN;
import static org.mailsim.live.ImapCredentialMaskTest.base64;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Protocol;

class Pop3CredentialMaskTest {
    private final CredentialMask mask = CredentialMask.forProtocol(Protocol.POP3);

    @Test
    void passHidesThePasswordAndTheOkNamesTheUserFromUser() {
        mask.serverLine("+OK POP3 server ready <1896.697170952@mailsim.test>");
        assertThat(mask.clientLine("USER alice")).isEqualTo("USER alice");
        mask.serverLine("+OK alice is welcome here");
        assertThat(mask.clientLine("PASS wonderland")).isEqualTo("PASS " + HIDDEN);
        mask.serverLine("+OK alice's maildrop has 2 messages");
        assertThat(mask.account()).contains("alice");
        assertThat(mask.clientLine("STAT")).isEqualTo("STAT");
    }

    @Test
    void passHidesAPasswordWithSpacesWhole() {
        assertThat(mask.clientLine("pass my secret words")).isEqualTo("pass " + HIDDEN);
    }

    @Test
    void aRefusedPassNamesNoAccount() {
        mask.serverLine("+OK ready");
        mask.clientLine("USER alice");
        mask.serverLine("+OK");
        mask.clientLine("PASS wrong");
        mask.serverLine("-ERR [AUTH] invalid user name or password");
        assertThat(mask.account()).isEmpty();
    }

    @Test
    void pipelinedCapaUserPassAreAnsweredInOrder() {
        mask.serverLine("+OK ready");
        mask.clientLine("CAPA");
        mask.clientLine("USER alice");
        assertThat(mask.clientLine("PASS wonderland")).isEqualTo("PASS " + HIDDEN);
        mask.serverLine("+OK Capability list follows");
        mask.serverLine("USER");
        mask.serverLine("SASL PLAIN");
        mask.serverLine(".");
        mask.serverLine("+OK");
        assertThat(mask.account()).isEmpty();
        mask.serverLine("+OK maildrop locked");
        assertThat(mask.account()).contains("alice");
    }

    @Test
    void authPlainHidesTheInitialResponse() {
        assertThat(mask.clientLine("AUTH PLAIN " + base64("\0bob\0bob"))).isEqualTo("AUTH PLAIN " + HIDDEN);
        mask.serverLine("+OK bob's maildrop has 1 message");
        assertThat(mask.account()).contains("bob");
    }

    @Test
    void authPlainHidesTheResponseAfterTheContinuationRequest() {
        mask.serverLine("+OK ready");
        mask.clientLine("AUTH");
        mask.serverLine("+OK SASL mechanisms follow");
        mask.serverLine("PLAIN");
        mask.serverLine(".");
        assertThat(mask.clientLine("AUTH PLAIN")).isEqualTo("AUTH PLAIN");
        mask.serverLine("+ ");
        assertThat(mask.clientLine(base64("\0alice\0wonderland"))).isEqualTo(HIDDEN);
        mask.serverLine("+OK maildrop locked");
        assertThat(mask.account()).contains("alice");
    }

    @Test
    void aCancelledAuthShowsTheStarAndTheNextCommand() {
        mask.clientLine("AUTH PLAIN");
        mask.serverLine("+");
        assertThat(mask.clientLine("*")).isEqualTo("*");
        mask.serverLine("-ERR authentication cancelled");
        assertThat(mask.clientLine("USER alice")).isEqualTo("USER alice");
        assertThat(mask.account()).isEmpty();
    }

    @Test
    void apopShowsTheDigestBecauseThePasswordNeverCrossesTheWire() {
        mask.serverLine("+OK ready <1896.697170952@mailsim.test>");
        assertThat(mask.clientLine("APOP alice c4c9334bac560ecc979e58001b3e22fb"))
                .isEqualTo("APOP alice c4c9334bac560ecc979e58001b3e22fb");
        mask.serverLine("+OK maildrop locked");
        assertThat(mask.account()).contains("alice");
    }
}
