package org.mailsim.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The output side of one TCP connection: {@link #write} queues bytes and returns at once. The
 * connection's own thread then writes its replies itself ({@link #drainHere}); bytes pushed from
 * other threads are written by a virtual thread started only while there is something to send;
 * either way in the order they were queued. So an IMAP session that learns of new mail under the store's lock
 * (and 10,000 of them in IDLE) never waits for a socket, and the appending client's own reply is
 * not held up by the fan-out. Bytes keep their order because {@link ServerConnection} seals and
 * queues them under its own lock.
 *
 * <p>A client that stops reading cannot make the server hoard memory: past {@code maxQueuedBytes}
 * the connection is treated as lost.
 */
final class SocketWriter implements ByteSink {
    private final OutputStream out;
    private final long maxQueuedBytes;
    /** The connection's own thread: it writes its replies itself, see {@link #drainHere()}. */
    private final Thread owner;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition drained = lock.newCondition();
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private long queuedBytes;
    private boolean writing;
    private IOException failure;

    /**
     * Writers whose thread start waits until the current connection thread has answered its own
     * client: one APPEND can queue a push to 10,000 sessions in IDLE, and 10,000 writer threads
     * starting at once would compete for the CPU with the thread still telling the rest.
     */
    private static final ThreadLocal<List<SocketWriter>> DEFERRED = new ThreadLocal<>();

    /** On a connection's own thread, before it handles input: collect writer starts from here on. */
    static void deferStarts() {
        DEFERRED.set(new ArrayList<>());
    }

    /** After the thread's own reply is written: start the collected writers. */
    static void startDeferred() {
        List<SocketWriter> writers = DEFERRED.get();
        DEFERRED.remove();
        if (writers != null) for (SocketWriter w : writers) w.startWriter();
    }

    private void startWriter() {
        Thread.ofVirtual().name("writer").start(this::drain);
    }

    /** @param owner the connection's own (reading) thread */
    SocketWriter(OutputStream out, long maxQueuedBytes, Thread owner) {
        this.out = out;
        this.maxQueuedBytes = maxQueuedBytes;
        this.owner = owner;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        if (bytes.length == 0) return;
        lock.lock();
        try {
            if (failure != null) throw failure;
            if (queuedBytes + bytes.length > maxQueuedBytes) {
                failure = new IOException("the client stopped reading: more than " + maxQueuedBytes + " bytes waiting");
                throw failure;
            }
            queue.add(bytes);
            queuedBytes += bytes.length;
            // The owner drains its own replies once it has let go of the connection's lock
            // (drainHere): its answer must not queue behind thousands of pushes to other clients.
            if (!writing && Thread.currentThread() != owner) {
                writing = true;
                List<SocketWriter> deferred = DEFERRED.get();
                if (deferred != null) deferred.add(this);
                else startWriter();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Called by the owner thread, holding no lock: writes what is queued on this thread, unless a
     * writer thread is already at it. Pushes queued meanwhile are written too, in order.
     */
    void drainHere() {
        lock.lock();
        try {
            if (writing || queue.isEmpty()) return;
            writing = true;
        } finally {
            lock.unlock();
        }
        drain();
    }

    /** Waits until everything queued is on the socket (or the time is up); true if it all went. */
    boolean flush(Duration timeout) {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while ((writing || !queue.isEmpty()) && failure == null && nanos > 0) {
                nanos = drained.awaitNanos(nanos);
            }
            return queue.isEmpty() && !writing && failure == null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void drain() {
        while (true) {
            byte[] chunk;
            lock.lock();
            try {
                if (queue.isEmpty() || failure != null) {
                    writing = false;
                    drained.signalAll();
                    return;
                }
                chunk = takeAll();
            } finally {
                lock.unlock();
            }
            try {
                out.write(chunk);
                out.flush();
            } catch (IOException e) {
                lock.lock();
                try {
                    failure = e;
                    queue.clear();
                } finally {
                    lock.unlock();
                }
            }
        }
    }

    /** Everything queued, as one write: fewer system calls when pushes pile up. Called under the lock. */
    private byte[] takeAll() {
        if (queue.size() == 1) {
            byte[] only = queue.poll();
            queuedBytes -= only.length;
            return only;
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream((int) Math.min(queuedBytes, Integer.MAX_VALUE));
        byte[] next;
        while ((next = queue.poll()) != null) all.writeBytes(next);
        queuedBytes = 0;
        return all.toByteArray();
    }

}
