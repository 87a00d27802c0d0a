package org.mailsim.scenario.device.smtp;

/**
 * Why a message was not sent, in the words a mail app shows, quoting the server's reply so the
 * learner can match it with the transcript. Made in one place, from the reply and the step it
 * answered.
 */
final class SendRefusal extends Exception {

    private SendRefusal(String notice) {
        super(notice, null, false, false);
    }

    String notice() {
        return getMessage();
    }

    /** Refused before the server said anything about the message itself. */
    static SendRefusal because(String notice) {
        return new SendRefusal(notice);
    }

    /** The server answered {@code reply} where the app expected success; {@code encrypted}: TLS was on. */
    static SendRefusal of(SmtpResponse reply, boolean encrypted) {
        String why = switch (reply.code()) {
            // RFC 6409 §4.3 / RFC 3207 §4: submission wants TLS first, then a login.
            case 530 -> encrypted
                    ? "The server requires a login before it takes mail — turn on \"My outgoing server requires authentication\""
                    : "The server requires STARTTLS before anything else — choose STARTTLS as the security";
            case 535 -> "Login failed: the outgoing server rejected the user name or password";          // RFC 4954 §6
            case 538 -> "The server takes passwords only over an encrypted connection — choose STARTTLS"; // RFC 4954 §6
            case 503 -> "This port does not take logins — send with authentication on port 587";
            case 554 -> reply.last().startsWith("554 5.7.1")
                    ? "The server refuses to relay to other domains without a login — use port 587 with authentication"
                    : "The server refused the message";
            case 550 -> "There is no such mailbox on the server: check the address";                     // RFC 5321 §4.2.2
            case 552 -> reply.last().startsWith("552 5.2.2") ? "The recipient's mailbox is full"      // RFC 3463 §3.3
                    : reply.last().startsWith("552 5.3.4") ? "The message is bigger than the server accepts" // RFC 3463 §3.4
                    : "The recipient's mailbox is full, or the message is too big";                     // RFC 5321 §4.2.2
            default -> "The server did not accept it";
        };
        return new SendRefusal("Not sent. " + why + " (" + reply.last() + ")");
    }
}
