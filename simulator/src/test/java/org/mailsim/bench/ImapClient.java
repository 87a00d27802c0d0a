package org.mailsim.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny tagged-command IMAP client (RFC 3501 §2.2): sends {@code aN COMMAND}, reads untagged
 * lines until the line that carries its tag. Literals in responses ({@code {n}} at the end of a
 * line, §4.3) are read as counted bytes and replaced by {@code {n}} in the kept text, so the
 * client's work does not depend on how the server splits its output.
 */
final class ImapClient implements AutoCloseable {
    private static final Pattern LITERAL = Pattern.compile("\\{(\\d+)}$"); // RFC 3501 §4.3
    private static final Pattern EXISTS = Pattern.compile("^\\* (\\d+) EXISTS$", Pattern.CASE_INSENSITIVE);

    /** A command's outcome: the untagged lines (literals elided), the tagged line, the literal bytes read. */
    record Response(List<String> untagged, String tagged, long literalBytes) {
        boolean ok() {
            int space = tagged.indexOf(' ');
            return tagged.regionMatches(true, space + 1, "OK", 0, 2);
        }

        /** The highest {@code * n EXISTS} among the untagged lines (RFC 3501 §7.3.1), or -1. */
        int exists() {
            int exists = -1;
            for (String line : untagged) exists = Math.max(exists, ImapClient.exists(line));
            return exists;
        }
    }

    private final LineConnection connection;
    private int nextTag = 1;
    private String idleTag;
    private long literalBytes;

    private ImapClient(LineConnection connection) {
        this.connection = connection;
    }

    /** Connects and reads the greeting (RFC 3501 §7.1.1 {@code * OK}); fails on anything else. */
    static ImapClient connect(int port, int readTimeoutMillis, int bufferSize) throws IOException {
        LineConnection connection = LineConnection.open(port, readTimeoutMillis, bufferSize);
        String greeting = connection.readLine();
        if (!greeting.regionMatches(true, 0, "* OK", 0, 4)) {
            connection.close();
            throw new IOException("unexpected IMAP greeting: " + abbreviate(greeting));
        }
        return new ImapClient(connection);
    }

    static ImapClient connect(int port) throws IOException {
        return connect(port, 30_000, 16 * 1024);
    }

    /** Sends one command and reads its whole response. */
    Response command(String command) throws IOException {
        String tag = tag();
        connection.send(tag + " " + command);
        return readResponse(tag);
    }

    /** RFC 3501 §6.3.11: APPEND with a synchronizing literal; waits for the continuation request. */
    Response append(String mailbox, String flags, byte[] message) throws IOException {
        String tag = tag();
        connection.send(tag + " APPEND " + mailbox + " (" + flags + ") {" + message.length + "}");
        String next = connection.readLine();
        if (!next.startsWith("+")) return new Response(List.of(), next, 0); // refused before the literal
        connection.sendRaw(message);
        connection.send("");
        return readResponse(tag);
    }

    /**
     * RFC 2177 §3: enters IDLE and returns once the server's continuation request arrived; untagged
     * lines that come before it are returned.
     */
    List<String> idle() throws IOException {
        idleTag = tag();
        connection.send(idleTag + " IDLE");
        List<String> before = new ArrayList<>();
        for (String line = readLogicalLine(); !line.startsWith("+"); line = readLogicalLine()) before.add(line);
        return before;
    }

    /** RFC 2177 §3: ends IDLE with DONE and reads the IDLE command's completion, waiting at most the given time. */
    Response done(int timeoutMillis) throws IOException {
        if (idleTag == null) throw new IllegalStateException("not idling");
        connection.setReadTimeout(timeoutMillis);
        connection.send("DONE");
        Response response = readResponse(idleTag);
        idleTag = null;
        return response;
    }

    /** Reads the next untagged line (literals elided); used while idling. */
    String readUntagged() throws IOException {
        return readLogicalLine();
    }

    static int exists(String line) {
        Matcher m = EXISTS.matcher(line);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    @Override
    public void close() {
        connection.close();
    }

    private Response readResponse(String tag) throws IOException {
        List<String> untagged = new ArrayList<>();
        literalBytes = 0;
        String prefix = tag + " ";
        for (String line = readLogicalLine(); ; line = readLogicalLine()) {
            if (line.startsWith(prefix)) return new Response(untagged, line, literalBytes);
            untagged.add(line);
        }
    }

    /** One response line with its literals read and elided to {@code {n}}. */
    private String readLogicalLine() throws IOException {
        StringBuilder text = new StringBuilder(connection.readLine());
        for (Matcher m = LITERAL.matcher(text); m.find(); m = LITERAL.matcher(text)) {
            literalBytes += connection.skip(Long.parseLong(m.group(1)));
            text.append(connection.readLine());
        }
        return text.toString();
    }

    private String tag() {
        return "a" + nextTag++;
    }

    /** Error text never carries more than a short, printable prefix of what the server sent. */
    static String abbreviate(String line) {
        String printable = line.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "…";
    }
}
