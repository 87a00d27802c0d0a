package org.mailsim.net;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;

/** A client's end of a real socket. */
record SocketTransport(Socket socket, int port) implements ClientTransport {

    @Override
    public void write(byte[] bytes) throws IOException {
        socket.getOutputStream().write(bytes);
        socket.getOutputStream().flush();
    }

    @Override
    public byte[] read(Duration timeout) throws IOException {
        socket.setSoTimeout((int) Math.max(1, Math.min(timeout.toMillis(), Integer.MAX_VALUE)));
        byte[] buffer = new byte[16 * 1024];
        try {
            int n = socket.getInputStream().read(buffer);
            return n < 0 ? null : Arrays.copyOf(buffer, n);
        } catch (SocketTimeoutException e) {
            return new byte[0];
        }
    }

    @Override
    public boolean ready() throws IOException {
        return socket.getInputStream().available() > 0;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    @Override
    public String connectionId() {
        return socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort();
    }
}
