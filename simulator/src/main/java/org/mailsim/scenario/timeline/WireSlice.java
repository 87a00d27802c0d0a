package org.mailsim.scenario.timeline;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.mailsim.wire.ConnectionInfo;
import org.mailsim.wire.Direction;
import org.mailsim.wire.Exchange;
import org.mailsim.wire.Layer;

/**
 * What crossed one connection during one step.
 *
 * @param connection  the connection (its id, device, port, security)
 * @param exchanges   the bytes of this step, in order: cleartext, TLS records, and what TLS carried
 * @param opened      the connection was opened during this step
 * @param closed      the connection was closed during this step
 */
public record WireSlice(ConnectionInfo connection, List<Exchange> exchanges, boolean opened, boolean closed) {

    public WireSlice {
        exchanges = List.copyOf(exchanges);
    }

    /** The device on the client end (on the virtual network, the remote is the device's name). */
    public String device() {
        return connection.remote();
    }

    /** The protocol lines one way, as the endpoints read them (cleartext, or decrypted inside TLS). */
    public List<String> lines(Direction direction) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Exchange e : exchanges) {
            if (e.direction() == direction && e.layer() != Layer.TLS_RECORD) bytes.writeBytes(e.bytes());
        }
        List<String> lines = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\r?\n", -1)) lines.add(line);
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        return lines;
    }
}
