package org.mailsim.scenario.device.imap;

import org.mailsim.scenario.Action;

/** What the user tried to do, in words, for "Offline: cannot … until the network is back". */
final class ActionWords {
    private ActionWords() { }

    static String of(Action action) {
        return switch (action) {
            case Action.CheckMail c -> "check mail";
            case Action.OpenMessage o -> "open message " + o.number();
            case Action.PreviewMessage p -> "preview message " + p.number();
            case Action.MarkRead m -> "mark message " + m.number() + (m.read() ? " read" : " unread");
            case Action.Flag f -> (f.flagged() ? "flag" : "unflag") + " message " + f.number();
            case Action.Delete d -> "delete message " + d.number();
            case Action.Expunge e -> "remove deleted messages";
            case Action.Move m -> "move message " + m.number() + " to " + m.folder();
            case Action.CreateFolder c -> "create the folder " + c.name();
            case Action.Search s -> "search";
            case Action.Send s -> "send a message";
            case Action.OpenFolder o -> "open the folder " + o.folder();
            case Action.WaitForPush w -> "wait for new mail";
            case Action.Wait w -> "wait";
            case Action.GoOffline g -> "go offline";
            case Action.ComeOnline c -> "come back online";
            case Action.Quit q -> "quit";
            case Action.TrustCertificate t -> "trust the certificate";
        };
    }
}
