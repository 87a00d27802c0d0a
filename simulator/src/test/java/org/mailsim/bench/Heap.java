package org.mailsim.bench;

import java.lang.management.ManagementFactory;

/** The heap measurement hook run inside the server's JVM. */
final class Heap {
    private Heap() {
    }

    /**
     * Runs a few full collections (with the default G1, {@code System.gc()} is a full GC) and returns
     * the heap in use after them: the live data the server keeps, not garbage waiting to be collected.
     */
    static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** "Java 25.0.1, max heap 4096 MB, 2 cores" for the JVM this runs in. */
    static String machine() {
        return "Java " + Runtime.version() + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB, " + Runtime.getRuntime().availableProcessors() + " cores";
    }
}
