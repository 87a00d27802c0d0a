package org.mailsim.imap.command;

import static org.mailsim.imap.ImapState.AUTHENTICATED;
import static org.mailsim.imap.ImapState.NOT_AUTHENTICATED;
import static org.mailsim.imap.ImapState.SELECTED;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mailsim.imap.ImapState;

/**
 * The IMAP command table, top to bottom in RFC 3501 §6 order, then the extensions: command
 * name, handler, the states it is allowed in (RFC 3501 §3), and whether untagged
 * {@code * n EXPUNGE} may follow it (not after FETCH, STORE, SEARCH: RFC 3501 §7.4.1).
 * This is the protocol's table of contents.
 */
public final class CommandTable {

    /** One row of the table. */
    public record Row(String name, ImapCommand<?> handler, Set<ImapState> states, boolean expungeAllowed) { }

    private static final Set<ImapState> ANY = EnumSet.of(NOT_AUTHENTICATED, AUTHENTICATED, SELECTED);
    private static final Set<ImapState> NOT_AUTH = EnumSet.of(NOT_AUTHENTICATED);
    private static final Set<ImapState> AUTH = EnumSet.of(AUTHENTICATED, SELECTED);
    private static final Set<ImapState> SEL = EnumSet.of(SELECTED);
    private static final Map<String, Row> ROWS = new LinkedHashMap<>();

    static {
        // RFC 3501 §6.1: any state
        row("CAPABILITY",   new CapabilityCommand(),        ANY,      true);   // §6.1.1
        row("NOOP",         new NoopCommand("NOOP"),        ANY,      true);   // §6.1.2
        row("LOGOUT",       new LogoutCommand(),            ANY,      true);   // §6.1.3
        // RFC 3501 §6.2: not authenticated state
        row("STARTTLS",     new StartTlsCommand(),          NOT_AUTH, true);   // §6.2.1
        row("AUTHENTICATE", new AuthenticateCommand(),      NOT_AUTH, true);   // §6.2.2
        row("LOGIN",        new LoginCommand(),             NOT_AUTH, true);   // §6.2.3
        // RFC 3501 §6.3: authenticated state (and selected)
        row("SELECT",       new SelectCommand(false),       AUTH,     true);   // §6.3.1
        row("EXAMINE",      new SelectCommand(true),        AUTH,     true);   // §6.3.2
        row("CREATE",       new CreateCommand(),            AUTH,     true);   // §6.3.3
        row("DELETE",       new DeleteCommand(),            AUTH,     true);   // §6.3.4
        row("RENAME",       new RenameCommand(),            AUTH,     true);   // §6.3.5
        row("SUBSCRIBE",    new SubscribeCommand(true),     AUTH,     true);   // §6.3.6
        row("UNSUBSCRIBE",  new SubscribeCommand(false),    AUTH,     true);   // §6.3.7
        row("LIST",         new ListCommand(false),         AUTH,     true);   // §6.3.8
        row("LSUB",         new ListCommand(true),          AUTH,     true);   // §6.3.9
        row("STATUS",       new StatusCommand(),            AUTH,     true);   // §6.3.10
        row("APPEND",       new AppendCommand(),            AUTH,     true);   // §6.3.11
        // RFC 3501 §6.4: selected state
        row("CHECK",        new NoopCommand("Check"),       SEL,      true);   // §6.4.1
        row("CLOSE",        new CloseCommand(true),         SEL,      true);   // §6.4.2
        row("EXPUNGE",      new ExpungeCommand(false),      SEL,      true);   // §6.4.3
        row("SEARCH",       new SearchCommand(false),       SEL,      false);  // §6.4.4
        row("FETCH",        new FetchCommand(false),        SEL,      false);  // §6.4.5
        row("STORE",        new StoreCommand(false),        SEL,      false);  // §6.4.6
        row("COPY",         new CopyCommand(false, false),  SEL,      true);   // §6.4.7
        row("UID",          new UidCommand(),               SEL,      true);   // §6.4.8, §7.4.1: a UID command may carry EXPUNGE
        // Extensions
        row("IDLE",         new IdleCommand(),              AUTH,     true);   // RFC 2177
        row("MOVE",         new CopyCommand(true, false),   SEL,      true);   // RFC 6851 §3.1
        row("UNSELECT",     new CloseCommand(false),        SEL,      true);   // RFC 3691
        row("NAMESPACE",    new NamespaceCommand(),         AUTH,     true);   // RFC 2342 §5
        row("ID",           new IdCommand(),                ANY,      true);   // RFC 2971 §3.1
        row("ENABLE",       new EnableCommand(),            EnumSet.of(AUTHENTICATED), true); // RFC 5161 §3.1
        row("GETQUOTA",     new QuotaCommand(false),        AUTH,     true);   // RFC 9208 §4.2
        row("GETQUOTAROOT", new QuotaCommand(true),         AUTH,     true);   // RFC 9208 §4.3
    }

    private CommandTable() { }

    private static void row(String name, ImapCommand<?> handler, Set<ImapState> states, boolean expungeAllowed) {
        ROWS.put(name, new Row(name, handler, states, expungeAllowed));
    }

    /** The row for a command name, already upper-cased (command names are case-insensitive, RFC 3501 §9). */
    public static Optional<Row> find(String name) {
        return Optional.ofNullable(ROWS.get(name));
    }

    /** Every row, in table order (for documentation and tests). */
    public static Iterable<Row> rows() {
        return ROWS.values();
    }
}
