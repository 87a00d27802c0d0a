package org.mailsim.imap;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import org.mailsim.imap.command.Capabilities;
import org.mailsim.imap.command.Completion;
import org.mailsim.imap.command.ImapContext;
import org.mailsim.imap.command.Outcome;
import org.mailsim.imap.command.Responses;
import org.mailsim.imap.fetch.MessageParts;
import org.mailsim.imap.parse.CommandAssembler;
import org.mailsim.net.ConnectionContext;
import org.mailsim.net.Line;
import org.mailsim.net.Outbound;
import org.mailsim.net.Reply;
import org.mailsim.net.Session;
import org.mailsim.store.MailStore;

/**
 * One IMAP4rev1 connection as a {@link Session}: lines and literals in, replies out. Input is
 * assembled into commands ({@link CommandAssembler}), run by the {@link CommandDispatcher};
 * AUTHENTICATE and IDLE continue as explicit states ({@link Outcome.Continuation}).
 *
 * <p>Threads: the transport calls in one at a time; the store calls the listener from whatever
 * thread changed it. Both take {@link #lock}; the store's thread only ever {@code tryLock}s
 * (it already holds the store's lock), so the two can never wait for each other. While the client
 * is in IDLE, changes are pushed at once through {@link Outbound} (RFC 2177).
 */
public final class ImapSession implements Session {
    private final ImapContext session;
    private final ImapSettings settings;
    private final Outbound outbound;
    private final ReentrantLock lock = new ReentrantLock();
    private final CommandAssembler input;
    private final CommandDispatcher dispatcher;
    private Outcome.Continuation continuation;
    private String continuationTag;
    private int badInARow;

    ImapSession(MailStore store, ImapSettings settings, MessageParts parts, ConnectionContext connection, Outbound outbound) {
        this.settings = settings;
        this.outbound = outbound;
        this.session = new ImapContext(store, settings, parts, connection, this::pushIfIdle);
        this.input = new CommandAssembler(settings.maxLiteralSize(), settings.maxCommandText());
        this.dispatcher = new CommandDispatcher(session);
    }

    /** RFC 3501 §7.1.1: the greeting, with capabilities as Dovecot sends them. */
    @Override
    public Reply greeting() {
        return Reply.lines("* OK [CAPABILITY " + Capabilities.of(session) + "] " + settings.serverName() + " ready");
    }

    @Override
    public Reply onLine(Line line) {
        lock.lock();
        try {
            return lineUnderLock(line);
        } catch (RuntimeException e) {
            return internalError(e);
        } finally {
            lock.unlock();
            pushIfIdle();
        }
    }

    private Reply lineUnderLock(Line line) {
        if (continuation != null) return continued(line.text());
        return switch (input.onLine(line.bytes())) {
            case CommandAssembler.Step.Complete c -> command(c.text(), c.literals());
            case CommandAssembler.Step.ReadLiteral r -> literalRequest(r);
            case CommandAssembler.Step.LiteralTooBig t -> tooBig(t);
            case CommandAssembler.Step.CommandTooLong t -> bye("Command too long");
            case CommandAssembler.Step.Malformed m -> untaggedBad("Invalid character in command");
        };
    }

    /** A bug of ours must not end the connection: say so (RFC 5530 SERVERBUG) and read on. */
    private Reply internalError(RuntimeException e) {
        System.getLogger(ImapSession.class.getName()).log(System.Logger.Level.ERROR, "IMAP session failed", e);
        input.reset();
        continuation = null;
        session.idling(false);
        return Reply.lines("* BAD [SERVERBUG] Internal error");
    }

    @Override
    public Reply onLiteral(byte[] literal) {
        lock.lock();
        try {
            input.onLiteral(literal);
            return Reply.builder().build(); // the rest of the command follows on the next line
        } finally {
            lock.unlock();
        }
    }

