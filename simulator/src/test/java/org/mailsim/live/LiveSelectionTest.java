package org.mailsim.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailsim.net.Security;
import org.mailsim.store.Account;
import org.mailsim.store.MailStore;
import org.mailsim.wire.ConnectionTap;
import org.mailsim.wire.Direction;
import org.mailsim.wire.Wiretap;

/** A class of 30 phones on the live view: one account's or one device's connections, newest first, a page at a time. */
class LiveSelectionTest {
    private final Wiretap wiretap = new Wiretap(Clock.systemUTC());
    private final MailStore store = MailStore.live(Clock.systemUTC());
    private LiveMonitor monitor;

    @AfterEach
    void close() {
        if (monitor != null) monitor.close();
    }

    /** Thirty phones, 192.168.1.101 … .130, each logging in as its student over POP3; phone 7 twice. */
    private List<ConnectionTap> classOfThirty() {
        for (int n = 1; n <= 30; n++) store.addAccount(new Account(String.format("student%02d", n), "pw", "s" + n + "@mailsim.test", 0));
        monitor = LiveMonitor.follow(wiretap, store, LiveLimits.DEFAULTS);
        List<ConnectionTap> taps = new ArrayList<>();
        for (int n = 1; n <= 30; n++) taps.add(login("c" + n, "192.168.1." + (100 + n) + ":5" + n, String.format("student%02d", n)));
        taps.add(login("c31", "192.168.1.107:6000", "student07"));
        return taps;
    }

    private ConnectionTap login(String id, String remote, String login) {
        ConnectionTap c = wiretap.open(id, remote, 110, 1110, Security.STARTTLS);
        c.cleartext(Direction.SERVER_TO_CLIENT, "+OK ready\r\n".getBytes(StandardCharsets.US_ASCII));
        c.cleartext(Direction.CLIENT_TO_SERVER, ("USER " + login + "\r\nPASS pw\r\n").getBytes(StandardCharsets.US_ASCII));
        c.cleartext(Direction.SERVER_TO_CLIENT, "+OK\r\n+OK maildrop locked\r\n".getBytes(StandardCharsets.US_ASCII));
        return c;
    }

    @Test
    void newestFirstTenToAPage() {
        classOfThirty();
        var all = monitor.snapshot().connections();
        var first = LiveSelection.ALL.select(all);
        assertThat(first.matching()).isEqualTo(31);
        assertThat(first.pages()).isEqualTo(4);
        assertThat(first.connections()).extracting(LiveConnection::id).startsWith("c31", "c30").hasSize(10);
        var last = new LiveSelection("", "", 4).select(all);
        assertThat(last.connections()).extracting(LiveConnection::id).containsExactly("c1");
        assertThat(new LiveSelection("", "", 99).select(all).page()).as("past the end shows the last page").isEqualTo(4);
    }

    @Test
    void oneAccountOrOneDeviceOnly() {
        classOfThirty();
        var all = monitor.snapshot().connections();
        assertThat(new LiveSelection("student07", "", 1).select(all).connections()).extracting(LiveConnection::id)
                .containsExactly("c31", "c7");
        assertThat(new LiveSelection("", "192.168.1.112", 1).select(all).connections()).extracting(LiveConnection::id)
                .containsExactly("c12");
        assertThat(new LiveSelection("student07", "192.168.1.112", 1).select(all).matching()).isZero();
        assertThat(LiveSelection.device("[::1]:50123")).isEqualTo("::1");
        assertThat(LiveSelection.device("127.0.0.1:50123")).isEqualTo("127.0.0.1");
    }

    @Test
    void clearForgetsTheClosedConnectionsAndTellsEveryViewer() {
        List<ConnectionTap> taps = classOfThirty();
        List<LiveEvent> events = new CopyOnWriteArrayList<>();
        monitor.subscribe(monitor.snapshot().version(), events::add).orElseThrow();
        for (int n = 0; n < 20; n++) taps.get(n).closed("client said QUIT");

        assertThat(monitor.clearClosed()).isEqualTo(20);
        assertThat(monitor.snapshot().connections()).hasSize(11).allSatisfy(c -> assertThat(c.info().isOpen()).isTrue());
        assertThat(events.stream().filter(e -> e instanceof LiveEvent.ConnectionForgotten).count()).isEqualTo(20);
        assertThat(monitor.clearClosed()).isZero();
    }
}
