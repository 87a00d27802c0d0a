package org.mailsim.scenario.device.smtp;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.mailsim.net.Protocol;
import org.mailsim.net.Security;
import org.mailsim.scenario.AccountSpec;
import org.mailsim.scenario.DeviceSettings;
import org.mailsim.scenario.DeviceSpec;
import org.mailsim.scenario.MailSpec;
import org.mailsim.scenario.OutgoingSpec;
import org.mailsim.scenario.SimulatedServer;
import org.mailsim.scenario.TlsPolicy;
import org.mailsim.scenario.device.AppContext;
import org.mailsim.store.StoredMessage;

/**
 * A replay's world for device tests: the simulated server with alice (two messages waiting) and
 * bob on mailsim.test, and devices set up the way their users typed it.
 */
public final class MailWorld {

    public final SimulatedServer server;

    public MailWorld() {
        this(false);
    }

    /** @param allowPlaintextLogin accept passwords before STLS on port 110, as a careless server does */
    public MailWorld(boolean allowPlaintextLogin) {
        server = new SimulatedServer(allowPlaintextLogin);
        Instant earlier = SimulatedServer.START.minusSeconds(3600);
        server.addAccount(new AccountSpec("alice", "wonderland", "alice@mailsim.test", 0, List.of(), List.of(
                new MailSpec("INBOX", "bob@mailsim.test", "alice@mailsim.test", "Lunch?", earlier, "Noon at the cafe?", List.of(), null),
                new MailSpec("INBOX", "carol@example.org", "alice@mailsim.test", "Minutes", earlier, "See attached notes.", List.of(), null))));
        server.addAccount(new AccountSpec("bob", "builder", "bob@mailsim.test", 0, List.of(), List.of()));
    }

    /** A device as its user set it up: alice's account, the given port and security, defaults elsewhere. */
    public static Device device(String name, Protocol protocol, int port, Security security) {
        return new Device(new DeviceSpec(name, "alice", protocol, port, security,
                new DeviceSettings(false, Optional.empty(), Optional.empty(), false, TlsPolicy.REQUIRE,
                        DeviceSettings.DEFAULT_SERVER_NAME, Optional.empty(), DeviceSettings.DeleteMethod.MOVE_TO_TRASH),
                OutgoingSpec.SUBMISSION));
    }

    public AppContext context(Device device) {
        return context(device, device.spec().account() + "@mailsim.test");
    }

    /** A context whose user writes from {@code address}, which may belong to no account here (a stranger). */
    public AppContext context(Device device, String address) {
        DeviceSpec spec = device.spec();
        AccountSpec account = new AccountSpec(spec.account(), spec.account().equals("bob") ? "builder" : "wonderland",
                address, 0, List.of(), List.of());
        return new AppContext(spec, account, server, server.clock(), server.certificate());
    }

    /** The subjects in a user's INBOX on the server, oldest first. */
    public List<String> inboxOnServer(String login) {
        return server.store().folder(login, "INBOX").messages().stream().map(m -> m.summary().subject()).toList();
    }

    /** The newest message in a user's INBOX on the server, as text. */
    public String newestOnServer(String login) {
        List<StoredMessage> messages = server.store().folder(login, "INBOX").messages();
        return new String(messages.get(messages.size() - 1).raw().toByteArray(), StandardCharsets.UTF_8);
    }

    /** A device spec with the settings a scenario can change. */
    public record Device(DeviceSpec spec) {
        public Device leaveOnServer(Optional<Integer> deleteAfterDays) {
            DeviceSettings s = spec.settings();
            return with(new DeviceSettings(true, deleteAfterDays, s.checkEveryMinutes(), s.trustCertificate(), s.tlsPolicy(),
                    s.serverName(), s.password(), s.deleteMethod()));
        }

        public Device trusting() {
            DeviceSettings s = spec.settings();
            return with(new DeviceSettings(s.leaveOnServer(), s.deleteAfterDays(), s.checkEveryMinutes(), true, s.tlsPolicy(),
                    s.serverName(), s.password(), s.deleteMethod()));
        }

        public Device tlsPolicy(TlsPolicy policy) {
            DeviceSettings s = spec.settings();
            return with(new DeviceSettings(s.leaveOnServer(), s.deleteAfterDays(), s.checkEveryMinutes(), s.trustCertificate(), policy,
                    s.serverName(), s.password(), s.deleteMethod()));
        }

        public Device password(String typed) {
            DeviceSettings s = spec.settings();
            return with(new DeviceSettings(s.leaveOnServer(), s.deleteAfterDays(), s.checkEveryMinutes(), s.trustCertificate(),
                    s.tlsPolicy(), s.serverName(), Optional.of(typed), s.deleteMethod()));
        }

        public Device account(String login) {
            return new Device(new DeviceSpec(spec.name(), login, spec.protocol(), spec.port(), spec.security(), spec.settings(), spec.outgoing()));
        }

        public Device outgoing(int port, Security security, boolean authenticate) {
            return new Device(new DeviceSpec(spec.name(), spec.account(), spec.protocol(), spec.port(), spec.security(), spec.settings(),
                    new OutgoingSpec(port, security, authenticate)));
        }

        private Device with(DeviceSettings settings) {
            return new Device(new DeviceSpec(spec.name(), spec.account(), spec.protocol(), spec.port(), spec.security(), settings, spec.outgoing()));
        }
    }
}
