package org.mailsim.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/**
 * A client socket to 127.0.0.1 that reads and writes CRLF-terminated lines and counted byte
 * runs, the two shapes every mail protocol is made of. Bytes map 1:1 to chars (ISO-8859-1), so
 * a line's length is its octet count. Its own small buffer keeps the client's cost per byte low
 * and equal for every server measured.
 */
final class LineConnection implements AutoCloseable {
    /** The only address the harness ever connects to. */
    static final InetAddress LOOPBACK = loopback();

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer;
    private int position;
    private int limit;

    private LineConnection(Socket socket, int bufferSize) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.buffer = new byte[bufferSize];
    }

    /** Connects to the port on 127.0.0.1; reads time out after {@code readTimeoutMillis} (0 = never). */
    static LineConnection open(int port, int readTimeoutMillis, int bufferSize) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(LOOPBACK, port), 10_000);
            socket.setSoTimeout(readTimeoutMillis);
            return new LineConnection(socket, bufferSize);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    static LineConnection open(int port) throws IOException {
        return open(port, 30_000, 16 * 1024);
    }

    /** Reads one line and returns it without its CRLF (a bare LF also ends a line). */
    String readLine() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position == limit) fill();
            int start = position;
            while (position < limit && buffer[position] != '\n') position++;
            if (position < limit) {
                int end = position++;
                if (end > start && buffer[end - 1] == '\r') end--;
                else if (end == start && line != null && !line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
                    line.setLength(line.length() - 1);
                }
                String tail = new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
                return line == null ? tail : line.append(tail).toString();
            }
            if (line == null) line = new StringBuilder();
            line.append(new String(buffer, start, limit - start, StandardCharsets.ISO_8859_1));
        }
    }

    /** Reads exactly {@code count} bytes (an IMAP literal) and throws them away; returns the count. */
    long skip(long count) throws IOException {
        long left = count;
        while (left > 0) {
            if (position == limit) fill();
            int n = (int) Math.min(left, limit - position);
            position += n;
            left -= n;
        }
        return count;
    }

    void setReadTimeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    /** Sends one line, appending CRLF. */
    void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Sends bytes exactly as given. */
    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket that already failed has nothing left to report
        }
    }

    private void fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n < 0) throw new EOFException("server closed the connection");
        position = 0;
        limit = n;
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
