package org.mailsim.scenario.device.imap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.mailsim.net.Protocol;
import org.mailsim.net.Security;
import org.mailsim.scenario.AccountSpec;
import org.mailsim.scenario.Action;
import org.mailsim.scenario.DeviceSettings;
import org.mailsim.scenario.DeviceSpec;
import org.mailsim.scenario.MailSpec;
import org.mailsim.scenario.OutgoingSpec;
import org.mailsim.scenario.SimulatedServer;
import org.mailsim.scenario.TlsPolicy;
import org.mailsim.scenario.device.AppContext;
import org.mailsim.scenario.device.Sender;
import org.mailsim.wire.Direction;
import org.mailsim.wire.TappedConnection;

/**
 * A replay's server with alice's account (three messages in INBOX, the oldest already read) and
 * helpers to put IMAP apps on devices and read what they sent.
 */
final class ImapAppFixture {
    static final String SENT_MESSAGE = "From: alice@mailsim.test\r\nTo: bob@mailsim.test\r\nSubject: Lunch\r\n"
            + "Message-ID: <lunch@mailsim.test>\r\n\r\nSee you at noon.\r\n";

    final SimulatedServer server;

    ImapAppFixture() {
        this(false);
    }

    ImapAppFixture(boolean allowPlaintextLogin) {
        server = new SimulatedServer(allowPlaintextLogin);
        Instant day = Instant.parse("2026-01-14T08:00:00Z");
        server.addAccount(new AccountSpec("alice", "wonderland", "alice@mailsim.test", 0, List.of("Work"), List.of(
                mail("bob@mailsim.test", "Minutes", day, "The minutes are attached.", List.of("\\Seen")),
                mail("carol@mailsim.test", "Lunch?", day.plusSeconds(3600), "Shall we have lunch on Friday?", List.of()),
                mail("dave@mailsim.test", "Invoice 42", day.plusSeconds(7200), "Please find invoice 42 below.", List.of()))));
    }

    private static MailSpec mail(String from, String subject, Instant date, String body, List<String> flags) {
        return new MailSpec("INBOX", from, "alice@mailsim.test", subject, date, body, flags, null);
    }

    /** A well set-up app: IMAP over TLS on 993, certificate trusted, moves deleted mail to Trash. */
    ImapApp app(String device) {
        return app(device, 993, Security.IMPLICIT_TLS, s -> s);
    }

    ImapApp app(String device, int port, Security security, UnaryOperator<DeviceSettings> settings) {
        DeviceSettings defaults = new DeviceSettings(true, Optional.empty(), Optional.empty(), true, TlsPolicy.REQUIRE,
                SimulatedServer.HOSTNAME, Optional.empty(), DeviceSettings.DeleteMethod.MOVE_TO_TRASH);
        DeviceSpec spec = new DeviceSpec(device, "alice", Protocol.IMAP, port, security, settings.apply(defaults),
                OutgoingSpec.SUBMISSION);
        AppContext ctx = new AppContext(spec, new AccountSpec("alice", "wonderland", "alice@mailsim.test", 0, List.of(), List.of()),
                server, server.clock(), server.certificate());
        return new ImapApp(ctx, new FakeSender());
    }

    /** Stands in for the SMTP sender: accepts every message and returns a fixed one. */
    static final class FakeSender implements Sender {
        @Override
        public Result send(AppContext context, String to, String subject, String body) {
            return new Result(List.of("Sent"), Optional.of(SENT_MESSAGE.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /**
     * Virtual time passes as in a scenario's "wait" step: a minute at a time, the server's
     * timers first, then the app's own; returns what the app told its user meanwhile.
     */
    List<String> passTime(Duration duration, ImapApp app) {
        List<String> notices = new ArrayList<>();
        for (Duration left = duration; left.isPositive(); left = left.minusMinutes(1)) {
            server.network().advance(Duration.ofMinutes(1));
            notices.addAll(app.timePassed());
        }
        return notices;
    }

    /** Every line the device sent, over all its connections, as the server read them (TLS removed). */
    List<String> sentBy(String device) {
        return connections(device).stream().flatMap(c -> c.transcript().lines(Direction.CLIENT_TO_SERVER).stream())
                .map(ImapAppFixture::withoutCrlf).toList();
    }

    /** Every line the server sent the device. */
    List<String> receivedBy(String device) {
        return connections(device).stream().flatMap(c -> c.transcript().lines(Direction.SERVER_TO_CLIENT).stream())
                .map(ImapAppFixture::withoutCrlf).toList();
    }

    /** The device's commands without their tags: "UID FETCH 1:* (…)". */
    List<String> commandsOf(String device) {
        return sentBy(device).stream().map(line -> line.startsWith("A") && line.contains(" ") ? line.substring(line.indexOf(' ') + 1) : line)
                .toList();
    }

    List<TappedConnection> connections(String device) {
        return server.wiretap().connections().stream().filter(c -> c.info().remote().equals(device)).toList();
    }

    /** What an eavesdropper could read: cleartext bytes both ways, never what TLS carried. */
    String cleartextOf(String device) {
        StringBuilder text = new StringBuilder();
        for (TappedConnection c : connections(device)) {
            c.exchanges().stream().filter(e -> e.layer() == org.mailsim.wire.Layer.CLEARTEXT)
                    .forEach(e -> text.append(new String(e.bytes(), StandardCharsets.ISO_8859_1)));
        }
        return text.toString();
    }

    static Action.CheckMail checkMail() {
        return new Action.CheckMail();
    }

    private static String withoutCrlf(String line) {
        return line.endsWith("\r\n") ? line.substring(0, line.length() - 2) : line;
    }
}
