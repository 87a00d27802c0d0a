package org.mailsim.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailsim.live.CredentialMask.HIDDEN;
import static org.mailsim.live.ImapCredentialMaskTest.base64;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailsim.net.Security;
import org.mailsim.store.Account;
import org.mailsim.store.Flags;
import org.mailsim.store.MailStore;
import org.mailsim.store.RawMessage;
import org.mailsim.wire.ConnectionTap;
import org.mailsim.wire.Direction;
import org.mailsim.wire.TlsRecordType;
import org.mailsim.wire.TlsRecords;
import org.mailsim.wire.TranscriptItem;
import org.mailsim.wire.Wiretap;

/** The live view's model, fed byte by byte through a wiretap as the TCP listeners feed it. */
class LiveMonitorTest {
    private final Clock clock = Clock.systemUTC();
    private final Wiretap wiretap = new Wiretap(clock);
    private final MailStore store = MailStore.live(clock);
    private LiveMonitor monitor;

    @AfterEach
    void close() {
        if (monitor != null) monitor.close();
    }

    private LiveMonitor follow(LiveLimits limits) {
        store.addAccount(new Account("alice", "wonderland", "alice@mailsim.test", 0));
        monitor = LiveMonitor.follow(wiretap, store, limits);
        return monitor;
    }

    @Test
    void aPop3LoginShowsItsLinesWithThePasswordHiddenAndNamesTheAccount() {
        follow(LiveLimits.DEFAULTS);
        ConnectionTap c = wiretap.open("c1", "192.168.1.20:50123", 110, 1110, Security.STARTTLS);
        server(c, "+OK POP3 ready\r\n");
        client(c, "USER al");
        client(c, "ice\r\nPASS wonder"); // TCP cuts lines anywhere
        client(c, "land\r\n");
        server(c, "+OK\r\n+OK maildrop locked\r\n");

        LiveConnection connection = monitor.snapshot().connections().getFirst();
        assertThat(connection.info().remote()).isEqualTo("192.168.1.20:50123");
        assertThat(connection.account()).isEqualTo("alice");
        assertThat(connection.tlsActive()).isFalse();
        assertThat(connection.lines()).extracting(LiveLine::text)
                .containsExactly("+OK POP3 ready", "USER alice", "PASS " + HIDDEN, "+OK", "+OK maildrop locked");
        LiveLine pass = connection.lines().get(2);
        assertThat(pass.masked()).isTrue();
        assertThat(pass.shown(false)).isEqualTo("PASS " + HIDDEN);
        assertThat(pass.shown(true)).isEqualTo("PASS wonderland");
    }

