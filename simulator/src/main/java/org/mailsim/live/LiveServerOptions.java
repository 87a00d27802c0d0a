package org.mailsim.live;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.mailsim.net.ServicePort;
import org.mailsim.net.TransportLimits;

/**
 * How the live server runs.
 *
 * @param listenAddress        where the listeners bind ("127.0.0.1" by default; "0.0.0.0" for a classroom network)
 * @param hostname             the server's name in its certificate and greetings
 * @param dataDir              where the certificate is kept between runs
 * @param ports                the port each service binds (stand-ins by default; 0 = any free port, for tests)
 * @param allowPlaintextLogin  accept passwords before STARTTLS on the plain IMAP (143) and POP3 (110) ports
 * @param limits               line length and connection limits (total, and per client address)
 */
public record LiveServerOptions(String listenAddress, String hostname, Path dataDir, Map<ServicePort, Integer> ports,
                                boolean allowPlaintextLogin, TransportLimits limits) {

    public LiveServerOptions {
        Objects.requireNonNull(listenAddress, "listenAddress");
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(limits, "limits");
        EnumMap<ServicePort, Integer> all = new EnumMap<>(ServicePort.class);
        for (ServicePort p : ServicePort.values()) all.put(p, p.standInPort());
        all.putAll(ports);
        for (var e : all.entrySet()) {
            if (e.getValue() < 0 || e.getValue() > 65535) {
                throw new IllegalArgumentException("port for " + e.getKey().ianaName() + " out of range: " + e.getValue());
            }
        }
        ports = Map.copyOf(all);
    }

    /** Stand-in ports on loopback, hostname localhost. */
    public static LiveServerOptions defaults(Path dataDir) {
        return new LiveServerOptions("127.0.0.1", "localhost", dataDir, Map.of(), false, TransportLimits.DEFAULTS);
    }

    /** Any free ports on loopback: for tests that run beside a developer's own mailsim. */
    public static LiveServerOptions forTests(Path dataDir) {
        Map<ServicePort, Integer> ephemeral = new EnumMap<>(ServicePort.class);
        for (ServicePort p : ServicePort.values()) ephemeral.put(p, 0);
        return new LiveServerOptions("127.0.0.1", "localhost", dataDir, ephemeral, false, TransportLimits.DEFAULTS);
    }

    public int port(ServicePort service) {
        return ports.get(service);
    }
}
