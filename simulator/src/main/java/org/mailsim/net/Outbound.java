package org.mailsim.net;

/**
 * Where an engine sends output that is not the answer to a client's line: an untagged
 * {@code * 4 EXISTS} pushed to a session in IDLE when another device delivers mail.
 * The transport makes writes from here and from replies never interleave mid-line.
 * {@link #send} never blocks for long: callers may be inside a store event callback.
 */
@FunctionalInterface
public interface Outbound {
    void send(byte[] bytes);

    /** Discards everything: for engines driven in tests with no connection behind them. */
    Outbound NONE = bytes -> { };
}
