package org.mailsim.imap.command;

import java.util.ArrayList;
import java.util.List;

/**
 * What the server says it can do (RFC 3501 §6.1.1, §7.2.1): exactly what is implemented, and it
 * changes with the session (RFC 3501 §6.2.1, §6.2.3): before login a STARTTLS listener offers
 * STARTTLS, and refuses cleartext passwords with LOGINDISABLED until TLS is on.
 */
public final class Capabilities {
    private Capabilities() { }

    /** The capability list for the session as it is now, without the leading "CAPABILITY". */
    public static String of(ImapContext session) {
        List<String> caps = new ArrayList<>(List.of(
                "IMAP4rev1",   // RFC 3501
                "SASL-IR",     // RFC 4959: AUTHENTICATE with an initial response
                "LITERAL+",    // RFC 7888: non-synchronizing literals {n+}
                "ID",          // RFC 2971
                "ENABLE",      // RFC 5161
                "IDLE"));      // RFC 2177
        switch (session.state()) {
            case NOT_AUTHENTICATED -> {
                if (session.startTlsAvailable()) caps.add("STARTTLS");            // RFC 3501 §6.2.1
                if (session.passwordsAllowed()) caps.addAll(List.of("AUTH=PLAIN", "AUTH=LOGIN"));
                else caps.add("LOGINDISABLED");                                    // RFC 3501 §6.2.3
            }
            default -> caps.addAll(List.of(
                    "NAMESPACE",          // RFC 2342
                    "UIDPLUS",            // RFC 4315
                    "MOVE",               // RFC 6851
                    "UNSELECT",           // RFC 3691
                    "CHILDREN",           // RFC 3348: \HasChildren / \HasNoChildren in LIST
                    "SPECIAL-USE",        // RFC 6154
                    "QUOTA",              // RFC 9208
                    "QUOTA=RES-STORAGE"));
        }
        return String.join(" ", caps);
    }
}
