package org.mailsim.scenario.device.imap;

import java.io.IOException;
import java.util.Optional;

import org.mailsim.scenario.Action;
import org.mailsim.scenario.device.Sender;

/**
 * One user action turned into what the app sends: the table of contents of the app, one case
 * per action, in the order {@link Action} lists them.
 */
final class ActionRunner {
    private final ImapApp app;

    ActionRunner(ImapApp app) {
        this.app = app;
    }

    void run(Action action) throws IOException, AppProblem {
        switch (action) {
            case Action.CheckMail c -> checkMail();
            case Action.OpenMessage open -> app.show(actions().open(message(open.number())));
            case Action.PreviewMessage preview -> app.notices().add("Preview: " + actions().preview(message(preview.number())));
            case Action.MarkRead mark -> require(actions().store(message(mark.number()), mark.read(), "\\Seen"), "change the message");
            case Action.Flag flag -> require(actions().store(message(flag.number()), flag.flagged(), "\\Flagged"), "flag the message");
            case Action.Delete delete -> require(actions().delete(message(delete.number()),
                    app.context().device().settings().deleteMethod()), "delete the message");
            case Action.Expunge e -> {
                app.ready();
                require(app.online().client.run("EXPUNGE"), "remove deleted messages"); // RFC 3501 §6.4.3
            }
            case Action.Move move -> require(actions().move(message(move.number()), move.folder()), "move the message");
            case Action.CreateFolder create -> {
                app.ready();
                require(actions().createFolder(create.name()), "create the folder " + create.name());
            }
            case Action.Search search -> {
                app.ready();
                int found = actions().search(search.text());
                app.notices().add("Found " + found + (found == 1 ? " message" : " messages"));
            }
            case Action.Send send -> send(send);
            case Action.OpenFolder folder -> openFolder(folder.folder());
            case Action.WaitForPush w -> {
                app.ready();
                app.waitForPush();
            }
            case Action.Wait w -> { }             // ImapApp answers these three itself, without traffic
            case Action.GoOffline g -> app.loseNetwork();
            case Action.ComeOnline c -> checkMail(); // reconnect, log in, and a delta sync from the cached UIDs
            case Action.Quit q -> app.logout();
            case Action.TrustCertificate t -> { }
        }
    }

    /** A fresh SELECT syncs; a folder already selected asks NOOP for pending news (RFC 3501 §6.1.2), then syncs the changes. */
    private void checkMail() throws IOException, AppProblem {
        boolean wasSelected = app.online() != null && app.online().selected != null;
        app.ready();
        if (wasSelected) {
            app.online().client.run("NOOP");
            Sync.sync(app.online(), app.mailboxes());
        }
    }

    private void openFolder(String folder) throws IOException, AppProblem {
        String previous = app.mailboxes().current();
        app.mailboxes().show(folder);
        app.show(Optional.empty());
        if (app.online() != null && app.online().loggedIn) app.online().selected = null;
        try {
            app.ready(); // SELECT and sync: the cache makes it a delta sync when the folder was seen before
        } catch (AppProblem problem) {
            if (problem.disconnects()) throw problem;
            app.mailboxes().show(previous); // RFC 3501 §6.3.1: a failed SELECT leaves no folder selected
            app.ready();
            throw problem;
        }
    }

    /** SMTP through the sender, then the copy in Sent that a real app files itself (RFC 6409 §1 leaves it to the client). */
    private void send(Action.Send send) throws IOException, AppProblem {
        Sender.Result result = app.sender().send(app.context(), send.to(), send.subject(), send.body());
        app.notices().addAll(result.notices());
        if (result.sent().isEmpty()) return;
        app.ready();
        String sent = app.mailboxes().special("\\Sent", "Sent");
        require(actions().append(sent, result.sent().get()), "save a copy in " + sent);
    }

    private FolderCache.Cached message(int number) throws IOException, AppProblem {
        app.ready();
        return app.mailboxes().cache().row(number).orElseThrow(() -> AppProblem.staysConnected(Notices.noSuchMessage(number)));
    }

    private MessageActions actions() {
        return new MessageActions(app.online(), app.mailboxes());
    }

    private void require(Completion done, String what) {
        if (!done.ok()) app.notices().add(Notices.refusedCommand(what, done.tagged()));
    }
}
