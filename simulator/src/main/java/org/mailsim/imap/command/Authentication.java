package org.mailsim.imap.command;

import java.time.Duration;
import java.util.Optional;

import org.mailsim.store.Account;

/**
 * The end of every login, by LOGIN or AUTHENTICATE: check the password, enter the authenticated
 * state, or wait and refuse with {@code [AUTHENTICATIONFAILED]} (RFC 5530 §3) without saying
 * whether the user or the password was wrong.
 */
final class Authentication {
    private Authentication() { }

    static final String PRIVACY_REQUIRED_TEXT = "Plaintext authentication disallowed on non-secure (SSL/TLS) connections";

    /** RFC 3501 §6.2.3: a STARTTLS listener refuses passwords in the clear. */
    static void requirePrivacy(ImapContext session) {
        if (!session.passwordsAllowed()) throw ImapException.no("PRIVACYREQUIRED", PRIVACY_REQUIRED_TEXT); // RFC 5530 §3
    }

    /** RFC 5530 §3, in Dovecot's words. */
    static final String FAILED_TEXT = "Authentication failed.";

    static Completion attempt(ImapContext session, String login, String password, Responses out) {
        Optional<Account> account = session.store().authenticate(login, password);
        if (account.isEmpty()) {
            pause(session.settings().authFailureDelay()); // slows password guessing, as Dovecot does
            return Completion.no("AUTHENTICATIONFAILED", FAILED_TEXT);
        }
        session.loggedIn(account.get());
        // Like Dovecot: the new capability list comes with the OK, sparing a CAPABILITY round trip;
        // to a client that asked CAPABILITY before login, as an untagged response (imap/main.c).
        if (session.wantsUntaggedCapabilityAtLogin()) {
            out.untagged("CAPABILITY " + Capabilities.of(session));
            return Completion.ok("Logged in");
        }
        return Completion.ok("CAPABILITY " + Capabilities.of(session), "Logged in");
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) return;
        try {
            Thread.sleep(delay); // the connection's own (virtual) thread: nobody else waits
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
