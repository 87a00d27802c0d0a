package org.mailsim.imap.command;

/**
 * A command that cannot be carried out, thrown by a handler and turned into its tagged
 * {@code NO} or {@code BAD} in one place (the session). Carries fixed text only (STYLE §9).
 */
public final class ImapException extends RuntimeException {
    private final Completion completion;

    private ImapException(Completion completion) {
        super(completion.text(), null, false, false);
        this.completion = completion;
    }

    public static ImapException no(String code, String text) {
        return new ImapException(Completion.no(code, text));
    }

    public static ImapException bad(String text) {
        return new ImapException(Completion.bad(text));
    }

    public Completion completion() {
        return completion;
    }
}
