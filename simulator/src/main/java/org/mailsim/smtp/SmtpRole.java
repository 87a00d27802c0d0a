package org.mailsim.smtp;

/**
 * What the listener is for, decided by its port: transfer between servers, or submission by a
 * user's mail app. The rules differ: an MX takes mail for its own domains from anyone and
 * relays nothing; a submission server takes mail only from users who logged in.
 */
public enum SmtpRole {
    /** RFC 5321 §4.5.4.2, port 25: mail for local domains, no login, no relaying. */
    TRANSFER,
    /** RFC 6409 §3.1, port 587: STARTTLS, then AUTH, then mail to anyone. */
    SUBMISSION,
    /** RFC 8314 §3.3, port 465: TLS from the first byte, then AUTH. */
    SUBMISSIONS;

    public static SmtpRole forPort(int port) {
        return switch (port) {
            case 587 -> SUBMISSION;
            case 465 -> SUBMISSIONS;
            default -> TRANSFER;
        };
    }

    /** RFC 6409 §4.1: submission requires authentication. */
    public boolean requiresAuth() {
        return this != TRANSFER;
    }
}
