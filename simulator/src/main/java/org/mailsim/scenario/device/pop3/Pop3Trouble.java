package org.mailsim.scenario.device.pop3;

/**
 * Why a check stopped, in the words the app shows, quoting the server's status line so the
 * learner can find it in the transcript. All POP3 notices for refusals are written here.
 */
final class Pop3Trouble extends Exception {

    private Pop3Trouble(String notice) {
        super(notice, null, false, false);
    }

    String notice() {
        return getMessage();
    }

    static Pop3Trouble stlsMissing() {
        return new Pop3Trouble("The server does not offer STLS and this device requires an encrypted connection"
                + " (RFC 8314 §5.2) — someone on the network may have removed it from the capability list");
    }

    /** The answer to the greeting, USER, PASS or AUTH was negative. */
    static Pop3Trouble login(Pop3Status answer, boolean afterUser) {
        String code = answer.code().orElse("");
        String why;
        if (code.equals("IN-USE")) {
            why = "Another device is downloading this mailbox right now; try again in a moment";  // RFC 2449 §8.1.2
        } else if (afterUser) {
            // USER should not say whether a name exists (RFC 3206 §5), so a refusal here is about the
            // connection: the server's privacy mode refuses logins without TLS (RFC 2595 §2.2).
            why = "The server refuses passwords on an unencrypted connection — choose STARTTLS or SSL/TLS";
        } else if (code.equals("AUTH")) {
            why = "Login failed: the server rejected the user name or password";                   // RFC 3206 §5
        } else {
            why = "The server refused the login";
        }
        return new Pop3Trouble(why + " (" + answer.line() + ")");
    }

    static Pop3Trouble refused(String what, Pop3Status answer) {
        return new Pop3Trouble("The server refused " + what + " (" + answer.line() + ")");
    }
}
