package org.mailsim.pop3.command;

import java.util.ArrayList;
import java.util.List;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Pop3Reply;
import org.mailsim.pop3.Pop3Session;
import org.mailsim.pop3.Pop3State;

/**
 * {@code CAPA} — RFC 2449 §5: what this server can do, in this state. Login capabilities
 * (USER, SASL) are listed only when a password may be sent now, so before STLS a client sees
 * STLS and no way to log in, exactly as it does on Dovecot with cleartext login disabled.
 */
final class CapaCommand implements Pop3Command {
    @Override
    public Reply execute(Pop3Arguments arguments, Pop3Session session) {
        boolean authorization = session.state() == Pop3State.AUTHORIZATION;
        List<String> lines = new ArrayList<>();
        lines.add("TOP");                                                       // RFC 2449 §6.1
        if (authorization && session.cleartextAuthAllowed()) {
            lines.add("USER");                                                  // RFC 2449 §6.6
            lines.add("SASL PLAIN");                                            // RFC 5034 §5
        }
        if (authorization && session.stlsOffered()) lines.add("STLS");          // RFC 2595 §4
        lines.add("RESP-CODES");                                                // RFC 2449 §6.4
        lines.add("AUTH-RESP-CODE");                                            // RFC 3206 §6
        lines.add("PIPELINING");                                                // RFC 2449 §6.6
        lines.add("UIDL");                                                      // RFC 2449 §6.8
        lines.add("IMPLEMENTATION " + session.settings().implementation());    // RFC 2449 §6.9
        return Pop3Reply.multiLine("capability list follows", lines);
    }
}