    /** RFC 3501 §7.5: a synchronizing literal waits for "+"; a non-synchronizing one (RFC 7888) does not. */
    private static Reply literalRequest(CommandAssembler.Step.ReadLiteral request) {
        Reply.Builder reply = Reply.builder();
        if (request.synchronizing()) reply.line("+ Ready for literal data");
        return reply.then(new Reply.Next.ReadLiteral(request.size()));
    }

    private Reply command(String text, List<byte[]> literals) {
        CommandDispatcher.Result result = dispatcher.dispatch(text, literals);
        if (result == null) return untaggedBad("Error in IMAP command received by server");
        return finish(result.tag(), result.outcome(), result.out());
    }

    private Reply continued(String line) {
        Outcome.Continuation next = continuation;
        continuation = null;
        Responses out = new Responses();
        return finish(continuationTag, dispatcher.continueWith(next, line, out), out);
    }

    private Reply finish(String tag, Outcome outcome, Responses out) {
        if (outcome instanceof Outcome.Continue more) {
            continuation = more.next();
            continuationTag = tag;
            return Reply.builder().raw(out.bytes()).line("+ " + more.prompt()).build(); // RFC 3501 §7.5
        }
        Completion done = (Completion) outcome;
        // A command the server could not even parse (BAD) carries no mailbox updates, as in Dovecot.
        if (done.next() instanceof Reply.Next.ReadLine && done.status() != Completion.Status.BAD) dispatcher.addUpdates(out);
        badInARow = done.status() == Completion.Status.BAD ? badInARow + 1 : 0;
        Reply.Builder reply = Reply.builder().raw(out.bytes()).line(done.render(tag));
        if (badInARow >= settings.maxBadCommands()) return tooManyBad(reply);
        return reply.then(done.next());
    }

    private Reply untaggedBad(String text) {
        Reply.Builder reply = Reply.builder().line("* BAD " + text); // RFC 3501 §7.1.3: no tag to answer
        return ++badInARow >= settings.maxBadCommands() ? tooManyBad(reply) : reply.build();
    }

    /** Like Dovecot: a client that keeps sending nonsense is disconnected. */
    private Reply tooManyBad(Reply.Builder reply) {
        session.logout();
        return reply.line("* BYE Too many invalid commands").then(Reply.Next.CLOSE);
    }

    private Reply tooBig(CommandAssembler.Step.LiteralTooBig t) {
        // RFC 7888 §4: a non-synchronizing literal is already on its way; only closing stops it.
        if (!t.synchronizing()) return bye("[TOOBIG] Literal too big");
        if (t.tag() == null) return untaggedBad("Literal too big");
        return Reply.lines(t.tag() + " NO [TOOBIG] Literal too big"); // RFC 4469 §4, RFC 7889
    }

    private Reply bye(String text) {
        session.logout();
        return Reply.closing("* BYE " + text);
    }

    @Override
    public Reply onLineTooLong() {
        lock.lock();
        try {
            input.reset();
            return bye("Line too long");
        } finally {
            lock.unlock();
        }
    }

    /** RFC 3501 §5.4: the autologout timer ran out. */
    @Override
    public Reply onTimeout() {
        lock.lock();
        try {
            return bye("Disconnected for inactivity");
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Duration idleTimeout() {
        return session.idling() ? settings.idleTimeout() : settings.autologout();
    }

    /** RFC 3501 §7.1.5: BYE when the server is going down. Safe from any thread: touches no state. */
    @Override
    public Reply onShutdown() {
        return Reply.closing("* BYE Server shutting down");
    }

    @Override
    public void onClose() {
        lock.lock();
        try {
            session.logout();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String stateName() {
        return session.idling() ? "IDLE" : session.state().rfcName();
    }

    /** In IDLE, sends queued mailbox changes now (RFC 2177 §3). Never waits for the lock. */
    private void pushIfIdle() {
        while (session.idling() && session.hasQueuedChanges()) {
            if (!lock.tryLock()) return; // whoever holds it pushes after releasing it
            try {
                if (!session.idling()) return;
                Responses out = new Responses();
                session.sync(true, out);
                if (!out.isEmpty()) outbound.send(out.bytes());
            } finally {
                lock.unlock();
            }
        }
    }
}
