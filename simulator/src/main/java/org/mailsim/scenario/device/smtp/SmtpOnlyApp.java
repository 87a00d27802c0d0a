package org.mailsim.scenario.device.smtp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailsim.scenario.Action;
import org.mailsim.scenario.OutgoingSpec;
import org.mailsim.scenario.device.AppContext;
import org.mailsim.scenario.device.DeviceView;
import org.mailsim.scenario.device.MailApp;
import org.mailsim.scenario.device.MessageRow;
import org.mailsim.scenario.device.Sender;

/**
 * A device that only sends: a stranger's mail server connecting to port 25 (RFC 5321 transfer),
 * or a script that submits mail. Its own port and security are its outgoing server; it logs in
 * only when the scenario gives it a password.
 */
public final class SmtpOnlyApp implements MailApp {

    static final String ONLY_SENDS = "This device only sends mail (SMTP): it has no mailbox to read";
    static final String OFFLINE = "Offline: this device cannot reach the server";

    private final AppContext context;
    private final SmtpSender sender;
    private final TypedSmtp typed = new TypedSmtp();
    private final List<MessageRow> sent = new ArrayList<>();
    private boolean trusted;
    private boolean online = true;

    public SmtpOnlyApp(AppContext context) {
        this.context = context;
        this.trusted = context.device().settings().trustCertificate();
        this.sender = new SmtpSender(() -> trusted);
    }

    @Override
    public List<String> perform(Action action) {
        return switch (action) {
            case Action.Send s -> online ? send(s) : List.of(OFFLINE);
            case Action.GoOffline g -> goOffline();
            case Action.ComeOnline c -> comeOnline();
            case Action.Quit q -> typed.quit(context, trusted);
            case Action.TrustCertificate t -> trust();
            case Action.Wait w -> throw new IllegalArgumentException("waiting is the runner's job, not an app's");
            default -> List.of(ONLY_SENDS);
        };
    }

    /** The device's own port and security are where it sends; a password in the scenario means it logs in. */
    private List<String> send(Action.Send send) {
        OutgoingSpec outgoing = new OutgoingSpec(context.device().port(), context.device().security(),
                context.device().settings().password().isPresent());
        Sender.Result result = sender.send(context, outgoing, send.to(), send.subject(), send.body());
        if (result.sent().isPresent()) {
            sent.add(new MessageRow("sent-" + (sent.size() + 1), context.account().address(), send.subject(), false, false, false));
        }
        return result.notices();
    }

    private List<String> goOffline() {
        typed.drop();
        online = false;
        return List.of("Offline");
    }

    private List<String> comeOnline() {
        online = true;
        return List.of();
    }

    private List<String> trust() {
        trusted = true;
        return List.of("This device now trusts the server's certificate");
    }

    @Override
    public List<String> type(String line) {
        if (!online) return List.of(OFFLINE);
        if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) return List.of("Type one line at a time");
        return typed.type(context, trusted, line);
    }

    /** SMTP servers push nothing; a timeout's 421 may be waiting, and is read and dropped. */
    @Override
    public List<String> settle() {
        typed.drain();
        return List.of();
    }

    @Override
    public DeviceView view() {
        String connection = !online ? "offline" : typed.describe();
        return new DeviceView(context.name(), "SMTP sender", connection, List.of("Sent"), "Sent", sent, Optional.empty());
    }
}
