package org.mailsim.imap.command;

import java.util.ArrayList;
import java.util.List;

import org.mailsim.imap.parse.ParseException;
import org.mailsim.store.SystemFlag;

/** Checks flag names a client asks to set (RFC 3501 §2.3.2, §9 "flag"). */
final class FlagNames {
    private FlagNames() { }

    /**
     * The flags a client may set: system flags and keywords. Only the server sets {@code \Recent}
     * (RFC 3501 §2.3.2), so, as Dovecot does, asking for it is an error like an unknown
     * {@code \Name}: "Invalid system flag \RECENT". The name is a flag atom (§9): no CR or LF.
     */
    static List<String> storable(List<String> names) {
        List<String> kept = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith("\\") && (name.equalsIgnoreCase("\\Recent") || SystemFlag.fromImapName(name).isEmpty())) {
                String shown = name.length() > 40 ? name.substring(0, 40) : name;
                throw new ParseException("Invalid system flag " + shown.toUpperCase(java.util.Locale.ROOT));
            }
            kept.add(name);
        }
        return kept;
    }
}
