package org.mailsim.scenario.device.imap;

/**
 * Something the user must be told, in their words. Most problems (a refused login, an
 * untrusted certificate) leave the app not connected; a few (no such message) leave the
 * connection as it is.
 */
final class AppProblem extends Exception {
    private final boolean disconnects;

    AppProblem(String notice) {
        this(notice, true);
    }

    private AppProblem(String notice, boolean disconnects) {
        super(notice, null, false, false);
        this.disconnects = disconnects;
    }

    /** A problem with what the user asked for, not with the connection. */
    static AppProblem staysConnected(String notice) {
        return new AppProblem(notice, false);
    }

    /** What the user reads. */
    String notice() {
        return getMessage();
    }

    boolean disconnects() {
        return disconnects;
    }
}
