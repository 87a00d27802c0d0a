package org.mailsim.pop3;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.mailsim.net.ConnectionContext;
import org.mailsim.net.Line;
import org.mailsim.net.Reply;
import org.mailsim.net.Session;
import org.mailsim.pop3.command.Pop3Arguments;
import org.mailsim.pop3.command.Pop3CommandTable;
import org.mailsim.store.Account;
import org.mailsim.store.Flags;
import org.mailsim.store.MailStore;
import org.mailsim.store.StoreEvent;
import org.mailsim.store.SystemFlag;

/**
 * One POP3 connection (RFC 1939 §3). Takes one line at a time, looks the verb up in
 * {@link Pop3CommandTable} (which also says in which states it is allowed) and returns the
 * reply. Every {@code -ERR} is produced here, from a {@link Pop3Error}.
 *
 * <pre>
 *   greeting ──► AUTHORIZATION ──USER+PASS / APOP / AUTH──► TRANSACTION ──QUIT──► UPDATE ──► closed
 *                   │   └─STLS (RFC 2595 §4): TLS, still AUTHORIZATION        │
 *                   └─QUIT: closed, nothing deleted      drop / timeout / shutdown: closed, nothing deleted
 * </pre>
 */
public final class Pop3Session implements Session {

    /** RFC 2449 §4: a command line is at most 255 octets, CRLF included. */
    public static final int MAX_COMMAND_OCTETS = 255;

    private final MailStore store;
    private final Pop3Settings settings;
    private final MaildropLocks locks;
    private final ConnectionContext context;
    private final String banner;
    private Pop3State state = Pop3State.AUTHORIZATION;
    private boolean tls;
    private String pendingUser;
    private Function<String, Reply> continuation;
    private String lockedLogin;
    private MailStore.Subscription subscription;
    private Maildrop maildrop;
    private int badCommands;

    Pop3Session(MailStore store, Pop3Settings settings, MaildropLocks locks, ConnectionContext context) {
        this.store = store;
        this.settings = settings;
        this.locks = locks;
        this.context = context;
        this.tls = context.tlsFromStart();
        // RFC 1939 §7: the APOP timestamp <process-ID.clock@hostname>, unique for each greeting.
        String id = context.connectionId().replaceAll("[^A-Za-z0-9-]", "");
        this.banner = "<" + id + "." + context.clock().millis() + "@" + context.hostname() + ">";
    }

    @Override
    public Reply greeting() {
        return Pop3Reply.ok("POP3 server ready " + banner);
    }

    @Override
    public Reply onLine(Line line) {
        if (continuation != null) {
            Function<String, Reply> next = continuation;
            continuation = null;
            return guarded(() -> next.apply(line.text()));
        }
        if (line.length() > MAX_COMMAND_OCTETS - 2) {
            return failed(Pop3Error.bad("command line too long (RFC 2449 §4 allows 255 octets)"));
        }
        return guarded(() -> Pop3CommandTable.execute(Pop3Arguments.parse(line.text()), this));
    }

    @Override
    public Reply onLineTooLong() {
        continuation = null;
        return failed(Pop3Error.bad("command line too long (RFC 2449 §4 allows 255 octets)"));
    }

    /** RFC 1939 §3: an autologout closes without entering UPDATE, so nothing is deleted. */
    @Override
    public Reply onTimeout() {
        return Reply.closing("-ERR autologout: idle for too long, no messages deleted");
    }

    @Override
    public Duration idleTimeout() {
        return settings.autologout();
    }

    @Override
    public Reply onShutdown() {
        return Reply.closing("-ERR server shutting down, no messages deleted");
    }

    /**
     * Releases the maildrop lock; a connection that ends without QUIT deletes nothing, but what
     * RETR downloaded is still marked \Seen, as Dovecot does.
     */
    @Override
    public void onClose() {
        saveSeenFlags();
        if (subscription != null) subscription.close();
        if (lockedLogin != null) locks.unlock(lockedLogin);
        subscription = null;
        lockedLogin = null;
    }

    @Override
    public String stateName() {
        return state.name();
    }

    // ---- what commands use ---------------------------------------------------------------

    public Pop3State state() {
        return state;
    }

    public ConnectionContext context() {
        return context;
    }

    public Pop3Settings settings() {
        return settings;
    }

    public MailStore store() {
        return store;
    }

