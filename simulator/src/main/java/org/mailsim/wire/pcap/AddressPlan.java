package org.mailsim.wire.pcap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who gets which address in the capture. The server is 10.0.0.1; each device gets the next
 * address of the private 10.0.0.0/8 block (RFC 1918) in order of first appearance, so the phone
 * keeps one address across all its connections, as it would on a real network. Each connection
 * gets the next client port of the dynamic range 49152–65535 (RFC 6335 §6), as operating
 * systems pick an ephemeral port for every new connection.
 */
final class AddressPlan {
    /** 10.0.0.1. */
    static final int SERVER_ADDRESS = 10 << 24 | 1;
    /** RFC 6335 §6: the dynamic (ephemeral) ports. */
    static final int FIRST_EPHEMERAL_PORT = 49152;

    // Over TCP the wiretap names the remote "127.0.0.1:53012"; one host, whatever its port.
    private static final Pattern HOST_AND_PORT = Pattern.compile("(.+):(\\d{1,5})");

    private final Map<String, Integer> devices = new LinkedHashMap<>();
    private int connections;

    /** The client end of the next connection, from {@code remote} (a device name or host:port). */
    Endpoint nextClient(String remote) {
        Matcher m = HOST_AND_PORT.matcher(remote);
        String host = m.matches() ? m.group(1) : remote;
        int address = devices.computeIfAbsent(host, h -> SERVER_ADDRESS + 1 + devices.size());
        int port = FIRST_EPHEMERAL_PORT + connections++ % (0x10000 - FIRST_EPHEMERAL_PORT);
        return new Endpoint(address, port);
    }

    /** The server end: 10.0.0.1 on the real well-known port, so Wireshark picks the right dissector. */
    static Endpoint server(int wellKnownPort) {
        return new Endpoint(SERVER_ADDRESS, wellKnownPort);
    }
}
