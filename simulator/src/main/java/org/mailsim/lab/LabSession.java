package org.mailsim.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mailsim.net.ClientTls;
import org.mailsim.net.TlsKeyLog;
import org.mailsim.net.Security;
import org.mailsim.net.ServicePort;
import org.mailsim.net.VirtualClock;
import org.mailsim.scenario.SimulatedServer;
import org.mailsim.store.DemoMail;
import org.mailsim.store.MailStore;
import org.mailsim.store.StoreDiff;
import org.mailsim.store.StoreSnapshot;
import org.mailsim.wire.Retention;
import org.mailsim.wire.TappedConnection;
import org.mailsim.wire.Wiretap;

/**
 * One run of a sandbox, from its start or reset to the next: the server (the demo mail, the
 * engines on every port of a virtual network, a wiretap), the two panes, the console journal and
 * the exercises done. Not thread-safe: {@link Sandbox} calls it under its lock.
 *
 * <p>The virtual network runs the server on the caller's thread: when a pane's line has been
 * written, the answer, and anything it made the server push to the other pane (an untagged
 * EXPUNGE, an IDLE update), are already waiting. {@link #settle} has each pane's client read what
 * reached it and turns the wiretap's record of it into console lines.
 */
final class LabSession {
    private final VirtualClock clock;
    private final SimulatedServer server;
    private final ClientTls clientTls;
    private final TlsKeyLog keyLog = new TlsKeyLog();
    private final ConsoleFeed feed = new ConsoleFeed();
    private final Map<String, Pane> panes = new LinkedHashMap<>();
    private final Journal journal;
    private final Set<String> done = new LinkedHashSet<>();
    private final Instant started;
    private StoreSnapshot shown;

    LabSession(LabLimits limits, Instant now) {
        clock = new VirtualClock(now);
        MailStore store = MailStore.deterministic(clock).limitMessagesPerAccount(limits.messagesPerAccount());
        DemoMail.seed(store, limits.bytesPerAccount());
        Wiretap wiretap = new Wiretap(clock, new Retention(limits.connectionsKept(), limits.bytesPerConnection()));
        wiretap.addListener(feed);
        server = new SimulatedServer(clock, store, wiretap, false);
        clientTls = ClientTls.trusting(server.certificate(), SimulatedServer.HOSTNAME).withKeyLog(keyLog);
        for (String name : Sandbox.PANES) panes.put(name, new Pane(name));
        journal = new Journal(limits.journalLines());
        shown = store.snapshot();
        started = now.truncatedTo(ChronoUnit.SECONDS); // as internal dates are (RFC 3501 §2.3.3)
    }

    /**
     * The virtual clock follows the wall clock, so dates in the mail are real; idle timers are
     * never run (a student may think for minutes), the sandbox's own expiry takes their place.
     */
    void catchUp(Instant now) {
        Duration behind = Duration.between(clock.instant(), now);
        if (behind.isPositive()) clock.advance(behind);
    }

    void connect(String pane, ServicePort service, List<ConsoleLine> out) {
        Pane p = pane(pane);
        if (p.connected()) hangUp(p, out, "closed to connect again");
        try {
            p.attach(service, server.connect(p.name(), service.port()));
        } catch (IOException e) {
            note(out, p, null, service, "[could not connect: " + e.getMessage() + "]");
            return;
        }
        note(out, p, p.connectionId(), service, "[connected to " + SimulatedServer.HOSTNAME + " port " + service.port() + ", "
                + Pane.describe(service) + "; connection " + p.connectionId() + "]");
        settle(out);
        if (service.security() == Security.IMPLICIT_TLS) handshake(p, out); // RFC 8314 §3.2: TLS first
    }

