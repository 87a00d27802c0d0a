package org.mailsim.smtp;

/**
 * A command that fails with a 4xx/5xx reply. Thrown by parsers and commands, answered in one
 * place ({@link SmtpSession}). The reply text is the server's own, never raw client input.
 */
public final class SmtpError extends RuntimeException {

    private final SmtpReply reply;
    private final boolean counted;

    private SmtpError(SmtpReply reply, boolean counted) {
        super(reply.line(), null, false, false);
        this.reply = reply;
        this.counted = counted;
    }

    /** A protocol error (500, 501, 503, 535…): counts towards the error limit. */
    public static SmtpError bad(int code, String enhanced, String text) {
        return new SmtpError(SmtpReply.of(code, enhanced, text), true);
    }

    /** A well-formed request refused by policy (relay denied, user unknown, mailbox full). */
    public static SmtpError refused(int code, String enhanced, String text) {
        return new SmtpError(SmtpReply.of(code, enhanced, text), false);
    }

    /** {@code 501 5.5.4}: arguments that do not parse. */
    public static SmtpError syntax(String usage) {
        return bad(501, "5.5.4", "Syntax: " + usage);
    }

    public SmtpReply reply() {
        return reply;
    }

    public boolean counted() {
        return counted;
    }
}
