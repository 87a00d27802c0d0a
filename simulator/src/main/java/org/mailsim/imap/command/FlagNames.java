package org.mailsim.imap.command;

import java.util.ArrayList;
import java.util.List;

import org.mailsim.store.SystemFlag;

/** Checks flag names a client asks to set (RFC 3501 §2.3.2, §9 "flag"). */
final class FlagNames {
    private FlagNames() { }

    /**
     * The flags a client may set: system flags and keywords. {@code \Recent} is dropped, as only
     * the server sets it (RFC 3501 §2.3.2); an unknown {@code \Name} or {@code \*} is an error.
     */
    static List<String> storable(List<String> names) {
        List<String> kept = new ArrayList<>();
        for (String name : names) {
            if (name.equalsIgnoreCase("\\Recent")) continue;
            if (name.startsWith("\\") && SystemFlag.fromImapName(name).isEmpty()) throw ImapException.bad("Invalid system flag");
            kept.add(name);
        }
        return kept;
    }
}
