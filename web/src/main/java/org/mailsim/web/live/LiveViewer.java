package org.mailsim.web.live;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.mailsim.live.LiveEvent;

/**
 * One open live page, between the monitor and the page's stream: the monitor queues events here
 * without waiting (the queue is bounded), the app may ask the stream to stop, and {@link #next}
 * tells the stream's thread what to write next.
 */
final class LiveViewer {

    /** What the stream writes next. */
    sealed interface Next {
        /** An event from the monitor. */
        record Event(LiveEvent event) implements Next { }

        /** Nothing happened for a while: a keep-alive comment. */
        record Quiet() implements Next { }

        /** The queue filled up: the page has missed events and must reload. */
        record Behind() implements Next { }

        /** The web app is stopping: a goodbye, then the stream ends. */
        record Stopping() implements Next { }
    }

    private final BlockingQueue<Next> queue;
    private final AtomicBoolean behind = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean stopping;

    LiveViewer(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Called by the monitor under its lock: queues the event and returns, never waits. */
    void accept(LiveEvent event) {
        if (!queue.offer(new Next.Event(event))) behind.set(true);
    }

    /** Asks the stream to say goodbye; its thread wakes at once (a full queue wakes it too). */
    void stop() {
        stopping = true;
        queue.offer(new Next.Stopping());
    }

    /** Waits up to {@code quiet} for something to write; a stop comes before anything still queued. */
    Next next(Duration quiet) throws InterruptedException {
        Next next = stopping ? null : queue.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
        if (stopping) return new Next.Stopping();
        if (behind.get()) return new Next.Behind();
        return next == null ? new Next.Quiet() : next;
    }

    /** The stream's thread is done with this viewer. */
    void ended() {
        ended.countDown();
    }

    /** Waits up to {@code limit} for the stream's thread to finish; true if it did. */
    boolean awaitEnd(Duration limit) throws InterruptedException {
        return ended.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    }
}
