package org.mailsim.scenario.device.imap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.mailsim.net.ClientConnection;

/**
 * The app's IMAP connection: tags its commands ("A1", "A2", …; RFC 3501 §2.2.1), sends them, and
 * reads until the tagged completion, handing every untagged response to the app as it arrives
 * (§2.2.2: the client must accept untagged data at any time). Literals in commands wait for the
 * server's continuation request (§7.5).
 */
final class ImapClient implements AutoCloseable {
    private final ClientConnection connection;
    private final Consumer<ImapResponse> untagged;
    private final Clock clock;
    private int nextTag = 1;
    private String idleTag;
    private Instant idleSince;

    ImapClient(ClientConnection connection, Consumer<ImapResponse> untagged, Clock clock) {
        this.connection = connection;
        this.untagged = untagged;
        this.clock = clock;
    }

    ClientConnection connection() {
        return connection;
    }

    /** Sends {@code tag SP command} and reads to its completion. */
    Completion run(String command) throws IOException {
        return run(List.of(command));
    }

    /**
     * Sends a command made of text and literals (byte arrays): each literal is announced as
     * {@code {n}}, sent only after the server's {@code +} (RFC 3501 §4.3 synchronizing literal).
     */
    Completion run(List<Object> parts) throws IOException {
        String tag = "A" + nextTag++;
        List<ImapResponse> seen = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes((tag + " ").getBytes(StandardCharsets.UTF_8));
        for (Object part : parts) {
            if (part instanceof byte[] literal) {
                line.writeBytes(("{" + literal.length + "}").getBytes(StandardCharsets.US_ASCII));
                connection.send(line.toString(StandardCharsets.UTF_8));
                line.reset();
                ImapResponse answer = readUntil(tag, seen, true);
                if (!answer.continuation()) return new Completion(answer, seen); // refused before the literal
                connection.sendRaw(literal);
            } else {
                line.writeBytes(part.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        connection.send(line.toString(StandardCharsets.UTF_8));
        return new Completion(readUntil(tag, seen, false), seen);
    }

    /** RFC 2177 §3: sends IDLE and reads to the server's "+ idling"; pushed data then arrives untagged. */
    boolean startIdle() throws IOException {
        String tag = "A" + nextTag++;
        connection.send(tag + " IDLE");
        ImapResponse answer = readUntil(tag, new ArrayList<>(), true);
        if (answer.continuation()) {
            idleTag = tag;
            idleSince = clock.instant();
        }
        return idleTag != null;
    }

    boolean idling() {
        return idleTag != null;
    }

    /** How long the app's IDLE has been open; zero when it is not idling. */
    Duration idleFor() {
        return idling() ? Duration.between(idleSince, clock.instant()) : Duration.ZERO;
    }

    /** RFC 2177 §3: "DONE" ends the IDLE command, which then completes with its tag. */
    Completion done() throws IOException {
        String tag = idleTag;
        idleTag = null;
        connection.send("DONE");
        List<ImapResponse> seen = new ArrayList<>();
        return new Completion(readUntil(tag, seen, false), seen);
    }

    ImapResponse read() throws IOException {
        return ResponseReader.read(connection);
    }

    /** A line exactly as the learner typed it (their own tag and all). */
    void sendTyped(String line) throws IOException {
        connection.send(line);
    }

    /** Reads untagged data (handing it on) until {@code tag}'s completion or, if allowed, a continuation request. */
    ImapResponse readUntil(String tag, boolean continuationEnds) throws IOException {
        return readUntil(tag, new ArrayList<>(), continuationEnds);
    }

    private ImapResponse readUntil(String tag, List<ImapResponse> seen, boolean continuationEnds) throws IOException {
        while (true) {
            ImapResponse response = ResponseReader.read(connection);
            if (response.tag().equals(tag)) return response;
            if (response.continuation() && continuationEnds) return response;
            if (response.untagged()) {
                seen.add(response);
                untagged.accept(response);
            }
        }
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }

    /** The network is gone: no LOGOUT, no DONE, not even TLS's close_notify. */
    void abort() throws IOException {
        connection.abort();
    }
}
