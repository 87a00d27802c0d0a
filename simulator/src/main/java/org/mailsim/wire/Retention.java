package org.mailsim.wire;

/**
 * How much a wiretap keeps. A replay keeps everything (it is short). The live server runs for a
 * whole class with real clients polling, so it keeps the most recent closed connections and the
 * first bytes of each; listeners (the live view) still hear every byte as it passes.
 *
 * @param maxClosedConnections   closed connections kept, the oldest forgotten first
 * @param maxBytesPerConnection  bytes recorded per connection; what comes after is counted, not kept
 */
public record Retention(int maxClosedConnections, long maxBytesPerConnection) {
    public static final Retention EVERYTHING = new Retention(Integer.MAX_VALUE, Long.MAX_VALUE);
    /** For the live server: 200 closed connections, 1 MiB each. */
    public static final Retention LIVE = new Retention(200, 1024 * 1024);

    public Retention {
        if (maxClosedConnections < 0 || maxBytesPerConnection < 0) throw new IllegalArgumentException("negative retention");
    }
}
