package org.mailsim.wire;

/**
 * Follows connections live (the web UI streams them). Called on the thread that saw the bytes,
 * in sequence order per connection; keep it quick and never call back into the network.
 */
public interface WiretapListener {

    /** A new exchange was recorded. */
    void onExchange(ConnectionInfo connection, Exchange exchange);

    /** A connection opened or closed. */
    default void onConnection(ConnectionInfo connection) {
    }
}
