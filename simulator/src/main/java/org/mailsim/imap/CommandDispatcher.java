package org.mailsim.imap;

import java.util.List;

import org.mailsim.imap.command.CommandTable;
import org.mailsim.imap.command.Completion;
import org.mailsim.imap.command.ImapCommand;
import org.mailsim.imap.command.ImapContext;
import org.mailsim.imap.command.ImapException;
import org.mailsim.imap.command.Outcome;
import org.mailsim.imap.command.Responses;
import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.InvalidMailboxName;
import org.mailsim.imap.parse.ParseException;
import org.mailsim.imap.parse.Tags;
import org.mailsim.store.StoreException;

/**
 * Runs one complete command: reads the tag and name, looks the name up in the
 * {@link CommandTable}, checks the state (RFC 3501 §3), runs the handler, turns every failure
 * into its tagged response in this one place (STYLE §9), and adds the mailbox updates the
 * command may carry (RFC 3501 §7.4.1).
 */
final class CommandDispatcher {
    /** Where a command ended: the untagged and tagged responses, and what comes next. */
    record Result(String tag, Outcome outcome, Responses out) { }

    private final ImapContext session;

    CommandDispatcher(ImapContext session) {
        this.session = session;
    }

    /** The command's result, or null when it has no valid tag (answered by an untagged BAD). */
    Result dispatch(String text, List<byte[]> literals) {
        int sp = text.indexOf(' ');
        String tag = sp < 0 ? text : text.substring(0, sp);
        if (!Tags.valid(tag)) return null;
        Responses out = new Responses();
        if (sp < 0) return new Result(tag, Completion.bad("Missing command"), out);
        ImapReader args = new ImapReader(text.substring(sp + 1), literals);
        String name;
        try {
            name = args.keyword();
        } catch (ParseException e) {
            return new Result(tag, Completion.bad("Missing command"), out);
        }
        var row = CommandTable.find(name);
        if (row.isEmpty()) return new Result(tag, Completion.bad(inCommand(name, "Unknown command")), out);
        if (!row.get().states().contains(session.state())) return new Result(tag, wrongState(row.get()), out);
        session.expungeResponsesAllowed(row.get().expungeAllowed());
        return new Result(tag, run(row.get(), args, out, shownName(name, text.substring(sp + 1))), out);
    }

    /** Runs a continuation line of AUTHENTICATE or IDLE. */
    Outcome continueWith(Outcome.Continuation next, String line, Responses out) {
        session.commandRunning(true);
        try {
            return next.onLine(line, session, out);
        } catch (RuntimeException e) {
            return failure(e);
        } finally {
            session.commandRunning(false);
        }
    }

    private Outcome run(CommandTable.Row row, ImapReader args, Responses out, String shownName) {
        session.commandRunning(true);
        try {
            return ImapCommand.Parsed.of(row.handler(), args).execute(session, out);
        } catch (ParseException e) {
            return Completion.bad(inCommand(shownName, e.getMessage()));
        } catch (RuntimeException e) {
            return failure(e);
        } finally {
            session.commandRunning(false);
        }
    }

    /**
     * A syntax error in Dovecot's form, "Error in IMAP command FETCH: Invalid messageset", the
     * command named as the client sent it (an atom: it can hold no CR or LF).
     */
    private static String inCommand(String name, String reason) {
        return "Error in IMAP command " + (name.length() > 40 ? name.substring(0, 40) : name) + ": " + reason;
    }

    /** "FETCH", or "UID FETCH" for a UID command, upper case. */
    private static String shownName(String name, String rest) {
        if (!name.equals("UID")) return name;
        String[] words = rest.split(" ", 3);
        return words.length > 1 && words[1].matches("[A-Za-z]{1,20}") ? "UID " + words[1].toUpperCase(java.util.Locale.ROOT) : name;
    }

    /** The mailbox changes this command may carry (RFC 3501 §5.2, §7.4.1), before its tagged reply. */
    void addUpdates(Responses out) {
        if (session.state() == ImapState.SELECTED) session.sync(session.expungeResponsesAllowed(), out);
    }

    private Completion wrongState(CommandTable.Row row) {
        return switch (session.state()) {
            case NOT_AUTHENTICATED -> Completion.bad("Log in first");
            case AUTHENTICATED -> row.states().contains(ImapState.SELECTED) && !row.states().contains(ImapState.AUTHENTICATED)
                    ? Completion.bad("No mailbox selected") : Completion.bad("Command not valid in this state");
            default -> Completion.bad("Command not valid in this state");
        };
    }

    /** Every failure of every command becomes its reply here; no exception text reaches the client. */
    static Completion failure(RuntimeException e) {
        return switch (e) {
            case ParseException p -> Completion.bad(p.getMessage());
            case InvalidMailboxName m -> Completion.no(null, InvalidMailboxName.TEXT); // Dovecot's words
            case ImapException i -> i.completion();
            // RFC 9208 §4.3: nothing was stored.
            case StoreException.QuotaExceeded q -> Completion.no("OVERQUOTA", "Quota exceeded (mailbox for user is full)");
            case StoreException.NoSuchFolder n -> Completion.no("NONEXISTENT", "Mailbox doesn't exist");
            case StoreException.FolderExists f -> Completion.no("ALREADYEXISTS", "Mailbox already exists");
            case StoreException.NotAllowed n -> Completion.no("CANNOT", "Operation not allowed on this mailbox");
            case StoreException s -> Completion.no("UNAVAILABLE", "Account unavailable");
            case IllegalArgumentException i -> Completion.bad("Invalid arguments");
            default -> {
                System.getLogger(CommandDispatcher.class.getName()).log(System.Logger.Level.ERROR, "IMAP command failed", e);
                yield Completion.no("SERVERBUG", "Internal error"); // RFC 5530 §3
            }
        };
    }
}
