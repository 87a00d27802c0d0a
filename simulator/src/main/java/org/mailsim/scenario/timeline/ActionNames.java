package org.mailsim.scenario.timeline;

import org.mailsim.scenario.Action;

/** A user action in the words the player shows ("opens message 2"). */
final class ActionNames {
    private ActionNames() { }

    static String of(Action action) {
        return switch (action) {
            case Action.CheckMail a -> "checks mail";
            case Action.OpenMessage a -> "opens message " + a.number();
            case Action.PreviewMessage a -> "previews message " + a.number();
            case Action.MarkRead a -> "marks message " + a.number() + (a.read() ? " read" : " unread");
            case Action.Flag a -> (a.flagged() ? "flags" : "unflags") + " message " + a.number();
            case Action.Delete a -> "deletes message " + a.number();
            case Action.Expunge a -> "expunges deleted messages";
            case Action.Move a -> "moves message " + a.number() + " to " + a.folder();
            case Action.CreateFolder a -> "creates folder " + a.name();
            case Action.Search a -> "searches for \"" + a.text() + "\"";
            case Action.Send a -> "sends a message to " + a.to();
            case Action.OpenFolder a -> "opens folder " + a.folder();
            case Action.WaitForPush a -> "waits for new mail (push)";
            case Action.Wait a -> "waits " + words(a.duration());
            case Action.GoOffline a -> "goes offline";
            case Action.ComeOnline a -> "comes back online";
            case Action.Quit a -> "closes the app";
            case Action.TrustCertificate a -> "trusts the server's certificate";
        };
    }

    private static String words(java.time.Duration d) {
        if (d.toDays() > 0 && d.toHoursPart() == 0 && d.toMinutesPart() == 0) return count(d.toDays(), "day");
        if (d.toHours() > 0 && d.toMinutesPart() == 0) return count(d.toHours(), "hour");
        if (d.toMinutes() > 0 && d.toSecondsPart() == 0) return count(d.toMinutes(), "minute");
        return count(d.toSeconds(), "second");
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
