package org.mailsim.wire.pcap;

/**
 * One end of a synthetic TCP connection: an IPv4 address and a port.
 *
 * @param address  the IPv4 address as 32 bits, most significant octet first (RFC 791 §3.1)
 * @param port     the TCP port, 0 to 65535 (RFC 9293 §3.1)
 */
record Endpoint(int address, int port) {

    Endpoint {
        if (port < 0 || port > 0xffff) throw new IllegalArgumentException("a TCP port has 16 bits: " + port);
    }

    /**
     * A made-up Ethernet address for this host: the "locally administered" bit set (IEEE 802,
     * first octet 02) so it can never clash with a real card's, then the IPv4 address.
     */
    byte[] mac() {
        return new byte[] {0x02, 0x00, (byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8), (byte) address};
    }

    @Override
    public String toString() {
        return (address >>> 24) + "." + (address >>> 16 & 0xff) + "." + (address >>> 8 & 0xff) + "." + (address & 0xff) + ":" + port;
    }
}
