package org.mailsim.web;

import java.util.ArrayList;
import java.util.List;

import org.mailsim.net.Protocol;
import org.mailsim.wire.Direction;

/**
 * The plainest explanation: who sent the line, whether it is tagged (IMAP), and its first word.
 * It knows no command's meaning; a real explainer replaces it behind {@link LineExplainer}.
 */
final class FirstWordExplainer implements LineExplainer {

    @Override
    public Explanation explain(Protocol protocol, Direction direction, String line) {
        String who = direction == Direction.CLIENT_TO_SERVER ? "The client sent this line to the server."
                : "The server sent this line to the client.";
        String[] words = line.strip().split(" +", 3);
        List<String> parts = new ArrayList<>();
        if (protocol == Protocol.IMAP && words.length > 0 && !words[0].isEmpty()) {
            parts.add(switch (words[0]) {
                case "*" -> "* — an untagged response: data the server sends besides the command's result (RFC 3501 §2.2.2)";
                case "+" -> "+ — a continuation request: the server waits for more from the client (RFC 3501 §7.5)";
                default -> words[0] + " — the tag, which pairs a command with its completion result (RFC 3501 §2.2.1)";
            });
            if (words.length > 1) parts.add(words[1] + " — the first word after the tag");
        } else if (words.length > 0 && !words[0].isEmpty()) {
            parts.add(words[0] + " — the first word of the line");
        }
        List<String> references = switch (protocol) {
            case IMAP -> List.of("RFC 3501 §2.2 (client and server lines)");
            case POP3 -> List.of("RFC 1939 §3 (basic operation)");
            case SMTP -> List.of("RFC 5321 §4.1 (commands) and §4.2 (replies)");
        };
        return new Explanation(who + " Protocol: " + protocol + ".", parts, references);
    }
}
