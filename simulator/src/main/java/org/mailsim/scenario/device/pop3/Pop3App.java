package org.mailsim.scenario.device.pop3;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.mailsim.scenario.Action;
import org.mailsim.scenario.device.AppContext;
import org.mailsim.scenario.device.DeviceView;
import org.mailsim.scenario.device.MailApp;
import org.mailsim.scenario.device.MessageRow;
import org.mailsim.scenario.device.OpenedMessage;
import org.mailsim.scenario.device.Sender;
import org.mailsim.scenario.device.TypedConsole;
import org.mailsim.scenario.device.smtp.ConnectionTrouble;
import org.mailsim.scenario.device.smtp.SmtpSender;

/**
 * A classic POP account (Outlook, Thunderbird): "check mail" is one download session
 * ({@link Pop3Download}); everything else works on the local copies and never touches the
 * server, because RFC 1939 has no flags, no folders, no search and no push. A session the learner
 * types by hand ({@link TypedPop3}) is a connection of its own: while it holds the maildrop, a
 * check from this or any other device meets {@code -ERR [IN-USE]} (RFC 2449 §8.1.2).
 */
public final class Pop3App implements MailApp {

    static final String NO_FOLDERS = "POP3 only downloads the Inbox; folders live on this device only";
    static final String OFFLINE = TypedConsole.OFFLINE;

    private final AppContext context;
    private final LocalMailbox mailbox = new LocalMailbox();
    private final UidlRecord record = new UidlRecord();
    private final TypedConsole console;
    private final Sender sender;
    private String folder = LocalMailbox.INBOX;
    private Optional<OpenedMessage> opened = Optional.empty();
    private int sentCount;

    public Pop3App(AppContext context) {
        this.context = context;
        this.console = new TypedConsole(context, new TypedPop3());
        this.sender = new SmtpSender(console::trusted);
    }

    @Override
    public List<String> perform(Action action) {
        return switch (action) {
            case Action.CheckMail c -> console.online() ? checkMail() : List.of(OFFLINE);
            case Action.OpenMessage o -> open(o.number(), true);
            case Action.PreviewMessage p -> open(p.number(), false);
            case Action.MarkRead m -> change(m.number(), message -> message.read(m.read()));
            case Action.Flag f -> change(f.number(), message -> message.flagged(f.flagged()));
            case Action.Delete d -> delete(d.number());
            case Action.OpenFolder f -> openFolder(f.folder());
            case Action.Move m -> List.of(NO_FOLDERS);
            case Action.CreateFolder f -> List.of(NO_FOLDERS);
            case Action.Search s -> List.of("POP3 has no search: the server cannot look through mail for the app");
            case Action.WaitForPush w -> List.of("POP3 has no push: new mail shows up only when the app checks again");
            case Action.Expunge e -> List.of("POP3 has no expunge: the server deletes only what DELE marked, at QUIT (RFC 1939 §6)");
            case Action.Send s -> console.online() ? send(s) : List.of(OFFLINE);
            case Action.GoOffline g -> goOffline();
            case Action.ComeOnline c -> console.comeOnline(); // nothing to resync: a POP app talks to the server again at the next check
            case Action.Quit q -> console.quit();
            case Action.TrustCertificate t -> console.trust();
            case Action.Wait w -> throw new IllegalArgumentException("waiting is the runner's job, not an app's");
        };
    }

    private List<String> checkMail() {
        try {
            return new Pop3Download(context, record, mailbox).run(console.trusted());
        } catch (Pop3Trouble trouble) {
            return List.of(trouble.notice());
        } catch (IOException e) {
            return List.of(ConnectionTrouble.explain(e, "the mail server", context.device().settings().serverName(), context.device().port(), context.device().security()));
        }
    }

    /** Opening is local: the whole message is already on the device; read state stays here. */
    private List<String> open(int number, boolean markRead) {
        Optional<LocalMessage> message = mailbox.get(folder, number);
        if (message.isEmpty()) return List.of(noSuchMessage(number));
        LocalMessage shown = markRead ? message.get().read(true) : message.get();
        mailbox.replace(folder, number, shown);
        opened = Optional.of(shown.opened());
        return List.of();
    }

    private List<String> change(int number, UnaryOperator<LocalMessage> change) {
        Optional<LocalMessage> message = mailbox.get(folder, number);
        if (message.isEmpty()) return List.of(noSuchMessage(number));
        mailbox.replace(folder, number, change.apply(message.get()));
        return List.of();
    }

    /** Deletes the local copy; the server is touched only by a download session's DELE. */
    private List<String> delete(int number) {
        Optional<LocalMessage> message = mailbox.get(folder, number);
        if (message.isEmpty()) return List.of(noSuchMessage(number));
        mailbox.remove(folder, number);
        if (opened.isPresent() && opened.get().id().equals(message.get().id())) opened = Optional.empty();
        boolean copyStays = folder.equals(LocalMailbox.INBOX) && context.device().settings().leaveOnServer();
        return List.of(copyStays ? "Deleted on this device only; the copy on the server stays" : "Deleted");
    }

    private List<String> openFolder(String name) {
        Optional<String> local = mailbox.folderNamed(name);
        if (local.isEmpty()) return List.of(NO_FOLDERS);
        folder = local.get();
        opened = Optional.empty();
        return List.of();
    }

    /** Sends through the outgoing server and files a copy in the local Sent folder, as a POP app does. */
    private List<String> send(Action.Send send) {
        Sender.Result result = sender.send(context, send.to(), send.subject(), send.body());
        if (result.sent().isPresent()) {
            sentCount++;
            mailbox.add(LocalMailbox.SENT, new LocalMessage("sent-" + sentCount, context.account().address(), send.subject(),
                    send.body(), false, false));
        }
        return result.notices();
    }

    private List<String> goOffline() {
        boolean wasOpen = console.goOffline();
        return List.of(wasOpen ? "Offline: the connection dropped without QUIT, so the server deletes nothing (RFC 1939 §6)" : "Offline");
    }

    private String noSuchMessage(int number) {
        return "There is no message " + number + " in " + folder;
    }

    @Override
    public List<String> type(String line) {
        return console.type(line, "Type one command per line");
    }

    /** POP3 servers push nothing; only an autologout notice may be waiting, and it is read and dropped. */
    @Override
    public List<String> settle() {
        return console.settle();
    }

    @Override
    public DeviceView view() {
        List<MessageRow> rows = mailbox.messages(folder).stream().map(LocalMessage::row).toList();
        return new DeviceView(context.name(), "POP3 app", console.connection(), mailbox.folderNames(), folder, rows, opened);
    }
}
