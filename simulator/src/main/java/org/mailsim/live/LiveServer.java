package org.mailsim.live;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.mailsim.imap.Imap;
import org.mailsim.imap.ImapSettings;
import org.mailsim.imap.fetch.MimeMessageParts;
import org.mailsim.net.ListenerConfig;
import org.mailsim.net.Protocol;
import org.mailsim.net.ServerCertificate;
import org.mailsim.net.ServicePort;
import org.mailsim.net.SessionFactory;
import org.mailsim.net.TcpNetwork;
import org.mailsim.pop3.Pop3;
import org.mailsim.pop3.Pop3Settings;
import org.mailsim.smtp.Smtp;
import org.mailsim.smtp.SmtpSettings;
import org.mailsim.store.DemoMail;
import org.mailsim.store.MailStore;
import org.mailsim.wire.Retention;
import org.mailsim.wire.Wiretap;

/**
 * The live mail server: a store with the demo accounts, the persisted certificate, and a TCP
 * listener on every mail port, each wired to its protocol engine. Real clients connect to it.
 */
public final class LiveServer implements AutoCloseable {
    private final LiveServerOptions options;
    private final MailStore store;
    private final ServerCertificate certificate;
    private final Wiretap wiretap;
    private final TcpNetwork network;
    private final LiveMonitor monitor;
    private final Map<ServicePort, Integer> bound = new EnumMap<>(ServicePort.class);
    /** One engine per protocol, shared by its ports: a POP3 maildrop locked on 110 is locked on 995 too (RFC 1939 §8). */
    private final Map<Protocol, SessionFactory> engines = new EnumMap<>(Protocol.class);

    private LiveServer(LiveServerOptions options, MailStore store, ServerCertificate certificate, Wiretap wiretap, TcpNetwork network) {
        this.options = options;
        this.store = store;
        this.certificate = certificate;
        this.wiretap = wiretap;
        this.network = network;
        this.monitor = LiveMonitor.follow(wiretap, store, LiveLimits.DEFAULTS); // before the first client can connect
        for (Protocol protocol : Protocol.values()) engines.put(protocol, engine(store, protocol));
    }

    /** Starts with a new store holding the demo accounts (alice, bob) and their mail. */
    public static LiveServer start(LiveServerOptions options) throws IOException {
        MailStore store = MailStore.live(Clock.systemUTC());
        DemoMail.seed(store);
        return start(options, store);
    }

    /**
     * Starts every listener on the given store, or none: if one port cannot be bound, the others
     * are closed again.
     */
    public static LiveServer start(LiveServerOptions options, MailStore store) throws IOException {
        Clock clock = store.clock();
        ServerCertificate certificate = ServerCertificate.loadOrCreate(options.dataDir(), options.hostname());
        Wiretap wiretap = new Wiretap(clock, Retention.LIVE);
        TcpNetwork network = new TcpNetwork(wiretap, certificate, clock);
        LiveServer server = new LiveServer(options, store, certificate, wiretap, network);
        try {
            for (ServicePort service : ServicePort.values()) server.listen(service);
        } catch (IOException | RuntimeException e) {
            network.close();
            throw e;
        }
        return server;
    }

    private void listen(ServicePort service) throws IOException {
        boolean plaintext = options.allowPlaintextLogin() && (service == ServicePort.IMAP || service == ServicePort.POP3);
        ListenerConfig config = ListenerConfig.of(service, engines.get(service.protocol()))
                .withBindPort(options.port(service))
                .withBindAddress(options.listenAddress())
                .withHostname(options.hostname())
                .withPlaintextAuth(plaintext)
                .withLimits(options.limits());
        try {
            bound.put(service, network.start(config));
        } catch (java.net.BindException e) {
            throw new IOException("cannot listen on " + options.listenAddress() + ":" + options.port(service) + " for "
                    + service.ianaName() + " (" + e.getMessage() + "). Is another mailsim or mail server running? "
                    + "Choose another port with --" + optionName(service) + ".", e);
        }
    }

    private static SessionFactory engine(MailStore store, Protocol protocol) {
        return switch (protocol) {
            case IMAP -> Imap.sessions(store, ImapSettings.defaults(), MimeMessageParts.INSTANCE);
            case POP3 -> Pop3.sessions(store, Pop3Settings.defaults());
            case SMTP -> Smtp.sessions(store, SmtpSettings.defaults());
        };
    }

    private static String optionName(ServicePort service) {
        return switch (service) {
            case IMAP -> "imap-port";
            case IMAPS -> "imaps-port";
            case POP3 -> "pop3-port";
            case POP3S -> "pop3s-port";
            case SMTP -> "smtp-port";
            case SUBMISSION -> "submission-port";
            case SUBMISSIONS -> "smtps-port";
        };
    }

    public MailStore store() {
        return store;
    }

    public Wiretap wiretap() {
        return wiretap;
    }

    /** What the live view shows: each connection's exchange as it happens, passwords hidden, and the mailboxes. */
    public LiveMonitor monitor() {
        return monitor;
    }

    public ServerCertificate certificate() {
        return certificate;
    }

    /** The port a service is actually listening on. */
    public int port(ServicePort service) {
        return bound.get(service);
    }

    public LiveServerInfo info() {
        List<PortBinding> ports = new ArrayList<>();
        for (ServicePort service : ServicePort.values()) {
            boolean plaintext = options.allowPlaintextLogin() && (service == ServicePort.IMAP || service == ServicePort.POP3);
            ports.add(new PortBinding(service, port(service), plaintext));
        }
        return new LiveServerInfo(options.hostname(), options.listenAddress(), ports, store.accounts(),
                certificate.fingerprintSha256(), certificate.pem());
    }

    /** Says goodbye to every connected client (IMAP {@code * BYE}, POP3 {@code -ERR}, SMTP {@code 421}) and stops. */
    @Override
    public void close() {
        network.close();
        monitor.close();
    }
}
