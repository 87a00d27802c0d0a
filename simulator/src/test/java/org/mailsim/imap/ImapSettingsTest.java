package org.mailsim.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Settings keep the RFC's limits, and the failed-login delay is really waited. */
class ImapSettingsTest {

    @Test
    void defaultsFollowTheRfcAndDovecot() {
        ImapSettings defaults = ImapSettings.defaults();
        assertThat(defaults.autologout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.idleTimeout()).isGreaterThanOrEqualTo(defaults.autologout());
        assertThat(defaults.authFailureDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(defaults.maxLiteralSize()).isEqualTo(50L * 1024 * 1024);
        assertThat(defaults.maxBadCommands()).isEqualTo(20);
    }

    @Test
    void autologoutShorterThanThirtyMinutesIsRefused() {
        ImapSettings d = ImapSettings.defaults();
        assertThatThrownBy(() -> new ImapSettings(Duration.ofMinutes(29), d.idleTimeout(), d.authFailureDelay(),
                d.maxLiteralSize(), d.maxCommandText(), d.maxBadCommands(), d.serverName()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("§5.4");
        assertThatThrownBy(() -> new ImapSettings(d.autologout(), Duration.ofMinutes(10), d.authFailureDelay(),
                d.maxLiteralSize(), d.maxCommandText(), d.maxBadCommands(), d.serverName()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failedLoginIsAnsweredOnlyAfterTheDelay() {
        var server = new ImapHarness(ImapSettings.defaults().withAuthFailureDelay(Duration.ofMillis(150)));
        var imap = server.tls("laptop");
        long start = System.nanoTime();
        assertThat(imap.send("a1 LOGIN alice nope")).containsExactly("a1 NO [AUTHENTICATIONFAILED] Authentication failed.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(imap.send("a2 LOGIN alice wonderland")).last().asString().startsWith("a2 OK");
    }
}