    @Test
    void subscribersHearEachLineAsItCompletesAndTheLogin() {
        follow(LiveLimits.DEFAULTS);
        List<LiveEvent> events = new CopyOnWriteArrayList<>();
        monitor.subscribe(monitor.snapshot().version(), events::add).orElseThrow();
        ConnectionTap c = wiretap.open("c1", "127.0.0.1:50000", 587, 1587, Security.STARTTLS);
        server(c, "220 localhost ESMTP\r\n");
        client(c, "AUTH PLAIN " + base64("\0alice\0wonderland") + "\r\n");
        server(c, "235 2.7.0 Authentication successful\r\n");

        assertThat(events).first().isInstanceOf(LiveEvent.ConnectionChanged.class);
        List<String> streamed = events.stream().filter(e -> e instanceof LiveEvent.LinesAdded)
                .flatMap(e -> ((LiveEvent.LinesAdded) e).lines().stream()).map(LiveLine::text).toList();
        assertThat(streamed).containsExactly("220 localhost ESMTP", "AUTH PLAIN " + HIDDEN, "235 2.7.0 Authentication successful");
        assertThat(events).last().isEqualTo(new LiveEvent.ConnectionChanged(events.getLast().version(),
                wiretap.connection("c1").orElseThrow().info(), "alice", false));
        assertThat(events).extracting(LiveEvent::version).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void tlsRecordsAreKeptByTypeAndLengthAndTheDecryptedLinesMarked() {
        follow(LiveLimits.DEFAULTS);
        ConnectionTap c = wiretap.open("c1", "127.0.0.1:50001", 993, 1993, Security.IMPLICIT_TLS);
        c.tlsWire(Direction.CLIENT_TO_SERVER, TlsRecords.record(22, 40));
        c.tlsWire(Direction.SERVER_TO_CLIENT, TlsRecords.record(22, 90));
        c.decrypted(Direction.CLIENT_TO_SERVER, bytes("a1 LOGIN alice wonderland\r\n"));

        LiveConnection connection = monitor.snapshot().connections().getFirst();
        assertThat(connection.tlsActive()).isTrue();
        LiveLine hello = connection.lines().getFirst();
        assertThat(hello.kind()).isEqualTo(TranscriptItem.Kind.TLS_RECORD);
        assertThat(hello.recordType()).isEqualTo(TlsRecordType.HANDSHAKE);
        assertThat(hello.length()).isEqualTo(45);
        assertThat(hello.text()).isEmpty();
        assertThat(connection.lines().getLast().text()).isEqualTo("a1 LOGIN alice " + HIDDEN);
    }

    @Test
    void keepsTheMostRecentLinesAndClosedConnectionsWithinItsLimits() {
        follow(new LiveLimits(2, 3, 10_000, 20, 100, 4));
        List<LiveEvent> events = new CopyOnWriteArrayList<>();
        monitor.subscribe(0, events::add).orElseThrow();
        for (int i = 1; i <= 4; i++) {
            ConnectionTap c = wiretap.open("c" + i, "127.0.0.1:" + (50000 + i), 143, 1143, Security.STARTTLS);
            for (int n = 1; n <= 5; n++) client(c, "a" + n + " NOOP " + "x".repeat(30) + "\r\n");
            c.closed("client sent LOGOUT");
        }
        LiveSnapshot snapshot = monitor.snapshot();
        assertThat(snapshot.connections()).extracting(LiveConnection::id).containsExactly("c3", "c4");
        LiveConnection last = snapshot.connections().getLast();
        assertThat(last.info().isOpen()).isFalse();
        assertThat(last.omittedLines()).isEqualTo(2);
        assertThat(last.lines()).extracting(LiveLine::text)
                .containsExactly("a3 NOOP " + "x".repeat(12) + "…", "a4 NOOP " + "x".repeat(12) + "…", "a5 NOOP " + "x".repeat(12) + "…");
        assertThat(events).contains(new LiveEvent.ConnectionForgotten(events.stream()
                .filter(e -> e instanceof LiveEvent.ConnectionForgotten).findFirst().orElseThrow().version(), "c1"));
    }

    @Test
    void aSubscriberTooFarBehindIsToldToStartAgainAndViewersAreCapped() {
        follow(new LiveLimits(10, 10, 10_000, 100, 3, 2));
        ConnectionTap c = wiretap.open("c1", "127.0.0.1:50000", 143, 1143, Security.STARTTLS);
        for (int n = 1; n <= 5; n++) client(c, "a" + n + " NOOP\r\n");
        long now = monitor.snapshot().version();

        List<LiveEvent> behind = new CopyOnWriteArrayList<>();
        monitor.subscribe(1, behind::add).orElseThrow();
        assertThat(behind).containsExactly(new LiveEvent.Reset(now));

        List<LiveEvent> recent = new CopyOnWriteArrayList<>();
        monitor.subscribe(now - 2, recent::add).orElseThrow();
        assertThat(recent).extracting(LiveEvent::version).containsExactly(now - 1, now);

        assertThat(monitor.subscribe(now, e -> { })).as("a third viewer is over the cap of 2").isEmpty();
    }

    @Test
    void storeChangesArriveAsOneSnapshotAfterTheySettle() throws Exception {
        follow(LiveLimits.DEFAULTS);
        List<LiveEvent> events = new CopyOnWriteArrayList<>();
        monitor.subscribe(0, events::add).orElseThrow();
        for (int i = 1; i <= 5; i++) {
            store.append("alice", "INBOX", RawMessage.ofText("Subject: " + i + "\n\nbody\n"), Flags.NONE, clock.instant(), "c1");
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (events.stream().noneMatch(e -> e instanceof LiveEvent.StoreChanged s && inbox(s).size() == 5)) {
            assertThat(System.nanoTime()).as("store update within 5 s").isLessThan(deadline);
            Thread.sleep(20);
        }
        assertThat(events.stream().filter(e -> e instanceof LiveEvent.StoreChanged).count()).isLessThanOrEqualTo(2);
        assertThat(monitor.snapshot().store().account("alice").orElseThrow().folder("INBOX").orElseThrow().exists()).isEqualTo(5);
    }

    private static List<Long> inbox(LiveEvent.StoreChanged changed) {
        return changed.store().account("alice").orElseThrow().folder("INBOX").orElseThrow().uids();
    }

    private static void client(ConnectionTap c, String text) {
        c.cleartext(Direction.CLIENT_TO_SERVER, bytes(text));
    }

    private static void server(ConnectionTap c, String text) {
        c.cleartext(Direction.SERVER_TO_CLIENT, bytes(text));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
