package org.mailsim.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.live.CredentialMask.HIDDEN;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.mailsim.net.Protocol;

class ImapCredentialMaskTest {
    private final CredentialMask mask = CredentialMask.forProtocol(Protocol.IMAP);

    @Test
    void loginHidesThePasswordAtomAndNamesTheAccountOnOk() {
        mask.serverLine("* OK [CAPABILITY IMAP4rev1] mailsim ready");
        assertThat(mask.clientLine("a1 LOGIN alice wonderland")).isEqualTo("a1 LOGIN alice " + HIDDEN);
        assertThat(mask.account()).isEmpty();
        mask.serverLine("a1 OK LOGIN completed");
        assertThat(mask.account()).contains("alice");
        assertThat(mask.clientLine("a2 SELECT INBOX")).isEqualTo("a2 SELECT INBOX");
    }

    @Test
    void loginHidesAQuotedPasswordWithSpacesAndKeepsAQuotedUser() {
        assertThat(mask.clientLine("A1 login \"alice\" \"my \\\"secret\\\" pass\""))
                .isEqualTo("A1 login \"alice\" " + HIDDEN);
        mask.serverLine("A1 OK done");
        assertThat(mask.account()).contains("alice");
    }

    @Test
    void loginHidesAPasswordSentAsALiteral() {
        assertThat(mask.clientLine("a1 LOGIN alice {10}")).isEqualTo("a1 LOGIN alice {10}");
        mask.serverLine("+ Ready for literal data");
        assertThat(mask.clientLiteral("wonderland")).isEqualTo(HIDDEN);
        assertThat(mask.clientLine("")).isEqualTo("");
        mask.serverLine("a1 OK LOGIN completed");
        assertThat(mask.account()).contains("alice");
    }

    @Test
    void loginWithBothArgumentsAsNonSynchronizingLiteralsShowsOnlyTheUser() {
        assertThat(mask.clientLine("a1 LOGIN {5+}")).isEqualTo("a1 LOGIN {5+}");
        assertThat(mask.clientLiteral("alice")).isEqualTo("alice");
        assertThat(mask.clientLine(" {10+}")).isEqualTo(" {10+}");
        assertThat(mask.clientLiteral("wonderland")).isEqualTo(HIDDEN);
        assertThat(mask.clientLine("")).isEqualTo("");
        mask.serverLine("a1 OK LOGIN completed");
        assertThat(mask.account()).contains("alice");
        assertThat(mask.clientLine("a2 APPEND INBOX {12}")).isEqualTo("a2 APPEND INBOX {12}");
        assertThat(mask.clientLiteral("Subject: hi\n")).isEqualTo("Subject: hi\n");
    }

    @Test
    void aLiteralGluedToThePasswordIsHiddenToo() {
        assertThat(mask.clientLine("a1 LOGIN alice pass{4}")).isEqualTo("a1 LOGIN alice " + HIDDEN);
        assertThat(mask.clientLiteral("word")).isEqualTo(HIDDEN);
    }

    @Test
    void aRefusedLoginNamesNoAccount() {
        assertThat(mask.clientLine("a1 LOGIN alice wrong")).isEqualTo("a1 LOGIN alice " + HIDDEN);
        mask.serverLine("a1 NO [AUTHENTICATIONFAILED] Authentication failed.");
        assertThat(mask.account()).isEmpty();
    }

    @Test
    void loginPipelinedWithTheNextCommandHidesOnlyThePassword() {
        assertThat(mask.clientLine("a1 LOGIN alice wonderland")).isEqualTo("a1 LOGIN alice " + HIDDEN);
        assertThat(mask.clientLine("a2 SELECT INBOX")).isEqualTo("a2 SELECT INBOX");
        mask.serverLine("a1 OK LOGIN completed");
        assertThat(mask.account()).contains("alice");
    }

    @Test
    void authenticatePlainHidesTheResponseLineUntilTheTaggedResponse() {
        assertThat(mask.clientLine("a1 AUTHENTICATE PLAIN")).isEqualTo("a1 AUTHENTICATE PLAIN");
        mask.serverLine("+ ");
        assertThat(mask.clientLine(base64("\0alice\0wonderland"))).isEqualTo(HIDDEN);
        mask.serverLine("* CAPABILITY IMAP4rev1 IDLE"); // untagged: the exchange is not over
        mask.serverLine("a1 OK [CAPABILITY IMAP4rev1] Authenticated");
        assertThat(mask.account()).contains("alice");
        assertThat(mask.clientLine("a2 LIST \"\" *")).isEqualTo("a2 LIST \"\" *");
    }

    @Test
    void authenticateHidesASaslIrInitialResponse() {
        assertThat(mask.clientLine("a1 AUTHENTICATE PLAIN " + base64("\0bob\0bob")))
                .isEqualTo("a1 AUTHENTICATE PLAIN " + HIDDEN);
        mask.serverLine("a1 OK Authenticated");
        assertThat(mask.account()).contains("bob");
    }

    @Test
    void authenticateLoginHidesBothBase64LinesThatCarryNoKeyword() {
        assertThat(mask.clientLine("a1 AUTHENTICATE LOGIN")).isEqualTo("a1 AUTHENTICATE LOGIN");
        mask.serverLine("+ VXNlcm5hbWU6");
        assertThat(mask.clientLine(base64("alice"))).isEqualTo(HIDDEN);
        mask.serverLine("+ UGFzc3dvcmQ6");
        assertThat(mask.clientLine(base64("wonderland"))).isEqualTo(HIDDEN);
        mask.serverLine("a1 OK Authenticated");
        assertThat(mask.account()).contains("alice");
    }

    @Test
    void aCancelledAuthenticateShowsTheStarAndEndsAtTheTaggedBad() {
        mask.clientLine("a1 AUTHENTICATE PLAIN");
        mask.serverLine("+ ");
        assertThat(mask.clientLine("*")).isEqualTo("*");
        mask.serverLine("a1 BAD Authentication aborted by client");
        assertThat(mask.account()).isEmpty();
        assertThat(mask.clientLine("a2 CAPABILITY")).isEqualTo("a2 CAPABILITY");
    }

    @Test
    void linesThatOnlyMentionLoginAreLeftAlone() {
        assertThat(mask.clientLine("a1 SEARCH SUBJECT LOGIN")).isEqualTo("a1 SEARCH SUBJECT LOGIN");
        assertThat(mask.clientLine("a2 LOGINX alice secret")).isEqualTo("a2 LOGINX alice secret");
        mask.serverLine("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] LOGIN first");
        assertThat(mask.account()).isEmpty();
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
