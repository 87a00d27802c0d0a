package org.mailsim.pop3.command;

import static org.mailsim.pop3.Pop3State.AUTHORIZATION;
import static org.mailsim.pop3.Pop3State.TRANSACTION;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.mailsim.net.Reply;
import org.mailsim.pop3.Pop3Error;
import org.mailsim.pop3.Pop3Session;
import org.mailsim.pop3.Pop3State;

/**
 * Every POP3 command in RFC order: verb, handler, the states it is allowed in, and how many
 * arguments it takes. Checking state and argument count happens here, once, for all commands.
 */
public final class Pop3CommandTable {

    /** One row of the table. */
    public record Entry(String verb, Pop3Command command, Set<Pop3State> states, int minArguments, int maxArguments) { }

    private static final int ANY = Integer.MAX_VALUE;
    private static final Map<String, Entry> ROWS = new LinkedHashMap<>();
    /** Read-only once the rows are in; shared by every session, so nothing in it may change. */
    private static final Map<String, Entry> TABLE;

    static {
        // RFC 1939 §4, §7: AUTHORIZATION
        row("USER", new UserCommand(), EnumSet.of(AUTHORIZATION), 1, 1);
        row("PASS", new PassCommand(), EnumSet.of(AUTHORIZATION), 1, ANY);
        row("APOP", new ApopCommand(), EnumSet.of(AUTHORIZATION), 2, 2);
        row("QUIT", new QuitCommand(), EnumSet.of(AUTHORIZATION, TRANSACTION), 0, 0);
        // RFC 1939 §5, §7: TRANSACTION
        row("STAT", new StatCommand(), EnumSet.of(TRANSACTION), 0, 0);
        row("LIST", new ListCommand(), EnumSet.of(TRANSACTION), 0, 1);
        row("RETR", new RetrCommand(), EnumSet.of(TRANSACTION), 1, 1);
        row("DELE", new DeleCommand(), EnumSet.of(TRANSACTION), 1, 1);
        row("NOOP", new NoopCommand(), EnumSet.of(TRANSACTION), 0, 0);
        row("RSET", new RsetCommand(), EnumSet.of(TRANSACTION), 0, 0);
        row("TOP", new TopCommand(), EnumSet.of(TRANSACTION), 2, 2);
        row("UIDL", new UidlCommand(), EnumSet.of(TRANSACTION), 0, 1);
        // RFC 2449 §5 CAPA, RFC 2595 §4 STLS, RFC 5034 §4 AUTH
        row("CAPA", new CapaCommand(), EnumSet.of(AUTHORIZATION, TRANSACTION), 0, 0);
        row("STLS", new StlsCommand(), EnumSet.of(AUTHORIZATION), 0, 0);
        row("AUTH", new AuthCommand(), EnumSet.of(AUTHORIZATION), 0, 2);
        TABLE = Collections.unmodifiableMap(ROWS);
    }

    private Pop3CommandTable() {
    }

    private static void row(String verb, Pop3Command command, Set<Pop3State> states, int min, int max) {
        ROWS.put(verb, new Entry(verb, command, Set.copyOf(states), min, max));
    }

    /** The rows, in RFC order: for docs and the UI. */
    public static Iterable<Entry> entries() {
        return TABLE.values();
    }

    /** Checks the verb, the state and the argument count, then runs the command. */
    public static Reply execute(Pop3Arguments command, Pop3Session session) {
        Entry entry = TABLE.get(command.verb());
        if (entry == null) throw Pop3Error.bad("unknown command");
        if (!entry.states().contains(session.state())) {
            throw Pop3Error.bad(entry.verb() + " is not allowed in the " + session.state() + " state");
        }
        if (command.count() < entry.minArguments()) throw Pop3Error.bad(entry.verb() + ": missing argument");
        if (command.count() > entry.maxArguments()) throw Pop3Error.bad(entry.verb() + ": too many arguments");
        return entry.command().execute(command, session);
    }
}
