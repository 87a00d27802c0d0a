package org.mailsim.scenario.device.imap;

import java.io.IOException;
import java.util.Locale;

/**
 * A line the learner types on the app's connection: sent as typed, then the answer read up to
 * the tagged completion for that line's tag (RFC 3501 §2.2.1) or a continuation request
 * (§7.5), whichever comes first. The app keeps up with what the line did: a typed STARTTLS
 * upgrades the connection, a typed LOGIN logs it in, a typed SELECT takes the app's own folder
 * away, a typed IDLE waits for the learner's DONE.
 */
final class TypedLine {
    private final ImapApp app;
    private final Online online;

    TypedLine(ImapApp app, Online online) {
        this.app = app;
        this.online = online;
    }

    void send(String line) throws IOException, AppProblem {
        if (online.client.idling()) online.client.done(); // the app's own IDLE ends before the learner speaks
        if (online.typedIdle != null && line.strip().equalsIgnoreCase("DONE")) {
            online.client.sendTyped(line);
            String tag = online.typedIdle;
            online.typedIdle = null;
            online.client.readUntil(tag, false); // RFC 2177 §3: DONE completes the IDLE
            return;
        }
        String[] words = (online.typedContinuing != null ? online.typedContinuing : line).strip().split(" +", 3);
        String tag = words[0];
        String command = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "";
        online.client.sendTyped(line);
        if (online.typedContinuing != null) { // RFC 3501 §7.5: this line carries the literal or SASL answer asked for
            online.typedContinuing = null;
            ImapResponse answer = online.client.readUntil(tag, true);
            if (answer.continuation()) online.typedContinuing = tag + " " + command;
            else followUp(command, answer);
            return;
        }
        if (tag.isEmpty() || tag.equals("*") || tag.equals("+")) return; // not a command the server can answer by tag
        ImapResponse answer = online.client.readUntil(tag, true);
        if (answer.continuation()) {
            if (command.equals("IDLE")) online.typedIdle = tag;
            else online.typedContinuing = tag + " " + command;
            return;
        }
        followUp(command, answer);
    }

    /** What the app's model learns from a typed command's completion. */
    private void followUp(String command, ImapResponse answer) throws IOException, AppProblem {
        boolean ok = answer.status().equals("OK");
        switch (command) {
            case "STARTTLS" -> {
                if (!ok) return;
                Connecting.handshake(app.context(), online.client.connection(), app.trusted()); // RFC 3501 §6.2.1
                online.words = Connecting.words(app.context(), online.client.connection());
                online.capabilities = Capabilities.NONE; // must be asked again
            }
            case "LOGIN", "AUTHENTICATE" -> {
                online.loggedIn |= ok;
                Capabilities.fromCode(answer).ifPresent(caps -> online.capabilities = caps);
            }
            case "SELECT", "EXAMINE", "CLOSE", "UNSELECT" -> {
                online.selected = null; // the learner's folder now, not the app's list
                app.mailboxes().receiveFor(null);
            }
            case "LOGOUT" -> app.drop();
            default -> { }
        }
    }
}
