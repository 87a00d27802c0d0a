package org.mailsim.wire.pcap;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mailsim.wire.Direction;
import org.mailsim.wire.Exchange;
import org.mailsim.wire.Layer;
import org.mailsim.wire.TappedConnection;

/**
 * The TCP segments of one recorded connection, in order: the three-way handshake, the data as it
 * was recorded, and the closing exchange of FINs if the connection closed (RFC 9293 §3.5, §3.6).
 * The wiretap records what the endpoints wrote, not how TCP carried it, so this class plays TCP:
 * it keeps both sides' sequence numbers and acknowledges everything received so far.
 */
final class TcpConversation {
    private final Endpoint client;
    private final Endpoint server;
    private final List<Segment> segments = new ArrayList<>();
    private int clientNext;
    private int serverNext;

    private TcpConversation(Endpoint client, Endpoint server, int clientIsn, int serverIsn) {
        this.client = client;
        this.server = server;
        this.clientNext = clientIsn;
        this.serverNext = serverIsn;
    }

    /**
     * The segments of {@code connection} between {@code client} and {@code server}.
     * {@code index} (the connection's place in the capture) picks fixed initial sequence numbers:
     * a real stack picks them at random (RFC 9293 §3.4.1), but the export must be repeatable.
     */
    static List<Segment> of(TappedConnection connection, Endpoint client, Endpoint server, int index) {
        int clientIsn = 0x1000_0000 + index * 0x0010_0000;
        int serverIsn = 0x7000_0000 + index * 0x0010_0000;
        TcpConversation tcp = new TcpConversation(client, server, clientIsn, serverIsn);
        tcp.handshake(connection.info().opened());
        for (Exchange e : connection.exchanges()) {
            // What an eavesdropper sees: cleartext, or the TLS records; never what TLS decrypted.
            if (e.layer() != Layer.DECRYPTED) tcp.data(e);
        }
        if (!connection.info().isOpen()) tcp.close(connection.info().closed());
        return List.copyOf(tcp.segments);
    }

    /** RFC 9293 §3.5: SYN, SYN-ACK, ACK; each SYN takes one sequence number. */
    private void handshake(Instant opened) {
        segments.add(new Segment(opened, client, server, clientNext, 0, Segment.SYN, new byte[0]));
        clientNext++;
        segments.add(new Segment(opened, server, client, serverNext, clientNext, Segment.SYN | Segment.ACK, new byte[0]));
        serverNext++;
        send(opened, true, Segment.ACK, new byte[0]);
    }

    /** One exchange as PSH+ACK segments, split at the MSS (RFC 9293 §3.7.1). */
    private void data(Exchange exchange) {
        boolean fromClient = exchange.direction() == Direction.CLIENT_TO_SERVER;
        byte[] bytes = exchange.bytes();
        for (int from = 0; from < bytes.length; from += FrameEncoder.MSS) {
            byte[] chunk = Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + FrameEncoder.MSS));
            send(exchange.timestamp(), fromClient, Segment.PSH | Segment.ACK, chunk);
        }
    }

    /**
     * RFC 9293 §3.6: the client sends FIN, the server answers with its own FIN (acknowledging the
     * client's), the client acknowledges that; each FIN takes one sequence number. The wiretap
     * keeps why a connection closed but not whose FIN came first, so the client's always does.
     */
    private void close(Instant closed) {
        send(closed, true, Segment.FIN | Segment.ACK, new byte[0]);
        clientNext++;
        send(closed, false, Segment.FIN | Segment.ACK, new byte[0]);
        serverNext++;
        send(closed, true, Segment.ACK, new byte[0]);
    }

    /** One segment from a side, acknowledging all the other side has sent; data advances the sender's number. */
    private void send(Instant when, boolean fromClient, int flags, byte[] payload) {
        if (fromClient) {
            segments.add(new Segment(when, client, server, clientNext, serverNext, flags, payload));
            clientNext += payload.length;
        } else {
            segments.add(new Segment(when, server, client, serverNext, clientNext, flags, payload));
            serverNext += payload.length;
        }
    }
}
