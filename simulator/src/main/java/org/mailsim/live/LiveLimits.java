package org.mailsim.live;

/**
 * How much the live view keeps, so that a whole class of clients polling all day uses a bounded
 * amount of memory. The most recent lines of a connection are kept (the oldest dropped first and
 * counted), and the most recent closed connections.
 *
 * @param closedConnections      closed connections kept, the oldest forgotten first
 * @param linesPerConnection     items kept per connection
 * @param charsPerConnection     characters of text kept per connection
 * @param charsPerLine           characters kept of one line or literal; the rest is cut, marked "…"
 * @param events                 recent events kept, so a browser that reconnects misses nothing
 * @param subscribers            live streams (browser tabs) at once
 */
public record LiveLimits(int closedConnections, int linesPerConnection, int charsPerConnection, int charsPerLine,
                         int events, int subscribers) {

    /** 50 closed connections; 400 lines and 48 K characters each; 2,000 events; 32 viewers. */
    public static final LiveLimits DEFAULTS = new LiveLimits(50, 400, 48 * 1024, 1000, 2000, 32);

    public LiveLimits {
        if (closedConnections < 0 || linesPerConnection < 1 || charsPerConnection < 1 || charsPerLine < 10
                || events < 1 || subscribers < 0) {
            throw new IllegalArgumentException("live limits out of range");
        }
    }
}
