package org.mailsim.scenario.device.imap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.imap.ImapSettings;
import org.mailsim.scenario.Action;
import org.mailsim.store.RawMessage;
import org.mailsim.wire.Direction;
import org.mailsim.wire.Layer;

/**
 * RFC 2177 §3: an app in IDLE ends it and sends it again every 29 minutes, inside the server's
 * autologout timer (at least 30 minutes, RFC 3501 §5.4). One that never does is logged out.
 */
class ImapAppIdleRenewalTest {
    private static final Duration TWO_HOURS = Duration.ofHours(2);

    private final ImapAppFixture fixture = new ImapAppFixture();
    private final ImapApp laptop = fixture.app("laptop");

    @Test
    void anAppInIdleRenewsItEveryTwentyNineMinutesAndStillHearsNewMailTwoHoursLater() {
        laptop.perform(new Action.WaitForPush());
        int before = fixture.commandsOf("laptop").size();

        assertThat(fixture.passTime(TWO_HOURS, laptop)).isEmpty();

        assertThat(fixture.commandsOf("laptop").subList(before - 1, fixture.commandsOf("laptop").size()))
                .containsExactly("IDLE", "DONE", "IDLE", "DONE", "IDLE", "DONE", "IDLE", "DONE", "IDLE"); // at 29, 58, 87, 116 min
        List<Instant> idles = whenSent(" IDLE");
        List<Instant> dones = whenSent("DONE");
        for (int i = 0; i < dones.size(); i++) {
            assertThat(Duration.between(idles.get(i), dones.get(i))).isEqualTo(Push.RENEW_IDLE_AFTER);
        }
        assertThat(fixture.receivedBy("laptop")).filteredOn(line -> line.endsWith("OK Idle completed")).hasSize(4);

        fixture.server.store().deliver("alice", RawMessage.ofText("Subject: Still there?\n\nTwo hours later.\n"), null);

        assertThat(laptop.settle()).containsExactly("1 new message");
        assertThat(fixture.receivedBy("laptop")).contains("* 4 EXISTS").noneMatch(line -> line.startsWith("* BYE"));
        assertThat(laptop.view().connection()).startsWith("connected");
        assertThat(fixture.connections("laptop")).hasSize(1);
    }

    @Test
    void anAppThatNeverRenewsIdleIsLoggedOutByTheServerAfterItsTimeout() {
        laptop.neverRenewIdle();
        laptop.perform(new Action.WaitForPush());

        assertThat(fixture.passTime(TWO_HOURS, laptop)).isEmpty();

        assertThat(fixture.commandsOf("laptop")).last().isEqualTo("IDLE");
        assertThat(fixture.receivedBy("laptop")).last().isEqualTo("* BYE Disconnected for inactivity");
        Duration silence = Duration.between(whenSent(" IDLE").getLast(), whenReceived("* BYE").getLast());
        assertThat(silence).isEqualTo(ImapSettings.defaults().idleTimeout())
                .isGreaterThanOrEqualTo(ImapSettings.MINIMUM_AUTOLOGOUT) // RFC 3501 §5.4
                .isGreaterThan(Push.RENEW_IDLE_AFTER); // so a renewing app is never cut off

        assertThat(laptop.settle()).containsExactly("The server closed the connection");
        assertThat(laptop.view().connection()).isEqualTo("not connected");
        fixture.server.store().deliver("alice", RawMessage.ofText("Subject: Lost\n\nNobody hears this.\n"), null);
        assertThat(fixture.receivedBy("laptop")).doesNotContain("* 4 EXISTS");
    }

    @Test
    void aLearnersTypedIdleIsTheirsToEnd() {
        laptop.perform(ImapAppFixture.checkMail());
        laptop.type("t1 IDLE");

        fixture.passTime(Duration.ofMinutes(29), laptop);

        assertThat(fixture.sentBy("laptop")).last().isEqualTo("t1 IDLE");
    }

    private List<Instant> whenSent(String text) {
        return when(Direction.CLIENT_TO_SERVER, text);
    }

    private List<Instant> whenReceived(String text) {
        return when(Direction.SERVER_TO_CLIENT, text);
    }

    /** When the lines containing {@code text} went by, as the endpoints saw them (inside TLS). */
    private List<Instant> when(Direction direction, String text) {
        return fixture.connections("laptop").stream().flatMap(c -> c.exchanges().stream())
                .filter(e -> e.direction() == direction && e.layer() != Layer.TLS_RECORD)
                .filter(e -> new String(e.bytes(), StandardCharsets.UTF_8).contains(text))
                .map(e -> e.timestamp()).toList();
    }
}
