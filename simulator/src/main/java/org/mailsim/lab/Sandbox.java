package org.mailsim.lab;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;

import org.mailsim.net.ClientTls;
import org.mailsim.net.Protocol;
import org.mailsim.net.Security;
import org.mailsim.net.ServicePort;
import org.mailsim.net.VirtualClock;
import org.mailsim.scenario.SimulatedServer;
import org.mailsim.store.DemoMail;
import org.mailsim.store.MailStore;
import org.mailsim.store.StoreDiff;
import org.mailsim.store.StoreSnapshot;
import org.mailsim.wire.ConnectionInfo;
import org.mailsim.wire.Exchange;
import org.mailsim.wire.Layer;
import org.mailsim.wire.Retention;
import org.mailsim.wire.TappedConnection;
import org.mailsim.wire.TranscriptItem;
import org.mailsim.wire.Wiretap;
import org.mailsim.wire.WiretapListener;

/**
 * One visitor's lab: a private mail server (its own store seeded with the demo mail, the real
 * engines listening on every mail port of a virtual network, a wiretap) and two device panes
 * that type raw protocol lines at it.
 *
 * <p>The virtual network runs everything on the caller's thread, so one lock per sandbox is the
 * whole concurrency story: an action (connect, send a line, disconnect) runs under it; the
 * server's answers, and anything the action made the server push to the other pane (an
 * untagged EXPUNGE, an IDLE update), are already waiting when it returns, and are read from the
 * wiretap, published to every browser tab showing the sandbox, and kept in the journal.
 *
 * <p>TLS is done for the student by the pane's client: at once on 993, 995 and 465, and after
 * the server accepts the STARTTLS or STLS the student typed. The console then shows one line,
 * "[TLS handshake: TLS 1.3, certificate CN=mail.mailsim.test]", and what travels inside TLS
 * decrypted, as the endpoints see it.
 */
public final class Sandbox {
    /** The two devices, side by side in the page. */
    public static final List<String> PANES = List.of("phone", "laptop");

    /** What a browser tab showing this sandbox hears. */
    public interface Subscriber {
        void onUpdate(LabUpdate update);

        /** The sandbox is gone (expired, evicted): say why, and stop. */
        void onClosed(String why);
    }

    /** One action under the lock, adding its console lines to {@code out}. */
    @FunctionalInterface
    private interface Action {
        void run(List<ConsoleLine> out);
    }

    private final String id;
    private final LabLimits limits;
    private final Clock wallClock;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final CommandRate rate;
    private volatile Instant lastUsed;

    // Rebuilt by start(), that is on reset; touched only under the lock.
    private VirtualClock clock;
    private SimulatedServer server;
    private ClientTls clientTls;
    private Map<String, Pane> panes;
    private Journal journal;
    private Set<String> done;
    private StoreSnapshot shown;
    private Instant started;
    private final Map<String, List<Exchange>> pending = new LinkedHashMap<>();
    private final Map<String, ConnectionInfo> infos = new LinkedHashMap<>();

    Sandbox(String id, LabLimits limits, Clock wallClock) {
        this.id = id;
        this.limits = limits;
        this.wallClock = wallClock;
        this.lastUsed = wallClock.instant();
        this.rate = new CommandRate(limits.commandsPerSecond(), limits.commandBurst(), lastUsed);
        start();
    }

    /** The unguessable id the browser keeps in its cookie. */
    public String id() {
        return id;
    }

    public Instant lastUsed() {
        return lastUsed;
    }

    /** Takes one command from the sandbox's rate allowance; false when the browser sends too fast. */
    public boolean tryCommand() {
        return rate.tryAcquire(wallClock.instant());
    }

    // ---- browser tabs ---------------------------------------------------------------------

    /**
     * Tells {@code subscriber} the whole picture to draw first (also returned), then every change,
     * in order: both under the lock, so no change can overtake the picture.
     */
    public LabUpdate attach(Subscriber subscriber) {
        lock.lock();
        try {
            LabUpdate picture = new LabUpdate(true, journal.lines(), paneStates(),
                    new LabUpdate.Mailbox(shown, shown, new StoreDiff(List.of())), List.copyOf(done));
            subscriber.onUpdate(picture);
            subscribers.add(subscriber);
            return picture;
        } finally {
            lock.unlock();
        }
    }

