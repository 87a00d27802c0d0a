package org.mailsim.scenario.device;

import java.util.List;

import org.mailsim.scenario.Action;

/**
 * A scripted mail app on one device. Each call does what a real app would do on the wire and
 * returns the notices the user would see ("Login failed: …", "Sent", "Cannot verify the server's
 * identity"). Problems a user would meet — a refused login, an untrusted certificate, a port that
 * never answers — are notices, never exceptions: they are the lessons.
 */
public interface MailApp {

    /** Does one user action. {@link Action.Wait} is the runner's, never an app's. */
    List<String> perform(Action action);

    /**
     * Sends one line typed by hand on the app's connection, opening one (and reading the
     * greeting) if there is none, and reads the server's full answer.
     */
    List<String> type(String line);

    /** Reacts to what the server pushed meanwhile (an IMAP app in IDLE); never waits. */
    List<String> settle();

    /**
     * Virtual time moved on while the user waited: the app's own timers run (an IMAP app renews
     * an IDLE that has been open for 29 minutes). Never waits. Most apps have no timer of their own.
     */
    default List<String> timePassed() {
        return List.of();
    }

    /** What the screen shows now. */
    DeviceView view();
}
