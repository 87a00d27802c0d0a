package org.mailsim.smtp.command;

import static org.mailsim.smtp.SmtpState.INITIAL;
import static org.mailsim.smtp.SmtpState.MAIL;
import static org.mailsim.smtp.SmtpState.RCPT;
import static org.mailsim.smtp.SmtpState.READY;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.mailsim.net.Reply;
import org.mailsim.smtp.SmtpError;
import org.mailsim.smtp.SmtpSession;
import org.mailsim.smtp.SmtpState;

/**
 * Every SMTP command in RFC order: verb, handler, the states it is allowed in. The order check
 * ({@code 503 5.5.1 Bad sequence}, RFC 5321 §4.1.4) happens here, once, for all commands.
 */
public final class SmtpCommandTable {

    /** One row of the table. */
    public record Entry(String verb, SmtpCommand command, Set<SmtpState> states) { }

    private static final Set<SmtpState> ANY = EnumSet.of(INITIAL, READY, MAIL, RCPT);
    private static final Map<String, Entry> ROWS = new LinkedHashMap<>();
    /** Read-only once the rows are in; shared by every session, so nothing in it may change. */
    private static final Map<String, Entry> TABLE;

    static {
        // RFC 5321 §4.1.1.1 – §4.1.1.10
        row("EHLO", new EhloCommand(), ANY);
        row("HELO", new HeloCommand(), ANY);
        row("MAIL", new MailCommand(), EnumSet.of(READY));
        row("RCPT", new RcptCommand(), EnumSet.of(MAIL, RCPT));
        row("DATA", new DataCommand(), EnumSet.of(RCPT));
        row("RSET", new RsetCommand(), ANY);
        row("VRFY", new VrfyCommand(), ANY);
        row("HELP", new HelpCommand(), ANY);
        row("NOOP", new NoopCommand(), ANY);
        row("QUIT", new QuitCommand(), ANY);
        // RFC 3207 §4 STARTTLS, RFC 4954 §4 AUTH: not inside a mail transaction
        row("STARTTLS", new StartTlsCommand(), EnumSet.of(READY));
        row("AUTH", new AuthCommand(), EnumSet.of(READY));
        TABLE = Collections.unmodifiableMap(ROWS);
    }

    private SmtpCommandTable() {
    }

    private static void row(String verb, SmtpCommand command, Set<SmtpState> states) {
        ROWS.put(verb, new Entry(verb, command, Set.copyOf(states)));
    }

    public static Iterable<Entry> entries() {
        return TABLE.values();
    }

    public static Reply execute(SmtpArguments arguments, SmtpSession session) {
        Entry entry = TABLE.get(arguments.verb());
        if (entry == null) throw SmtpError.bad(500, "5.5.2", "Error: command not recognized"); // RFC 5321 §4.2.4
        if (!entry.states().contains(session.state())) {
            throw SmtpError.bad(503, "5.5.1", outOfOrder(entry.verb(), session.state()));
        }
        return entry.command().execute(arguments, session);
    }

    /** Why a command is out of sequence, in Postfix's words. */
    private static String outOfOrder(String verb, SmtpState state) {
        if (state == INITIAL) return "Error: send HELO/EHLO first";
        return switch (verb) {
            case "MAIL" -> "Error: nested MAIL command";
            case "RCPT" -> "Error: need MAIL command";
            case "DATA" -> state == MAIL ? "Error: need RCPT command" : "Error: need MAIL command";
            default -> "Error: MAIL transaction in progress";
        };
    }
}
