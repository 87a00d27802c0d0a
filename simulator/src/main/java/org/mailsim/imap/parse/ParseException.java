package org.mailsim.imap.parse;

/**
 * A command that does not match the RFC 3501 §9 grammar. Answered with a tagged {@code BAD}
 * (RFC 3501 §7.1.3). The message is fixed text written for a learner and never contains client
 * input, so it cannot forge a reply line (STYLE §9).
 */
public final class ParseException extends RuntimeException {
    public ParseException(String reason) {
        super(reason, null, false, false);
    }
}
