package org.mailsim.lab;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;

import org.mailsim.net.ServicePort;
import org.mailsim.wire.TappedConnection;

/**
 * One visitor's lab: a private mail server and two device panes that type raw protocol lines at
 * it ({@link LabSession}), the browser tabs showing it, and its allowance of commands.
 *
 * <p>One lock per sandbox is the whole concurrency story. An action (connect, send a line,
 * disconnect, reset) runs under it from the browser's message to the update it causes, and the
 * update is told to every tab under it too, so each tab sees the updates in order.
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

    private final String id;
    private final LabLimits limits;
    private final Clock wallClock;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final CommandRate rate;
    private volatile Instant lastUsed;
    private LabSession session;

    Sandbox(String id, LabLimits limits, Clock wallClock) {
        this.id = id;
        this.limits = limits;
        this.wallClock = wallClock;
        this.lastUsed = wallClock.instant();
        this.rate = new CommandRate(limits.commandsPerSecond(), limits.commandBurst(), lastUsed);
        this.session = new LabSession(limits, lastUsed);
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

    /**
     * Tells {@code subscriber} the whole picture to draw first (also returned), then every change,
     * in order: both under the lock, so no change can overtake the picture.
     */
    public LabUpdate attach(Subscriber subscriber) {
        lock.lock();
        try {
            LabUpdate picture = session.picture();
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

    /** Connects the pane to {@code service}'s port, closing its previous connection first. */
    public LabUpdate connect(String pane, ServicePort service) {
        return act((s, out) -> s.connect(pane, service, out));
    }

    /**
     * Sends what the student typed: each line of {@code text} with CR LF, in one write, as a
     * client sends a command and its literal or a message's lines. Then, if the server accepted
     * a STARTTLS or STLS among them, the pane's client runs the TLS handshake.
     */
    public LabUpdate send(String pane, String text) {
        return act((s, out) -> s.send(pane, text, out));
    }

    /** The pane's client closes its connection without a goodbye of the protocol's own. */
    public LabUpdate disconnect(String pane) {
        return act((s, out) -> s.disconnect(pane, out));
    }

    /** Back to the start: the demo mail as it was, no connections, no exercises done. */
    public LabUpdate reset() {
        lock.lock();
        try {
            lastUsed = wallClock.instant();
            session.closeAll();
            session = new LabSession(limits, lastUsed);
            return tell(session.picture());
        } finally {
            lock.unlock();
        }
    }

    /** Every connection the wiretap kept, for the downloads (Markdown, JSON, pcap). */
    public List<TappedConnection> connections() {
        lock.lock();
        try {
            return session.connections();
        } finally {
            lock.unlock();
        }
    }

    /** The TLS session secrets of the sandbox's devices (NSS key log format), to go with the capture. */
    public String tlsKeys() {
        lock.lock();
        try {
            return session.tlsKeys();
        } finally {
            lock.unlock();
        }
    }

    /** Ends the sandbox: every tab is told why, every connection closed (even if telling a tab failed). */
    void close(String why) {
        lock.lock();
        try {
            try {
                for (Subscriber s : subscribers) s.onClosed(why);
            } finally {
                subscribers.clear();
                session.closeAll();
            }
        } finally {
            lock.unlock();
        }
    }

    private LabUpdate act(BiConsumer<LabSession, List<ConsoleLine>> action) {
        lock.lock();
        try {
            lastUsed = wallClock.instant();
            session.catchUp(lastUsed);
            List<ConsoleLine> out = new ArrayList<>();
            action.accept(session, out);
            session.settle(out);
            return tell(session.update(out));
        } finally {
            lock.unlock();
        }
    }

    private LabUpdate tell(LabUpdate update) {
        for (Subscriber s : subscribers) s.onUpdate(update);
        return update;
    }
}
