package org.mailsim.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.mailsim.imap.Imap;
import org.mailsim.imap.ImapSettings;
import org.mailsim.imap.fetch.MimeMessageParts;
import org.mailsim.net.ClientConnection;
import org.mailsim.net.ListenerConfig;
import org.mailsim.net.Protocol;
import org.mailsim.net.ServerCertificate;
import org.mailsim.net.ServicePort;
import org.mailsim.net.SessionFactory;
import org.mailsim.net.VirtualClock;
import org.mailsim.net.VirtualNetwork;
import org.mailsim.pop3.Pop3;
import org.mailsim.pop3.Pop3Settings;
import org.mailsim.scenario.device.Connector;
import org.mailsim.smtp.Smtp;
import org.mailsim.smtp.SmtpSettings;
import org.mailsim.store.Account;
import org.mailsim.store.Flags;
import org.mailsim.store.MailStore;
import org.mailsim.store.RawMessage;
import org.mailsim.wire.Wiretap;

/**
 * The mail server of a replay: a deterministic store, a wiretap and the virtual network with a
 * listener on every mail port (143, 993, 110, 995, 25, 587, 465), each served by the real
 * engines. Time is virtual and starts at {@link #START}; UIDVALIDITY counts 1, 2, 3…; so the same
 * scenario gives the same transcript every time.
 */
public final class SimulatedServer implements Connector {
    /** When every replay begins: 2026-01-15 09:30 UTC. */
    public static final Instant START = Instant.parse("2026-01-15T09:30:00Z");
    /** The server's name, in its certificate and greetings; what devices type as server name. */
    public static final String HOSTNAME = "mail.mailsim.test";

    private static final DateTimeFormatter RFC5322_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final VirtualClock clock;
    private final MailStore store;
    private final Wiretap wiretap;
    private final ServerCertificate certificate = ServerCertificate.forReplays();
    private final VirtualNetwork network;

    /**
     * @param allowPlaintextLogin accept passwords before STARTTLS on 143 and 110 (to show them sniffed)
     */
    public SimulatedServer(boolean allowPlaintextLogin) {
        this(new VirtualClock(START), allowPlaintextLogin);
    }

    private SimulatedServer(VirtualClock clock, boolean allowPlaintextLogin) {
        this(clock, MailStore.deterministic(clock), new Wiretap(clock), allowPlaintextLogin);
    }

    /**
     * A server over a store and wiretap made by the caller (the lab console's sandboxes limit
     * both); the clock is the one they were made with.
     */
    public SimulatedServer(VirtualClock clock, MailStore store, Wiretap wiretap, boolean allowPlaintextLogin) {
        this.clock = clock;
        this.store = store;
        this.wiretap = wiretap;
        this.network = new VirtualNetwork(clock, wiretap, certificate);
        // One engine per protocol, shared by its ports: a POP3 maildrop locked on 110 is locked on 995 too (RFC 1939 §8).
        Map<Protocol, SessionFactory> engines = new EnumMap<>(Protocol.class);
        for (Protocol protocol : Protocol.values()) engines.put(protocol, engine(protocol));
        for (ServicePort service : ServicePort.values()) {
            boolean plaintext = allowPlaintextLogin && (service == ServicePort.IMAP || service == ServicePort.POP3);
            network.listen(ListenerConfig.of(service, engines.get(service.protocol())).withHostname(HOSTNAME).withPlaintextAuth(plaintext));
        }
    }

    /** The engines as the live server runs them, but without the pause after a failed login (time is virtual here). */
    private SessionFactory engine(Protocol protocol) {
        return switch (protocol) {
            case IMAP -> Imap.sessions(store, ImapSettings.defaults().withAuthFailureDelay(java.time.Duration.ZERO), MimeMessageParts.INSTANCE);
            case POP3 -> Pop3.sessions(store, Pop3Settings.defaults().withAuthFailureDelay(java.time.Duration.ZERO));
            case SMTP -> Smtp.sessions(store, SmtpSettings.defaults().withAuthFailureDelay(java.time.Duration.ZERO));
        };
    }

    @Override
    public ClientConnection connect(String device, int port) throws IOException {
        return network.connect(device, port);
    }

    public VirtualClock clock() {
        return clock;
    }

    public MailStore store() {
        return store;
    }

    public Wiretap wiretap() {
        return wiretap;
    }

    public VirtualNetwork network() {
        return network;
    }

    public ServerCertificate certificate() {
        return certificate;
    }

    /** Creates the account with its folders and starting mail, as the scenario file describes it. */
    public void addAccount(AccountSpec spec) {
        store.addAccount(new Account(spec.login(), spec.password(), spec.address(), spec.quotaBytes()));
        for (String folder : spec.folders()) {
            if (!store.folderExists(spec.login(), folder)) store.createFolder(spec.login(), folder, null);
        }
        int n = 0;
        for (MailSpec mail : spec.mail()) {
            n++;
            if (!store.folderExists(spec.login(), mail.folder())) store.createFolder(spec.login(), mail.folder(), null);
            RawMessage raw = mail.raw() != null ? RawMessage.ofText(mail.raw()) : compose(mail, spec.login(), n);
            store.append(spec.login(), mail.folder(), raw, Flags.parse(mail.flags()), mail.date(), null);
        }
    }

    /** An RFC 5322 message from a scenario's few fields, with a Message-ID that is the same every replay. */
    static RawMessage compose(MailSpec mail, String login, int n) {
        String text = "Date: " + RFC5322_DATE.format(mail.date()) + "\n"
                + "From: " + mail.from() + "\n"
                + "To: " + mail.to() + "\n"
                + "Subject: " + mail.subject() + "\n"
                + "Message-ID: <" + n + "." + login + "@" + HOSTNAME + ">\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=utf-8\n"
                + "Content-Transfer-Encoding: 8bit\n"
                + "\n"
                + (mail.body().endsWith("\n") || mail.body().isEmpty() ? mail.body() : mail.body() + "\n");
        return RawMessage.of(text.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
