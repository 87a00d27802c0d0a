package org.mailsim.scenario.device.pop3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.mailsim.net.ClientConnection;
import org.mailsim.net.ClientTls;
import org.mailsim.net.Security;
import org.mailsim.scenario.device.AppContext;
import org.mailsim.scenario.device.smtp.ImplicitTls;

/**
 * The app's end of one POP3 connection: send a command, read a status line (RFC 1939 §3), read
 * the lines of a multi-line answer up to the lone "." and undo the byte-stuffing.
 */
final class Pop3Client implements AutoCloseable {

    private final ClientConnection connection;
    private final int port;

    private Pop3Client(ClientConnection connection, int port) {
        this.connection = connection;
        this.port = port;
    }

    /** Connects to the device's port; on an implicit-TLS port (995) the handshake comes first (RFC 8314 §3.2). */
    static Pop3Client connect(AppContext context, boolean userTrustsCertificate) throws IOException {
        int port = context.device().port();
        ClientConnection connection = context.device().security() == Security.IMPLICIT_TLS
                ? ImplicitTls.connect(context, port, userTrustsCertificate)
                : context.network().connect(context.name(), port);
        return new Pop3Client(connection, port);
    }

    /** The next status line: the greeting, or the answer to the command just sent. */
    Pop3Status status() throws IOException {
        return new Pop3Status(connection.readLine());
    }

    Pop3Status command(String line) throws IOException {
        connection.send(line);
        return status();
    }

    void send(String line) throws IOException {
        connection.send(line);
    }

    String readLine() throws IOException {
        return connection.readLine();
    }

    /** The lines after a positive multi-line status, un-stuffed, without the final "." (RFC 1939 §3). */
    List<String> lines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = connection.readLine(); !line.equals("."); line = connection.readLine()) {
            lines.add(line.startsWith(".") ? line.substring(1) : line); // RFC 1939 §3: remove the stuffed dot
        }
        return lines;
    }

    /** A RETR answer as the message's bytes, each line ended by CR LF again. */
    byte[] message() throws IOException {
        StringBuilder text = new StringBuilder();
        for (String line : lines()) text.append(line).append("\r\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Upgrades after {@code +OK} to STLS (RFC 2595 §4). */
    void startTls(ClientTls tls) throws IOException {
        connection.startTls(tls);
    }

    boolean isTls() {
        return connection.isTls();
    }

    /** Anything the server said without being asked (an autologout notice), read and dropped. */
    boolean drain() throws IOException {
        while (connection.hasPendingInput()) connection.readLine();
        return !connection.serverClosed();
    }

    /** In words, for the device's screen: "connected (POP3 over TLS, port 995)". */
    String describe() {
        return "connected (" + (isTls() ? "POP3 over TLS" : "POP3, not encrypted") + ", port " + port + ")";
    }

    /** The network is gone: no QUIT, not even TLS's close_notify. */
    void abort() throws IOException {
        connection.abort();
    }

    /** Drops the connection; without QUIT first, the server enters no UPDATE state (RFC 1939 §6). */
    @Override
    public void close() throws IOException {
        connection.close();
    }
}
