package org.mailsim.scenario.device.imap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mailsim.net.ClientConnection;

/**
 * Reads one whole response from the server: a line, and while it ends with a literal's size
 * {@code {n}}, exactly n more bytes and the line that follows (RFC 3501 §4.3, §7.4.2: a FETCH
 * of a body is a line, the body, and the rest of the line).
 */
final class ResponseReader {
    private static final Pattern LITERAL_AT_END = Pattern.compile("\\{(\\d{1,9})\\+?}$"); // RFC 3501 §9 literal
    private static final byte[] CRLF = {'\r', '\n'};

    private ResponseReader() { }

    static ImapResponse read(ClientConnection connection) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String line = connection.readLine();
        String first = line;
        while (true) {
            bytes.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(CRLF);
            Matcher literal = LITERAL_AT_END.matcher(line);
            if (!literal.find()) break;
            bytes.writeBytes(connection.readBytes(Integer.parseInt(literal.group(1))));
            line = connection.readLine();
        }
        int space = first.indexOf(' ');
        String tag = space < 0 ? first : first.substring(0, space);
        return new ImapResponse(tag, bytes.toByteArray());
    }
}
