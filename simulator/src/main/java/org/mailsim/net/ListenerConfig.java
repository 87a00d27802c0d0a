package org.mailsim.net;

import java.util.Objects;

/**
 * One listener: which service it is, where it binds, how it is protected and who answers.
 *
 * @param service             the well-known service (its port, protocol and default security)
 * @param bindPort            the port actually bound over TCP: the stand-in (1143, …) by default,
 *                            0 for an ephemeral port in tests; ignored on the virtual network
 * @param security            plain, STARTTLS or implicit TLS (defaults to the service's)
 * @param sessions            makes the protocol engine for each connection
 * @param allowPlaintextAuth  let clients send passwords before TLS (a teaching switch; off by default)
 * @param limits              line length and connection limits
 * @param hostname            the server's name in greetings and in its certificate
 * @param bindAddress         the address to bind over TCP, 127.0.0.1 unless configured otherwise
 */
public record ListenerConfig(
        ServicePort service,
        int bindPort,
        Security security,
        SessionFactory sessions,
        boolean allowPlaintextAuth,
        TransportLimits limits,
        String hostname,
        String bindAddress) {

    public ListenerConfig {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (bindPort < 0 || bindPort > 65535) throw new IllegalArgumentException("bind port out of range: " + bindPort);
    }

    /** The service on its stand-in port with its usual security, default limits, on loopback. */
    public static ListenerConfig of(ServicePort service, SessionFactory sessions) {
        return new ListenerConfig(service, service.standInPort(), service.security(), sessions, false,
                TransportLimits.DEFAULTS, "localhost", "127.0.0.1");
    }

    /** The well-known port (143, 993, …): what the protocol and the student know it by. */
    public int port() {
        return service.port();
    }

    public Protocol protocol() {
        return service.protocol();
    }

    public ListenerConfig withBindPort(int port) {
        return new ListenerConfig(service, port, security, sessions, allowPlaintextAuth, limits, hostname, bindAddress);
    }

    public ListenerConfig withSecurity(Security s) {
        return new ListenerConfig(service, bindPort, s, sessions, allowPlaintextAuth, limits, hostname, bindAddress);
    }

    public ListenerConfig withPlaintextAuth(boolean allow) {
        return new ListenerConfig(service, bindPort, security, sessions, allow, limits, hostname, bindAddress);
    }

    public ListenerConfig withLimits(TransportLimits l) {
        return new ListenerConfig(service, bindPort, security, sessions, allowPlaintextAuth, l, hostname, bindAddress);
    }

    public ListenerConfig withHostname(String name) {
        return new ListenerConfig(service, bindPort, security, sessions, allowPlaintextAuth, limits, name, bindAddress);
    }

    public ListenerConfig withBindAddress(String address) {
        return new ListenerConfig(service, bindPort, security, sessions, allowPlaintextAuth, limits, hostname, address);
    }
}
