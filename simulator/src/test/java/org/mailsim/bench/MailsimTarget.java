package org.mailsim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.mailsim.live.LiveServer;
import org.mailsim.live.LiveServerOptions;
import org.mailsim.net.ServicePort;
import org.mailsim.net.TransportLimits;
import org.mailsim.store.Account;
import org.mailsim.store.Flags;
import org.mailsim.store.MailStore;
import org.mailsim.store.RawMessage;

/**
 * mailsim's live server as a benchmark target: every listener on a free loopback port, plaintext
 * login allowed on the cleartext ports (the harness speaks no TLS, like {@code --allow-plaintext-login}),
 * no demo accounts, seeded straight through the store the engines serve.
 */
final class MailsimTarget implements BenchTarget {
    private final MailStore store = MailStore.live(Clock.systemUTC());
    private LiveServer server;
    private Path dataDir;

    @Override
    public String name() {
        return "mailsim";
    }

    @Override
    public void start() throws IOException {
        dataDir = Files.createTempDirectory("mailsim-bench");
        Map<ServicePort, Integer> ports = new EnumMap<>(ServicePort.class);
        for (ServicePort p : ServicePort.values()) ports.put(p, 0);
        // Every benchmark client comes from 127.0.0.1: lift the per-address limit (live default 500) for 10,000 idlers.
        TransportLimits limits = TransportLimits.DEFAULTS.withConnections(30_000, 30_000);
        server = LiveServer.start(new LiveServerOptions("127.0.0.1", "localhost", dataDir, ports, true, limits), store);
    }

    @Override
    public int imapPort() {
        return server.port(ServicePort.IMAP);
    }

    @Override
    public int pop3Port() {
        return server.port(ServicePort.POP3);
    }

    /** Port 25's stand-in: delivery to a local recipient without AUTH, as GreenMail's smtp port. */
    @Override
    public int smtpPort() {
        return server.port(ServicePort.SMTP);
    }

    @Override
    public boolean smtpRequiresAuth() {
        return false;
    }

    @Override
    public void addAccount(String login, String password) {
        store.addAccount(new Account(login, password, login + "@" + DOMAIN, 0));
    }

    @Override
    public void seedMessages(String login, int count, int sizeBytes) {
        for (int seq = 1; seq <= count; seq++) {
            store.append(login, "INBOX", RawMessage.of(BenchMessages.message(seq, sizeBytes)), Flags.NONE, null, "bench");
        }
    }

    @Override
    public int messageCount(String login) {
        return store.folder(login, "INBOX").exists();
    }

    @Override
    public long usedHeapAfterGc() {
        return Heap.usedAfterGc();
    }

    @Override
    public String describe() {
        return "mailsim on " + Heap.machine();
    }

    @Override
    public void stop() {
        if (server != null) server.close();
    }
}
