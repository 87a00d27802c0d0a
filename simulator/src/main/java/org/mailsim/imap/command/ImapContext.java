package org.mailsim.imap.command;

import java.util.Objects;

import org.mailsim.imap.ImapSettings;
import org.mailsim.imap.ImapState;
import org.mailsim.imap.fetch.MessageParts;
import org.mailsim.imap.sync.SelectedMailbox;
import org.mailsim.net.ConnectionContext;
import org.mailsim.store.Account;
import org.mailsim.store.MailStore;

/**
 * The mutable state of one IMAP session, the only place it lives (STYLE §8): the RFC 3501 §3
 * state, the logged-in account, whether TLS is on, the selected mailbox. Handlers read and
 * change it through these methods; the session engine owns the rest (input, output, timers).
 */
public final class ImapContext {
    private final MailStore store;
    private final ImapSettings settings;
    private final MessageParts parts;
    private final ConnectionContext connection;
    private final Runnable wakeUp;
    private volatile ImapState state = ImapState.NOT_AUTHENTICATED;
    private boolean tls;
    private Account account;
    private MailStore.Subscription subscription;
    private volatile SelectedMailbox selected;
    private volatile boolean idling;
    private boolean expungeResponsesAllowed;
    /** CAPABILITY was asked before login, not after STARTTLS (see {@link #capabilityAskedBeforeLogin}). */
    private boolean capabilityBeforeLogin;
    /** The thread running this session's command, while it runs: store events it causes arrive on it. */
    private volatile Thread commandThread;

    /**
     * @param wakeUp called after a store event was queued, from the store's thread, so that a
     *               session in IDLE can push it out at once
     */
    public ImapContext(MailStore store, ImapSettings settings, MessageParts parts, ConnectionContext connection, Runnable wakeUp) {
        this.store = Objects.requireNonNull(store);
        this.settings = Objects.requireNonNull(settings);
        this.parts = Objects.requireNonNull(parts);
        this.connection = Objects.requireNonNull(connection);
        this.wakeUp = Objects.requireNonNull(wakeUp);
        this.tls = connection.tlsFromStart();
    }

    public MailStore store() {
        return store;
    }

    public ImapSettings settings() {
        return settings;
    }

    public MessageParts parts() {
        return parts;
    }

    public ConnectionContext connection() {
        return connection;
    }

    public ImapState state() {
        return state;
    }

    /** The name this session's changes carry in store events (its connection id). */
    public String origin() {
        return connection.connectionId();
    }

    public boolean tls() {
        return tls;
    }

    /** STARTTLS succeeded (RFC 3501 §6.2.1). */
    public void tlsStarted() {
        tls = true;
    }

    /**
     * Dovecot's login workaround for clients that ignore the {@code [CAPABILITY …]} response code:
     * a client that asked CAPABILITY before logging in (and not after STARTTLS, where RFC 3501
     * §6.2.1 requires it) gets the new list as an untagged {@code * CAPABILITY} after login.
     */
    public void capabilityAskedBeforeLogin() {
        if (!(tls && connection.startTlsOffered())) capabilityBeforeLogin = true;
    }

    public boolean wantsUntaggedCapabilityAtLogin() {
        return capabilityBeforeLogin;
    }

    /** STARTTLS may be offered: a STARTTLS listener and TLS not yet on (RFC 3501 §6.2.1). */
    public boolean startTlsAvailable() {
        return connection.startTlsOffered() && !tls;
    }

    /**
     * Whether a password may be sent now: under TLS, on a listener with nothing to upgrade to,
     * or where the scenario allows cleartext (RFC 3501 §6.2.3, RFC 8314 §4).
     */
    public boolean passwordsAllowed() {
        return tls || !connection.startTlsOffered() || connection.allowPlaintextAuth();
    }

    /** The logged-in user's login name. */
    public String login() {
        if (account == null) throw new IllegalStateException("not logged in");
        return account.login();
    }

    /** LOGIN or AUTHENTICATE succeeded: enter the authenticated state (RFC 3501 §3.2). */
    public void loggedIn(Account who) {
        account = who;
        state = ImapState.AUTHENTICATED;
        subscription = store.listen(who.login(), event -> {
            SelectedMailbox mailbox = selected;
            if (mailbox == null) return;
            // The store tells listeners synchronously, on the changing thread (StoreListener).
            mailbox.enqueue(event, Thread.currentThread() == commandThread);
            wakeUp.run();
        });
    }

    public SelectedMailbox selected() {
        if (selected == null) throw new IllegalStateException("no mailbox selected");
        return selected;
    }

    /** True when a mailbox is selected and store changes wait to be reported (any thread). */
    public boolean hasQueuedChanges() {
        SelectedMailbox mailbox = selected;
        return mailbox != null && mailbox.hasQueuedEvents();
    }

    public boolean hasSelected() {
        return selected != null;
    }

    /** SELECT / EXAMINE succeeded (RFC 3501 §3.3). */
    public void select(SelectedMailbox mailbox) {
        selected = mailbox;
        state = ImapState.SELECTED;
    }

    /** CLOSE, UNSELECT, or a failed SELECT: back to the authenticated state (RFC 3501 §6.3.1). */
    public void deselect() {
        SelectedMailbox old = selected;
        selected = null;
        if (old != null) old.discardQueued();
        if (state == ImapState.SELECTED) state = ImapState.AUTHENTICATED;
    }

    /** LOGOUT, timeout or a closed connection (RFC 3501 §3.4). Safe to call twice. */
    public void logout() {
        selected = null;
        idling = false;
        state = ImapState.LOGOUT;
        if (subscription != null) subscription.close();
        subscription = null;
    }

    /** Marks the start ({@code true}) and end of one command of this session on the current thread. */
    public void commandRunning(boolean running) {
        commandThread = running ? Thread.currentThread() : null;
    }

    public boolean idling() {
        return idling;
    }

    public void idling(boolean on) {
        idling = on;
    }

    /** Whether the running command may be followed by {@code * n EXPUNGE} (RFC 3501 §7.4.1). */
    public boolean expungeResponsesAllowed() {
        return expungeResponsesAllowed;
    }

    public void expungeResponsesAllowed(boolean allowed) {
        expungeResponsesAllowed = allowed;
    }

    /** Reports the selected mailbox's pending changes into {@code out}, if one is selected. */
    public void sync(boolean expungeAllowed, Responses out) {
        SelectedMailbox mailbox = selected;
        if (mailbox != null && account != null) mailbox.sync(expungeAllowed, store, account.login(), out);
    }
}
