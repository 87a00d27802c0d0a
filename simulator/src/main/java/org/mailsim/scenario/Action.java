package org.mailsim.scenario;

import java.time.Duration;

/**
 * What a user does on a device, in the words a scenario writes after {@code do:}. The device's
 * scripted app turns each into the commands a real app would send. {@link ActionParser} lists the
 * phrases.
 */
public sealed interface Action {
    /** Connect if needed, log in, and sync: IMAP lists and fetches headers; POP3 downloads. */
    record CheckMail() implements Action { }

    /** Open a message to read it: the body is fetched and {@code \Seen} set (RFC 3501 §6.4.5). */
    record OpenMessage(int number) implements Action { }

    /** Show a preview without marking it read: {@code BODY.PEEK} (RFC 3501 §6.4.5). */
    record PreviewMessage(int number) implements Action { }

    record MarkRead(int number, boolean read) implements Action { }

    record Flag(int number, boolean flagged) implements Action { }

    /** Delete as the device's delete method says (move to Trash, or mark \Deleted; POP3 DELE). */
    record Delete(int number) implements Action { }

    /** Remove messages marked \Deleted (IMAP EXPUNGE, RFC 3501 §6.4.3). */
    record Expunge() implements Action { }

    record Move(int number, String folder) implements Action { }

    record CreateFolder(String name) implements Action { }

    record Search(String text) implements Action { }

    /** Send a message over SMTP submission, then file a copy in Sent like a real app. */
    record Send(String to, String subject, String body) implements Action { }

    /** Select a folder to look at. */
    record OpenFolder(String folder) implements Action { }

    /** Stay connected and wait for the server to push news (IMAP IDLE, RFC 2177). */
    record WaitForPush() implements Action { }

    /** Time passes: polling devices poll, timers run out (virtual time). */
    record Wait(Duration duration) implements Action { }

    /** The network goes away: the connection dies without LOGOUT or QUIT. */
    record GoOffline() implements Action { }

    /** The network is back: the app reconnects and resyncs. */
    record ComeOnline() implements Action { }

    /** Close the app politely: IMAP LOGOUT, POP3 QUIT, SMTP QUIT. */
    record Quit() implements Action { }

    /** The user looks at the certificate warning and accepts the certificate. */
    record TrustCertificate() implements Action { }
}