    /** The greeting's timestamp, which APOP digests with the password (RFC 1939 §7). */
    public String banner() {
        return banner;
    }

    public boolean tlsActive() {
        return tls;
    }

    /** STLS is offered: a STARTTLS listener, TLS not on yet (RFC 2595 §4). */
    public boolean stlsOffered() {
        return context.startTlsOffered() && !tls;
    }

    /** RFC 2595 §2.2, RFC 8314: no password before TLS on a listener that offers it, unless allowed. */
    public boolean cleartextAuthAllowed() {
        return tls || !context.startTlsOffered() || context.allowPlaintextAuth();
    }

    /** After the STLS handshake the client starts over: a USER given before is forgotten. */
    public void tlsStarted() {
        tls = true;
        pendingUser = null;
    }

    public String pendingUser() {
        return pendingUser;
    }

    public void pendingUser(String user) {
        pendingUser = user;
    }

    /** The next line is a SASL response for {@code handler}, not a command (RFC 5034 §4). */
    public void expectContinuation(Function<String, Reply> handler) {
        continuation = handler;
    }

    /** The maildrop of TRANSACTION state. */
    public Maildrop maildrop() {
        return maildrop;
    }

    /**
     * Credentials checked: take the exclusive lock (RFC 1939 §4), snapshot INBOX and enter
     * TRANSACTION; or stay in AUTHORIZATION with {@code -ERR [IN-USE]} (RFC 2449 §8.1.2).
     */
    public Reply enterTransaction(Account account) {
        pendingUser = null;
        if (!locks.tryLock(account.login())) {
            throw Pop3Error.refused("[IN-USE] maildrop is locked by another POP3 session");
        }
        lockedLogin = account.login();
        // Listen first, then snapshot: an expunge in between is not missed.
        Set<Long> gone = Maildrop.newGoneSet();
        subscription = store.listen(lockedLogin, event -> {
            if (event instanceof StoreEvent.MessagesExpunged expunged && expunged.folder().equals("INBOX")) {
                gone.addAll(expunged.uids());
            }
        });
        maildrop = new Maildrop(store.folder(lockedLogin, "INBOX"), gone);
        state = Pop3State.TRANSACTION;
        return Pop3Reply.ok("maildrop locked and ready, " + Pop3Reply.messages(maildrop.count()) + " (" + maildrop.octets() + " octets)");
    }

    /** A wrong password: wait the configured delay, then {@code -ERR [AUTH]} (RFC 3206 §5). */
    public Pop3Error authenticationFailed() {
        pendingUser = null;
        pause(settings.authFailureDelay());
        return Pop3Error.bad("[AUTH] invalid user name or password");
    }

    /** QUIT in TRANSACTION: RFC 1939 §6 UPDATE state, marked messages removed, lock released. */
    public Reply update() {
        state = Pop3State.UPDATE;
        var marked = maildrop.markedUids();
        int removed = marked.isEmpty() ? 0 : store.remove(lockedLogin, "INBOX", marked, context.connectionId()).size();
        saveSeenFlags();
        int left = store.folder(lockedLogin, "INBOX").exists();
        onClose();
        return Reply.closing("+OK POP3 server signing off (" + Pop3Reply.messages(removed) + " deleted, " + left + " left)");
    }

    /** Marks what RETR downloaded \Seen in the store, once (Dovecot's default, see {@link Maildrop#markRetrieved}). */
    private void saveSeenFlags() {
        if (maildrop == null || lockedLogin == null) return;
        List<Long> seen = maildrop.takeRetrievedUids();
        if (!seen.isEmpty()) {
            store.storeFlags(lockedLogin, "INBOX", seen, MailStore.FlagMode.ADD, Flags.of(SystemFlag.SEEN), context.connectionId());
        }
    }

    // ---- errors, in one place ------------------------------------------------------------

    private Reply guarded(java.util.function.Supplier<Reply> action) {
        try {
            return action.get();
        } catch (Pop3Error e) {
            return failed(e);
        }
    }

    private Reply failed(Pop3Error error) {
        if (error.badCommand() && ++badCommands >= settings.maxBadCommands()) {
            return Reply.closing("-ERR too many bad commands, closing connection");
        }
        return Pop3Reply.err(error.text());
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) return;
        try {
            Thread.sleep(delay); // a virtual thread per connection: sleeping costs nothing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
