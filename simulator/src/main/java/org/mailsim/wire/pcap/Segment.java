package org.mailsim.wire.pcap;

import java.time.Instant;
import java.util.Objects;

/**
 * One TCP segment to be written (RFC 9293 §3.1), before it is wrapped in IPv4 and Ethernet.
 *
 * @param time     when it crossed the wire (virtual time; the export makes times strictly increasing)
 * @param source   the sender
 * @param target   the receiver
 * @param seq      the sequence number of its first byte (or of the SYN / FIN)
 * @param ack      the next sequence number the sender expects from the receiver
 * @param flags    the control bits, see {@link #SYN}, {@link #ACK}, …
 * @param payload  the data bytes, at most one MSS
 */
record Segment(Instant time, Endpoint source, Endpoint target, int seq, int ack, int flags, byte[] payload) {

    // RFC 9293 §3.1: the control bits of the TCP header.
    static final int FIN = 0x01;
    static final int SYN = 0x02;
    static final int PSH = 0x08;
    static final int ACK = 0x10;

    Segment {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /** The same segment, sent at another time. */
    Segment at(Instant when) {
        return new Segment(when, source, target, seq, ack, flags, payload);
    }
}
