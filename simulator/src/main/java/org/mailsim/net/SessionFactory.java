package org.mailsim.net;

/** Makes the engine for one new connection on a listener. */
@FunctionalInterface
public interface SessionFactory {
    Session open(ConnectionContext context, Outbound outbound);
}
