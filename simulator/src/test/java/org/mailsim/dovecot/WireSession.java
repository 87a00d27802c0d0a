package org.mailsim.dovecot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One client connection of a transcript: sends a line and reads the server's whole answer,
 * knowing where each protocol's answer ends (IMAP: the tagged line or a {@code +}
 * continuation, literals read by their count; POP3: one line, or up to "." for the multi-line
 * answers of RFC 1939). Literal bytes are kept as text lines so they are compared too.
 */
final class WireSession implements AutoCloseable {
    enum Protocol { IMAP, POP3 }

    private static final Pattern LITERAL = Pattern.compile("\\{(\\d+)}$");
    private static final int ANSWER_TIMEOUT_MS = 5000;
    private static final int QUIET_MS = 300;

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final Protocol protocol;
    private String waitingTag;

    WireSession(int port, Protocol protocol) throws IOException {
        this.socket = new Socket("127.0.0.1", port);
        this.socket.setSoTimeout(ANSWER_TIMEOUT_MS);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.protocol = protocol;
    }

    List<String> greeting() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(readLine());
        return lines;
    }

    /**
     * Sends {@code command} and reads its answer. {@code ~} sends nothing and collects what
     * arrives until the server has been quiet for a moment (an IDLE session hearing of changes).
     */
    List<String> send(String command) throws IOException {
        if (command.equals("~")) return quietRead();
        out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return protocol == Protocol.IMAP ? imapAnswer(command) : pop3Answer(command);
    }

    private List<String> imapAnswer(String command) throws IOException {
        String first = command.split(" ", 2)[0];
        String tag = waitingTag != null ? waitingTag : first; // DONE, a SASL line: the command still running
        List<String> lines = new ArrayList<>();
        while (true) {
            String line;
            try {
                line = readImapLine();
            } catch (SocketTimeoutException e) {
                lines.add("<no answer within " + ANSWER_TIMEOUT_MS / 1000 + " s>");
                return lines;
            } catch (java.io.EOFException e) {
                lines.add("<connection closed>");
                return lines;
            }
            lines.add(line);
            if (line.startsWith(tag + " ")) {
                waitingTag = null;
                return lines;
            }
            if (line.startsWith("+")) {
                waitingTag = tag; // IDLE, AUTHENTICATE: the tagged answer comes after the client's next line
                return lines;
            }
        }
    }

    private List<String> pop3Answer(String command) throws IOException {
        List<String> lines = new ArrayList<>();
        try {
            String first = readLine();
            lines.add(first);
            if (first.startsWith("+OK") && multiLine(command)) {
                String line;
                do {
                    line = readLine();
                    lines.add(line);
                } while (!line.equals("."));
            }
        } catch (SocketTimeoutException e) {
            lines.add("<no answer within " + ANSWER_TIMEOUT_MS / 1000 + " s>");
        } catch (java.io.EOFException e) {
            lines.add("<connection closed>");
        }
        return lines;
    }

    /** RFC 1939 §5, RFC 2449 §5: the answers that are multi-line. */
    private static boolean multiLine(String command) {
        String[] words = command.trim().split(" +");
        String verb = words[0].toUpperCase(Locale.ROOT);
        return switch (verb) {
            case "CAPA", "RETR", "TOP" -> true;
            case "LIST", "UIDL" -> words.length == 1;
            default -> false;
        };
    }

    private List<String> quietRead() throws IOException {
        List<String> lines = new ArrayList<>();
        socket.setSoTimeout(QUIET_MS);
        try {
            while (true) lines.add(protocol == Protocol.IMAP ? readImapLine() : readLine());
        } catch (SocketTimeoutException | java.io.EOFException e) {
            return lines;
        } finally {
            socket.setSoTimeout(ANSWER_TIMEOUT_MS);
        }
    }

    /** A line, with any literal it announces appended as "{n}" + "⏎" + the literal's text. */
    private String readImapLine() throws IOException {
        StringBuilder line = new StringBuilder(readLine());
        Matcher m = LITERAL.matcher(line);
        while (m.find()) {
            byte[] literal = in.readNBytes(Integer.parseInt(m.group(1)));
            line.append("⏎").append(new String(literal, StandardCharsets.UTF_8).replace("\r\n", "⏎"));
            String rest = readLine();
            line.append(rest);
            m = LITERAL.matcher(rest);
        }
        return line.toString();
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) throw new java.io.EOFException();
            line.write(b);
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
