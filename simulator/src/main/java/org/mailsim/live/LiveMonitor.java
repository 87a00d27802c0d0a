package org.mailsim.live;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.mailsim.store.MailStore;
import org.mailsim.store.StoreSnapshot;
import org.mailsim.wire.ConnectionInfo;
import org.mailsim.wire.Exchange;
import org.mailsim.wire.Wiretap;
import org.mailsim.wire.WiretapListener;

/**
 * Follows the live server for the live view: every connection's exchange as it happens, with
 * secrets hidden, and the mailboxes. It only reads: nothing here can change the store.
 *
 * <p>Viewers either take a {@link #snapshot()} or {@link #subscribe} to the {@link LiveEvent}s
 * after a version; the most recent events are kept so a browser that reconnects misses nothing.
 * Subscribers are called on the thread that saw the change, in version order, under this
 * monitor's lock: they must only queue the event and return.
 */
public final class LiveMonitor implements AutoCloseable {
    /** Changes to the store within this time go out as one update (an EXPUNGE of 50 messages, say). */
    private static final Duration STORE_SETTLES = Duration.ofMillis(100);

    private final Wiretap wiretap;
    private final MailStore store;
    private final LiveLimits limits;
    private final Map<String, ConnectionFeed> feeds = new LinkedHashMap<>();
    private final Deque<String> closed = new ArrayDeque<>();
    private final Deque<LiveEvent> recent = new ArrayDeque<>();
    private final List<Consumer<LiveEvent>> subscribers = new ArrayList<>();
    private final AtomicBoolean storeDirty = new AtomicBoolean();
    private final Object storeRefresh = new Object();
    private final WiretapListener listener = new WiretapListener() {
        @Override
        public void onExchange(ConnectionInfo connection, Exchange exchange) {
            exchanged(connection, exchange);
        }

        @Override
        public void onConnection(ConnectionInfo connection) {
            changed(connection);
        }
    };
    private final MailStore.Subscription storeSubscription;
    private long version;
    private StoreSnapshot storeSnapshot;

    private LiveMonitor(Wiretap wiretap, MailStore store, LiveLimits limits) {
        this.wiretap = wiretap;
        this.store = store;
        this.limits = limits;
        this.storeSnapshot = store.snapshot();
        this.storeSubscription = store.listenAll(event -> storeChanged());
        wiretap.addListener(listener);
    }

    /**
     * Follows a wiretap from its first connection on (so create it before the network accepts
     * any), and the store it serves.
     */
    public static LiveMonitor follow(Wiretap wiretap, MailStore store, LiveLimits limits) {
        if (!wiretap.connections().isEmpty()) throw new IllegalStateException("follow a wiretap before its first connection");
        return new LiveMonitor(wiretap, store, limits);
    }

    /** A monitor of nothing: no live server runs in this process (tests of the other pages). */
    public static LiveMonitor idle() {
        Clock clock = Clock.systemUTC();
        return follow(new Wiretap(clock), MailStore.live(clock), LiveLimits.DEFAULTS);
    }

    public synchronized LiveSnapshot snapshot() {
        List<LiveConnection> connections = new ArrayList<>(feeds.size());
        for (ConnectionFeed feed : feeds.values()) connections.add(feed.snapshot());
        return new LiveSnapshot(version, connections, storeSnapshot);
    }

    /** A handle on a subscription; closing it twice is harmless. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Sends the subscriber every event after {@code after} (a {@link LiveSnapshot#version()}),
     * first those already kept, then each as it happens; a {@link LiveEvent.Reset} first when the
     * ones asked for are no longer kept. Empty when {@link LiveLimits#subscribers()} are already watching.
     */
    public synchronized Optional<Subscription> subscribe(long after, Consumer<LiveEvent> subscriber) {
        if (subscribers.size() >= limits.subscribers()) return Optional.empty();
        long oldestKept = recent.isEmpty() ? version + 1 : recent.peekFirst().version();
        if (after < oldestKept - 1 || after > version) {
            subscriber.accept(new LiveEvent.Reset(version));
        } else {
            for (LiveEvent event : recent) if (event.version() > after) subscriber.accept(event);
        }
        subscribers.add(subscriber);
        return Optional.of(() -> unsubscribe(subscriber));
    }

    private synchronized void unsubscribe(Consumer<LiveEvent> subscriber) {
        subscribers.remove(subscriber);
    }

    public synchronized int subscriberCount() {
        return subscribers.size();
    }

    /**
     * Forgets every closed connection now (the live view's "Clear"), telling each open page to
     * remove them; open connections stay. Returns how many were forgotten.
     */
    public synchronized int clearClosed() {
        int forgotten = closed.size();
        while (!closed.isEmpty()) {
            String id = closed.removeFirst();
            feeds.remove(id);
            publish(new LiveEvent.ConnectionForgotten(version + 1, id));
        }
        return forgotten;
    }

    /** Stops following; the wiretap and store go on without it. */
    @Override
    public void close() {
        wiretap.removeListener(listener);
        storeSubscription.close();
    }

    private synchronized void exchanged(ConnectionInfo info, Exchange exchange) {
        ConnectionFeed feed = feeds.computeIfAbsent(info.id(), id -> new ConnectionFeed(info, limits));
        String account = feed.account();
        boolean tls = feed.tlsActive();
        List<LiveLine> lines = feed.add(exchange);
        if (!lines.isEmpty()) publish(new LiveEvent.LinesAdded(version + 1, feed.info(), lines));
        if (!java.util.Objects.equals(account, feed.account()) || tls != feed.tlsActive()) publishState(feed);
    }

    private synchronized void changed(ConnectionInfo info) {
        ConnectionFeed feed = feeds.get(info.id());
        if (feed == null) {
            feed = new ConnectionFeed(info, limits);
            feeds.put(info.id(), feed);
        } else if (info.isOpen() || !feed.info().isOpen()) {
            return; // already known as it is
        }
        if (!info.isOpen()) {
            List<LiveLine> last = feed.close(info);
            if (!last.isEmpty()) publish(new LiveEvent.LinesAdded(version + 1, info, last));
            closed.addLast(info.id());
        }
        publishState(feed);
        while (closed.size() > limits.closedConnections()) {
            String oldest = closed.removeFirst();
            feeds.remove(oldest);
            publish(new LiveEvent.ConnectionForgotten(version + 1, oldest));
        }
    }

    private void publishState(ConnectionFeed feed) {
        publish(new LiveEvent.ConnectionChanged(version + 1, feed.info(), feed.account(), feed.tlsActive()));
    }

    /** Called by the store under an account's lock: only note it, and refresh from another thread. */
    private void storeChanged() {
        if (storeDirty.compareAndSet(false, true)) Thread.ofVirtual().name("live-store").start(this::refreshStore);
    }

    private void refreshStore() {
        try {
            Thread.sleep(STORE_SETTLES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (storeRefresh) { // one refresh at a time, so snapshots go out in the order they were taken
            storeDirty.set(false);
            StoreSnapshot now = store.snapshot();
            synchronized (this) {
                storeSnapshot = now;
                publish(new LiveEvent.StoreChanged(version + 1, now));
            }
        }
    }

    private void publish(LiveEvent event) {
        version = event.version();
        recent.addLast(event);
        while (recent.size() > limits.events()) recent.removeFirst();
        for (Consumer<LiveEvent> subscriber : subscribers) subscriber.accept(event);
    }
}
