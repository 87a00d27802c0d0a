package org.mailsim.net;

import java.io.IOException;
import java.time.Duration;

/** The pipe under a {@link ClientConnection}: a TCP socket, or the virtual network. */
interface ClientTransport {

    void write(byte[] bytes) throws IOException;

    /**
     * Bytes from the server: an empty array when nothing came within {@code timeout} (virtual
     * time on the virtual network), null once the server has closed and everything was read.
     */
    byte[] read(Duration timeout) throws IOException;

    void close() throws IOException;

    /** The link vanishes (Wi-Fi gone): no goodbye of any kind reaches the server. */
    default void abort() throws IOException {
        close();
    }

    /** True when bytes from the server are waiting, so a read would not wait. */
    boolean ready() throws IOException;

    /** The connection's id in the wiretap, when the transport knows it. */
    String connectionId();

    int port();
}
