package org.mailsim.scenario.device.imap;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mailsim.scenario.Action;
import org.mailsim.scenario.device.AppContext;
import org.mailsim.scenario.device.DeviceView;
import org.mailsim.scenario.device.MailApp;
import org.mailsim.scenario.device.OpenedMessage;
import org.mailsim.scenario.device.Sender;

/**
 * A scripted IMAP app that behaves like Thunderbird or iOS Mail: it stays connected with its
 * folder selected between actions, so other devices' changes reach it as untagged responses
 * (RFC 3501 §5.2), syncs by UID, and can wait for push with IDLE (RFC 2177), renewing it every
 * 29 minutes (§3). Problems become notices, after which the app is not connected.
 */
public final class ImapApp implements MailApp {
    private final AppContext ctx;
    private final Sender sender;
    private final Mailboxes mailboxes = new Mailboxes();
    private final List<String> notices = new ArrayList<>();
    private boolean trusted;
    private boolean offline;
    /** The user asked to wait for push: the app goes back to IDLE after each action. */
    private boolean push;
    /** How long an IDLE stays open before the app renews it; {@code null} for an app that never does. */
    private Duration renewIdleAfter = Push.RENEW_IDLE_AFTER;
    private Online online;
    private Optional<OpenedMessage> opened = Optional.empty();

    public ImapApp(AppContext ctx, Sender sender) {
        this.ctx = ctx;
        this.sender = sender;
        this.trusted = ctx.device().settings().trustCertificate();
    }

    /** True once the user has accepted the server's certificate (or the settings say so from the start). */
    public boolean trustsCertificate() {
        return trusted;
    }

    @Override
    public List<String> perform(Action action) {
        notices.clear();
        if (action instanceof Action.TrustCertificate) {
            trusted = true; // the user accepted the certificate: no traffic, the next handshake trusts it
            return List.of("You now trust the server's certificate");
        }
        if (action instanceof Action.Wait) return List.of(); // the runner's: virtual time passes, the app says nothing
        if (action instanceof Action.GoOffline) {
            offline = true;
            loseNetwork(); // the network is gone: no LOGOUT, no DONE, no TLS goodbye
            return List.of();
        }
        if (offline && action instanceof Action.Quit) {
            push = false; // closing the app: there is no connection left to say LOGOUT on
            return List.of();
        }
        if (offline && !(action instanceof Action.ComeOnline)) return List.of(Notices.offline(ActionWords.of(action)));
        offline = false;
        return attempt(() -> {
            if (online != null && online.client.idling()) online.client.done();
            new ActionRunner(this).run(action);
            if (online != null && online.selected != null) {
                if (mailboxes.cache().hasUnfetched()) Sync.fetchNew(online, mailboxes);
                if (push) online.client.startIdle();
            }
        });
    }

    @Override
    public List<String> type(String line) {
        notices.clear();
        if (offline) return List.of(Notices.offline("send a command"));
        return attempt(() -> {
            if (online == null) online = connect(true);
            new TypedLine(this, online).send(line);
            if (online != null && online.client.connection().serverClosed()) drop();
        });
    }

    /** What the app does for the user, over the network. */
    private interface Work {
        void run() throws IOException, AppProblem;
    }

    /**
     * Does {@code work} and returns what the app told its user meanwhile: a problem the app
     * reports (dropping the connection if it must), or a lost connection.
     */
    private List<String> attempt(Work work) {
        try {
            work.run();
        } catch (AppProblem problem) {
            if (problem.disconnects()) drop();
            notices.add(problem.notice());
        } catch (IOException lost) {
            drop();
            notices.add(Notices.CONNECTION_LOST);
        }
        return List.copyOf(notices);
    }

    @Override
    public List<String> settle() {
        if (online == null) return List.of();
        try {
            List<String> news = Push.settle(online, mailboxes);
            if (online.client.connection().serverClosed()) {
                drop();
                return List.of("The server closed the connection");
            }
            return news;
        } catch (IOException lost) {
            drop();
            return List.of(Notices.CONNECTION_LOST);
        }
    }

    /** RFC 2177 §3: an IDLE open for 29 minutes ends with DONE and starts again, before the server's autologout. */
    @Override
    public List<String> timePassed() {
        if (online == null || renewIdleAfter == null || online.client.connection().serverClosed()) return List.of();
        try {
            return Push.renewIfDue(online, mailboxes, renewIdleAfter);
        } catch (IOException lost) {
            drop();
            return List.of(Notices.CONNECTION_LOST);
        }
    }

    @Override
    public DeviceView view() {
        String connection = offline ? "offline" : online == null ? "not connected" : "connected (" + online.words + ")";
        var rows = mailboxes.cache().messages().stream().map(FolderCache.Cached::row).toList();
        return new DeviceView(ctx.name(), "IMAP app", connection, mailboxes.folders(), mailboxes.current(), rows, opened);
    }

    /**
     * Connects, logs in, lists the folders at each login (as Thunderbird does: folders made on
     * other devices appear), and selects and syncs the folder shown.
     */
    void ready() throws IOException, AppProblem {
        if (online == null) online = connect(false);
        if (!online.loggedIn) {
            if (online.capabilities.names().isEmpty()) online.capabilities = Connecting.capability(online.client);
            online.capabilities = Login.logIn(online.client, online.capabilities, ctx);
            online.loggedIn = true;
            Sync.listFolders(online.client, mailboxes);
        }
        if (!mailboxes.listed()) Sync.listFolders(online.client, mailboxes);
        if (online.selected == null) {
            if (!Sync.select(online, mailboxes, mailboxes.current())) throw AppProblem.staysConnected(Notices.noFolder(mailboxes.current()));
            Sync.sync(online, mailboxes);
        }
    }

    private Online connect(boolean byHand) throws AppProblem {
        Connecting.Opened opened = Connecting.open(ctx, trusted, byHand, mailboxes::apply);
        mailboxes.receiveFor(null);
        return new Online(opened.client(), opened.capabilities(), opened.words());
    }

    /** The network goes away: nothing more reaches the server, not even TLS's close_notify. */
    void loseNetwork() {
        if (online != null) {
            try {
                online.client.abort();
            } catch (IOException e) {
                // Already gone: nothing left to lose.
            }
        }
        online = null;
        mailboxes.receiveFor(null);
    }

    /** Closes the connection without a word to the server, as a failure does. */
    void drop() {
        if (online != null) Connecting.closeQuietly(online.client);
        online = null;
        mailboxes.receiveFor(null);
    }

    /** RFC 3501 §6.1.3: LOGOUT, then the server's BYE and OK, then close. */
    void logout() throws IOException {
        if (online != null) online.client.run("LOGOUT");
        push = false;
        drop();
    }

    AppContext context() {
        return ctx;
    }

    Sender sender() {
        return sender;
    }

    Mailboxes mailboxes() {
        return mailboxes;
    }

    Online online() {
        return online;
    }

    List<String> notices() {
        return notices;
    }

    void waitForPush() {
        push = true;
    }

    /** Makes this app one that never renews IDLE: the server's autologout then ends its connection. */
    void neverRenewIdle() {
        renewIdleAfter = null;
    }

    void show(Optional<OpenedMessage> message) {
        opened = message;
    }

    boolean trusted() {
        return trusted;
    }
}
