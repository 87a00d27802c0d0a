package org.mailsim.wire.pcap;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mailsim.wire.TappedConnection;

/**
 * Writes recorded connections as a classic libpcap capture file, so the traffic of a scenario
 * opens in Wireshark or tshark like a capture from a real network.
 *
 * <p>The wiretap records the bytes each endpoint wrote, not packets, so the export makes up what
 * a network would have added: an Ethernet II frame (made-up, locally administered MAC
 * addresses), an IPv4 header (RFC 791) and a TCP header (RFC 9293), both with correct checksums.
 * Per connection it writes the three-way handshake (SYN, SYN-ACK, ACK), one PSH+ACK segment per
 * recorded exchange in recorded order (split at an MSS of 1460 bytes, as on Ethernet), with
 * sequence and acknowledgement numbers that run on without gaps, and FIN, FIN, ACK if the
 * connection closed.
 *
 * <p>Addresses: the server is 10.0.0.1 and each device gets its own address, 10.0.0.2, 10.0.0.3,
 * … in order of first appearance. The server port is the real well-known port (143, 993, 110,
 * 995, 25, 587, 465), never the stand-in port of the live server, because Wireshark chooses its
 * IMAP, POP, SMTP and TLS dissectors by port. Client ports count up from 49152 per connection.
 *
 * <p>What goes on the wire is what an eavesdropper sees: the cleartext exchanges, and on TLS the
 * raw TLS records; never the bytes decrypted inside TLS. A STARTTLS connection thus shows its
 * cleartext start and then only records. Where the wiretap kept only the start of a long
 * connection ({@link TappedConnection#omittedExchanges()}), the capture holds that start.
 *
 * <p>Times are the exchanges' virtual times; where several packets share a time, each later one
 * is moved one microsecond on, so times strictly increase through the file. The same timeline
 * always gives the same bytes: no wall clock, no random numbers (real TCP randomises its initial
 * sequence numbers, RFC 9293 §3.4.1; here they are fixed). TLS record bytes differ from one
 * replay to the next by nature, so only a capture without TLS repeats byte for byte.
 *
 * <p>Served over HTTP, a capture's media type is {@code application/vnd.tcpdump.pcap} (IANA).
 * A replay's capture is {@code export(timeline.connections())}.
 */
public final class PcapExport {

    private PcapExport() {
    }

    /** The capture of {@code connections}, in the given order of connections. */
    public static byte[] export(List<TappedConnection> connections) {
        AddressPlan addresses = new AddressPlan();
        List<List<Segment>> conversations = new ArrayList<>();
        for (TappedConnection c : connections) {
            Endpoint client = addresses.nextClient(c.info().remote());
            Endpoint server = AddressPlan.server(c.info().port());
            conversations.add(TcpConversation.of(c, client, server, conversations.size()));
        }
        PcapFile file = new PcapFile();
        Map<Endpoint, Integer> identification = new LinkedHashMap<>();
        Instant last = null;
        for (Segment s : inTimeOrder(conversations)) {
            Instant time = s.time().truncatedTo(ChronoUnit.MICROS);
            if (last != null && !time.isAfter(last)) time = last.plus(1, ChronoUnit.MICROS);
            last = time;
            int id = identification.merge(s.source(), 1, Integer::sum);  // RFC 791 §3.1: counted per sender
            file.add(time, FrameEncoder.frame(s.at(time), id));
        }
        return file.bytes();
    }

    /**
     * All segments, merged by time: at each point the earliest next segment of any connection,
     * the earlier connection first on a tie. Each connection's own order is kept as recorded.
     */
    private static List<Segment> inTimeOrder(List<List<Segment>> conversations) {
        int[] next = new int[conversations.size()];
        List<Segment> merged = new ArrayList<>();
        while (true) {
            int pick = -1;
            for (int i = 0; i < conversations.size(); i++) {
                if (next[i] == conversations.get(i).size()) continue;
                Instant t = conversations.get(i).get(next[i]).time();
                if (pick < 0 || t.isBefore(conversations.get(pick).get(next[pick]).time())) pick = i;
            }
            if (pick < 0) return merged;
            merged.add(conversations.get(pick).get(next[pick]++));
        }
    }
}
