package org.mailsim.lab;

import java.util.ArrayList;
import java.util.List;

import org.mailsim.imap.ImapState;
import org.mailsim.imap.command.CommandTable;
import org.mailsim.net.Protocol;
import org.mailsim.pop3.command.Pop3CommandTable;
import org.mailsim.smtp.command.SmtpCommandTable;

/**
 * The command names valid in a protocol state, read from the engines' own command tables
 * (RFC 3501 §3 and §6, RFC 1939 §3, RFC 5321 §4.1.4), so the console never offers what the
 * server would refuse as out of sequence.
 */
final class Completions {
    private Completions() { }

    /**
     * @param state  the server's state name ({@link org.mailsim.net.Session#stateName()})
     * @param tls    TLS is already on: STARTTLS and STLS are left out
     */
    static List<String> of(Protocol protocol, String state, boolean tls) {
        List<String> names = new ArrayList<>();
        switch (protocol) {
            case IMAP -> {
                if (state.equals("IDLE")) return List.of("DONE"); // RFC 2177 §3: only DONE ends IDLE
                for (CommandTable.Row row : CommandTable.rows()) {
                    if (row.states().stream().map(ImapState::rfcName).anyMatch(state::equals)) names.add(row.name());
                }
            }
            case POP3 -> {
                for (Pop3CommandTable.Entry e : Pop3CommandTable.entries()) {
                    if (e.states().stream().map(Enum::name).anyMatch(state::equals)) names.add(e.verb());
                }
            }
            case SMTP -> {
                for (SmtpCommandTable.Entry e : SmtpCommandTable.entries()) {
                    if (e.states().stream().map(Enum::name).anyMatch(state::equals)) names.add(e.verb());
                }
            }
        }
        if (tls) names.removeIf(n -> n.equals("STARTTLS") || n.equals("STLS"));
        return names;
    }
}
