package org.mailsim.net;

import java.io.IOException;

/** Where a transport puts bytes for the other end: a socket, the virtual network's queue. */
@FunctionalInterface
public interface ByteSink {
    void write(byte[] bytes) throws IOException;
}
