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
import org.mailsim.scenario.device.TypedConsole;

/**
 * A device that only sends: a stranger's mail server connecting to port 25 (RFC 5321 transfer),
 * or a script that submits mail. Its own port and security are its outgoing server; it logs in
 * only when the scenario gives it a password.
 */
public final class SmtpOnlyApp implements MailApp {

    static final String ONLY_SENDS = "This device only sends mail (SMTP): it has no mailbox to read";
    static final String OFFLINE = TypedConsole.OFFLINE;

    private final AppContext context;
    private final SmtpSender sender;
    private final TypedConsole console;
    private final List<MessageRow> sent = new ArrayList<>();

    public SmtpOnlyApp(AppContext context) {
        this.context = context;
        this.console = new TypedConsole(context, new TypedSmtp());
        this.sender = new SmtpSender(console::trusted);
    }

    @Override
    public List<String> perform(Action action) {
        return switch (action) {
            case Action.Send s -> console.online() ? send(s) : List.of(OFFLINE);
            case Action.GoOffline g -> goOffline();
            case Action.ComeOnline c -> console.comeOnline();
            case Action.Quit q -> console.quit();
            case Action.TrustCertificate t -> console.trust();
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
        console.goOffline();
        return List.of("Offline");
    }

    @Override
    public List<String> type(String line) {
        return console.type(line, "Type one line at a time");
    }

    /** SMTP servers push nothing; a timeout's 421 may be waiting, and is read and dropped. */
    @Override
    public List<String> settle() {
        return console.settle();
    }

    @Override
    public DeviceView view() {
        return new DeviceView(context.name(), "SMTP sender", console.connection(), List.of("Sent"), "Sent", sent, Optional.empty());
    }
}
