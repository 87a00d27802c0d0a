package org.mailsim.scenario.device.imap;

import java.util.List;

/**
 * How a command ended (RFC 3501 §7.1): the tagged status response, and the untagged responses
 * that came before it.
 */
record Completion(ImapResponse tagged, List<ImapResponse> untagged) {
    Completion {
        untagged = List.copyOf(untagged);
    }

    boolean ok() {
        return tagged.status().equals("OK");
    }

    /** The untagged responses whose first word is {@code name} ("LIST", "SEARCH", "CAPABILITY"). */
    List<ImapResponse> data(String name) {
        return untagged.stream().filter(r -> r.text().regionMatches(true, 0, name + " ", 0, name.length() + 1)
                || r.text().equalsIgnoreCase(name)).toList();
    }
}
