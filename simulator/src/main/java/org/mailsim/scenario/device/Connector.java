package org.mailsim.scenario.device;

import java.io.IOException;

import org.mailsim.net.ClientConnection;

/** How an app reaches the server: the virtual network in replays. */
@FunctionalInterface
public interface Connector {
    /** Connects {@code device} to the well-known {@code port}; a {@link java.net.ConnectException} when nothing listens. */
    ClientConnection connect(String device, int port) throws IOException;
}