    void send(String pane, String text, List<ConsoleLine> out) {
        Pane p = pane(pane);
        if (!p.connected()) {
            note(out, p, null, p.service(), "[not connected: pick a connection and press Connect first]");
            return;
        }
        List<String> lines = List.of(text.split("\r?\n", -1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String line : lines) bytes.writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        boolean command = p.view().literalLeft() == 0 && !p.view().awaitingSasl(); // not a literal or SASL response
        try {
            p.connection().sendRaw(bytes.toByteArray());
        } catch (IOException e) {
            note(out, p, p.connectionId(), p.service(), "[not sent: " + e.getMessage() + "]");
            return;
        }
        if (command) p.sent();
        int from = out.size();
        settle(out);
        List<String> answers = out.subList(from, out.size()).stream()
                .filter(l -> l.fromServer() && p.connected() && p.connectionId().equals(l.connectionId()))
                .map(ConsoleLine::text).toList();
        if (p.connected() && lines.stream().anyMatch(l -> TlsUpgrade.accepted(p.service().protocol(), l, answers))) {
            handshake(p, out);
        }
    }

    void disconnect(String pane, List<ConsoleLine> out) {
        Pane p = pane(pane);
        if (p.connected()) hangUp(p, out, "you closed it");
    }

    /** Each pane's client reads what reached it; the wiretap's record of it becomes console lines. */
    void settle(List<ConsoleLine> out) {
        for (Pane p : panes.values()) {
            if (!p.connected()) continue;
            try {
                p.connection().readAvailable();
            } catch (IOException e) {
                // TLS failed mid-way: the server has closed, and the check below says so.
            }
        }
        for (ConsoleLine line : feed.take()) {
            Pane p = panes.get(line.pane());
            if (p != null && line.connectionId().equals(p.connectionId())) p.view().onLine(line);
            out.add(record(line));
        }
        for (Pane p : panes.values()) {
            if (p.connected() && server.network().stateName(p.connectionId()).isEmpty()) {
                String closedId = p.connectionId();
                note(out, p, closedId, p.service(), "[connection " + closedId + " closed: " + feed.closeReason(closedId) + "]");
                p.detach();
            }
        }
    }

    /** What an action changed: its lines, the panes, the mailbox if it changed, the exercises done so far. */
    LabUpdate update(List<ConsoleLine> out) {
        StoreSnapshot now = server.store().snapshot();
        StoreDiff diff = StoreDiff.between(shown, now);
        LabUpdate.Mailbox mailbox = diff.isEmpty() ? null : new LabUpdate.Mailbox(shown, now, diff);
        shown = now;
        done.addAll(Exercises.newlyDone(new Exercises.Evidence(journal.conversations(), now, started), done));
        return new LabUpdate(false, out, paneStates(), mailbox, List.copyOf(done));
    }

    /** Everything to draw afresh: every console line kept, the panes, the mailbox, the exercises done. */
    LabUpdate picture() {
        return new LabUpdate(true, journal.lines(), paneStates(), new LabUpdate.Mailbox(shown, shown, new StoreDiff(List.of())),
                List.copyOf(done));
    }

    /** The devices' TLS session secrets, for Wireshark to decrypt the capture ({@link TlsKeyLog}). */
    String tlsKeys() {
        return keyLog.text();
    }

    List<TappedConnection> connections() {
        return server.wiretap().connections();
    }

    void closeAll() {
        for (Pane p : panes.values()) p.detach();
    }

    private Pane pane(String name) {
        Pane p = panes.get(name);
        if (p == null) throw new IllegalArgumentException("no such pane: " + name + " (there are " + Sandbox.PANES + ")");
        return p;
    }

    private ConsoleLine record(ConsoleLine line) {
        journal.add(line);
        return line;
    }

    private void note(List<ConsoleLine> out, Pane p, String connectionId, ServicePort service, String text) {
        out.add(record(ConsoleLine.note(p.name(), connectionId, service, text)));
    }

    private void handshake(Pane p, List<ConsoleLine> out) {
        try {
            note(out, p, p.connectionId(), p.service(), p.startTls(clientTls));
        } catch (IOException e) {
            // The same words the server's side and the live view use (net/TlsFailure).
            note(out, p, p.connectionId(), p.service(),
                    "[" + org.mailsim.net.TlsFailure.HANDSHAKE_FAILED + org.mailsim.net.TlsFailure.clientSide(e, SimulatedServer.HOSTNAME) + "]");
        }
        settle(out);
    }

    private void hangUp(Pane p, List<ConsoleLine> out, String why) {
        String closedId = p.connectionId();
        ServicePort service = p.service();
        p.detach();
        settle(out);
        note(out, p, closedId, service, "[connection " + closedId + " closed: " + why + "]");
    }

    private List<PaneState> paneStates() {
        return panes.values().stream()
                .map(p -> p.state(p.connected() ? server.network().stateName(p.connectionId()) : Optional.empty())).toList();
    }
}
