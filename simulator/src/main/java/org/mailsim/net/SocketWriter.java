package org.mailsim.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The output side of one TCP connection: {@link #write} queues bytes and returns at once; a
 * virtual thread, started only while there is something to send, writes them to the socket in
 * the order they were queued. So an IMAP session that learns of new mail under the store's lock
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
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition drained = lock.newCondition();
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private long queuedBytes;
    private boolean writing;
    private IOException failure;

    SocketWriter(OutputStream out, long maxQueuedBytes) {
        this.out = out;
        this.maxQueuedBytes = maxQueuedBytes;
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
            if (!writing) {
                writing = true;
                Thread.ofVirtual().name("writer").start(this::drain);
            }
        } finally {
            lock.unlock();
        }
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