    public void detach(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    // ---- what a pane does -----------------------------------------------------------------

    /** Connects the pane to {@code service}'s port, closing its previous connection first. */
    public LabUpdate connect(String pane, ServicePort service) {
        return act(out -> {
            Pane p = pane(pane);
            if (p.connected()) hangUp(p, out, "closed to connect again");
            try {
                p.attach(service, server.connect(p.name(), service.port()));
            } catch (IOException e) {
                note(out, p, null, service, "[could not connect: " + e.getMessage() + "]");
                return;
            }
            note(out, p, p.connectionId(), service, "[connected to " + SimulatedServer.HOSTNAME + " port " + service.port() + ", "
                    + describe(service) + "; connection " + p.connectionId() + "]");
            settle(out);
            if (service.security() == Security.IMPLICIT_TLS) handshake(p, out); // RFC 8314 §3.2: TLS first
        });
    }

    /**
     * Sends what the student typed: each line of {@code text} with CR LF, in one write, as a
     * client sends a command and its literal or a message's lines. Then, if the server accepted
     * a STARTTLS or STLS among them, the pane's client runs the TLS handshake.
     */
    public LabUpdate send(String pane, String text) {
        return act(out -> {
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
        });
    }

    /** The pane's client closes its connection without a goodbye of the protocol's own. */
    public LabUpdate disconnect(String pane) {
        return act(out -> {
            Pane p = pane(pane);
            if (p.connected()) hangUp(p, out, "you closed it");
        });
    }

    /** Back to the start: the demo mail as it was, no connections, no exercises done. */
    public LabUpdate reset() {
        lock.lock();
        try {
            touch();
            for (Pane p : panes.values()) p.detach();
            start();
            LabUpdate update = new LabUpdate(true, List.of(), paneStates(),
                    new LabUpdate.Mailbox(shown, shown, new StoreDiff(List.of())), List.of());
            for (Subscriber s : subscribers) s.onUpdate(update);
            return update;
        } finally {
            lock.unlock();
        }
    }

    /** Every connection the wiretap kept, for the downloads (Markdown, JSON, pcap). */
    public List<TappedConnection> connections() {
        lock.lock();
        try {
            return server.wiretap().connections();
        } finally {
            lock.unlock();
        }
    }

    /** Ends the sandbox: every tab is told why, every connection closed. */
    void close(String why) {
        lock.lock();
        try {
            for (Subscriber s : subscribers) s.onClosed(why);
            subscribers.clear();
            for (Pane p : panes.values()) p.detach();
        } finally {
            lock.unlock();
        }
    }

    // ---- inside the lock ------------------------------------------------------------------

    private void start() {
        clock = new VirtualClock(wallClock.instant());
        MailStore store = MailStore.deterministic(clock).limitMessagesPerAccount(limits.messagesPerAccount());
        DemoMail.seed(store, limits.bytesPerAccount());
        Wiretap wiretap = new Wiretap(clock, new Retention(limits.connectionsKept(), limits.bytesPerConnection()));
        pending.clear();
        infos.clear();
        wiretap.addListener(new WiretapListener() {
            @Override
            public void onExchange(ConnectionInfo connection, Exchange exchange) {
                infos.put(connection.id(), connection);
                pending.computeIfAbsent(connection.id(), c -> new ArrayList<>()).add(exchange);
            }

            @Override
            public void onConnection(ConnectionInfo connection) {
                infos.put(connection.id(), connection);
            }
        });
        server = new SimulatedServer(clock, store, wiretap, false);
        clientTls = ClientTls.trusting(server.certificate(), SimulatedServer.HOSTNAME);
        panes = new LinkedHashMap<>();
        for (String name : PANES) panes.put(name, new Pane(name));
        journal = new Journal(limits.journalLines());
        done = new LinkedHashSet<>();
        shown = store.snapshot();
        started = clock.instant().truncatedTo(ChronoUnit.SECONDS); // as internal dates are (RFC 3501 §2.3.3)
    }

    private LabUpdate act(Action action) {
        lock.lock();
        try {
            touch();
            List<ConsoleLine> out = new ArrayList<>();
            action.run(out);
            settle(out);
            return publish(out);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The virtual clock follows the wall clock, so dates in the mail are real; idle timers are
     * never run (a student may think for minutes), the sandbox's own expiry takes their place.
     */
    private void touch() {
        Instant now = wallClock.instant();
        lastUsed = now;
        Duration behind = Duration.between(clock.instant(), now);
        if (behind.isPositive()) clock.advance(behind);
    }

    private Pane pane(String name) {
        Pane p = panes.get(name);
        if (p == null) throw new IllegalArgumentException("no such pane: " + name + " (there are " + PANES + ")");
        return p;
    }

    /** Each pane's client reads what reached it; the wiretap's record of it becomes console lines. */
    private void settle(List<ConsoleLine> out) {
        for (Pane p : panes.values()) {
            if (!p.connected()) continue;
            try {
                p.connection().readAvailable();
            } catch (IOException e) {
                // TLS failed mid-way: the server has closed, and the check below says so.
            }
        }
        flush(out);
        for (Pane p : panes.values()) {
            if (p.connected() && server.network().stateName(p.connectionId()).isEmpty()) {
                String closedId = p.connectionId();
                String reason = Optional.ofNullable(infos.get(closedId)).map(ConnectionInfo::closeReason).orElse("closed");
                note(out, p, closedId, p.service(), "[connection " + closedId + " closed: " + reason + "]");
                p.detach();
            }
        }
    }

    private void flush(List<ConsoleLine> out) {
        for (var entry : pending.entrySet()) {
            ConnectionInfo info = infos.get(entry.getKey());
            ServicePort service = ServicePort.byPort(info.port()).orElseThrow();
            Pane p = panes.get(info.remote());
            for (TranscriptItem item : new TappedConnection(info, entry.getValue()).transcript().items()) {
                if (item.kind() == TranscriptItem.Kind.TLS_RECORD) continue; // shown as one handshake line instead
                ConsoleLine line = new ConsoleLine(info.remote(), info.id(), service, kind(item), item.direction(),
                        item.layer() == Layer.DECRYPTED, text(item));
                if (p != null && info.id().equals(p.connectionId())) p.view().onLine(line);
                out.add(record(line));
            }
        }
        pending.clear();
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
            p.connection().startTls(clientTls);
            SSLSession session = p.connection().tlsSession().orElseThrow();
            p.tlsOn(session.getProtocol().replace("TLSv", "TLS "));
            note(out, p, p.connectionId(), p.service(), "[TLS handshake: " + p.tlsVersion() + ", certificate " + subject(session) + "]");
        } catch (IOException e) {
            note(out, p, p.connectionId(), p.service(), "[TLS handshake failed: " + e.getMessage() + "]");
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

    private LabUpdate publish(List<ConsoleLine> out) {
        StoreSnapshot now = server.store().snapshot();
        StoreDiff diff = StoreDiff.between(shown, now);
        LabUpdate.Mailbox mailbox = diff.isEmpty() ? null : new LabUpdate.Mailbox(shown, now, diff);
        shown = now;
        done.addAll(Exercises.newlyDone(new Exercises.Evidence(journal.conversations(), now, started), done));
        LabUpdate update = new LabUpdate(false, out, paneStates(), mailbox, List.copyOf(done));
        for (Subscriber s : subscribers) s.onUpdate(update);
        return update;
    }

    private List<PaneState> paneStates() {
        return panes.values().stream().map(this::state).toList();
    }

    private PaneState state(Pane p) {
        String service = p.service() == null ? "" : p.service().name();
        if (!p.connected()) {
            return new PaneState(p.name(), service, "not connected", false, "", "", Hints.notConnected(), List.of(), "", List.of());
        }
        String state = server.network().stateName(p.connectionId()).orElse("");
        boolean tls = p.connection().isTls();
        String tag = p.service().protocol() == Protocol.IMAP ? p.nextTag() : "";
        return new PaneState(p.name(), service, describe(p.service()) + ", port " + p.service().port(), true, p.tlsVersion(), state,
                Hints.of(p.service(), state, tls, p.view(), tag), Completions.of(p.service().protocol(), state, tls), tag,
                p.view().facts());
    }

    /** "IMAP, STARTTLS available": the protocol and how the port is secured. */
    static String describe(ServicePort service) {
        String security = switch (service.security()) {
            case NONE -> "cleartext";
            case STARTTLS -> service.protocol() == Protocol.POP3 ? "STLS available" : "STARTTLS available";
            case IMPLICIT_TLS -> "TLS from the first byte";
        };
        return service.protocol() + ", " + security;
    }

    private static ConsoleLine.Kind kind(TranscriptItem item) {
        return switch (item.kind()) {
            case LINE -> ConsoleLine.Kind.LINE;
            case LITERAL -> ConsoleLine.Kind.LITERAL;
            case BINARY, TLS_RECORD -> ConsoleLine.Kind.BINARY;
        };
    }

    private static String text(TranscriptItem item) {
        return item.kind() == TranscriptItem.Kind.BINARY
                ? "[" + item.length() + " bytes of binary data: " + item.hex(8) + " …]"
                : item.text();
    }

    private static String subject(SSLSession session) {
        try {
            Certificate[] chain = session.getPeerCertificates();
            return ((X509Certificate) chain[0]).getSubjectX500Principal().getName();
        } catch (SSLPeerUnverifiedException e) {
            return "(none)";
        }
    }
}
