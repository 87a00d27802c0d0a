package org.mailsim.smtp;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

import org.mailsim.net.ConnectionContext;
import org.mailsim.net.Line;
import org.mailsim.net.Reply;
import org.mailsim.net.Session;
import org.mailsim.smtp.command.SmtpArguments;
import org.mailsim.smtp.command.SmtpCommandTable;
import org.mailsim.store.Account;
import org.mailsim.store.MailStore;

/**
 * One SMTP connection. Takes one line at a time: a command (looked up in
 * {@link SmtpCommandTable}), a SASL response during AUTH, or a line of message text in DATA.
 * Every error reply is produced here, from an {@link SmtpError}. See {@link SmtpState} for
 * the state diagram and {@link SmtpRole} for what each port allows.
 */
public final class SmtpSession implements Session {

    /** RFC 5321 §4.5.3.1.4: a command line is at most 512 octets, CR LF included. */
    public static final int MAX_COMMAND_LINE = 510;

    private final MailStore store;
    private final SmtpSettings settings;
    private final ConnectionContext context;
    private final SmtpRole role;
    private SmtpState state = SmtpState.INITIAL;
    private boolean tls;
    private boolean esmtp;
    private String heloName;
    private Account authenticated;
    private Envelope envelope;
    private MessageData data;
    private Function<String, Reply> continuation;
    private int errors;
    private int messages;

    SmtpSession(MailStore store, SmtpSettings settings, ConnectionContext context) {
        this.store = store;
        this.settings = settings;
        this.context = context;
        this.role = SmtpRole.forPort(context.port());
        this.tls = context.tlsFromStart();
    }

    @Override
    public Reply greeting() {
        return SmtpReply.of(220, "", context.hostname() + " ESMTP mailsim").reply(); // RFC 5321 §4.2: 220 first
    }

    @Override
    public Reply onLine(Line line) {
        if (state == SmtpState.DATA) return onData(line);
        if (continuation != null) {
            Function<String, Reply> next = continuation;
            continuation = null;
            return guarded(() -> next.apply(line.text()));
        }
        if (line.length() > MAX_COMMAND_LINE) return failed(SmtpError.bad(500, "5.5.6", "Line too long"));
        return guarded(() -> SmtpCommandTable.execute(SmtpArguments.parse(line.text()), this));
    }

    /** RFC 5321 §4.1.1.4: text lines are stored, unstuffed, until the line with one dot. */
    private Reply onData(Line line) {
        if (!data.isEnd(line)) {
            data.add(line);
            return Reply.builder().build(); // nothing to say until the end
        }
        MessageData done = data;
        Envelope transaction = envelope;
        data = null;
        resetTransaction();
        SmtpReply fault = done.fault();
        if (fault != null) return fault.reply();
        return Delivery.deliver(this, transaction, done.bytes()).reply();
    }

    @Override
    public Reply onLineTooLong() {
        if (state == SmtpState.DATA) {
            data.lineCut();
            return Reply.builder().build();
        }
        continuation = null;
        return failed(SmtpError.bad(500, "5.5.6", "Line too long"));
    }

    /** RFC 5321 §4.5.3.2: the server may close after its timeout, with a 421 first. */
    @Override
    public Reply onTimeout() {
        return SmtpReply.of(421, "4.4.2", context.hostname() + " Error: timeout exceeded").closing();
    }

    /** RFC 5321 §4.5.3.2.1–.7: five minutes for a command, three between DATA blocks. */
    @Override
    public Duration idleTimeout() {
        return state == SmtpState.DATA ? settings.dataBlockTimeout() : settings.commandTimeout();
    }

    @Override
    public Reply onShutdown() {
        return SmtpReply.of(421, "4.3.2", "Service shutting down").closing(); // RFC 5321 §3.8
    }

    @Override
    public void onClose() {
        data = null;
        envelope = null;
    }

    @Override
    public String stateName() {
        return state.name();
    }

    // ---- what commands use ---------------------------------------------------------------

    public SmtpState state() {
        return state;
    }

    public SmtpRole role() {
        return role;
    }

    public ConnectionContext context() {
        return context;
    }

    public SmtpSettings settings() {
        return settings;
    }

    public MailStore store() {
        return store;
    }

    public boolean tlsActive() {
        return tls;
    }

    /** STARTTLS may be offered: a STARTTLS listener with TLS not yet on (RFC 3207 §4). */
    public boolean startTlsOffered() {
        return context.startTlsOffered() && !tls;
    }

    /** A password may cross now: under TLS, or where no TLS is offered, or where a scenario allows it. */
    public boolean cleartextAuthAllowed() {
        return tls || !context.startTlsOffered() || context.allowPlaintextAuth();
    }

    /** AUTH is offered: a submission port, before login, where a password may cross now (RFC 4954 §3). */
    public boolean authOffered() {
        return role.requiresAuth() && authenticated == null && cleartextAuthAllowed();
    }

    public boolean esmtp() {
        return esmtp;
    }

    public String heloName() {
        return heloName;
    }

    public Optional<Account> authenticated() {
        return Optional.ofNullable(authenticated);
    }

    /** RFC 3848 protocol name for the {@code Received:} field. */
    public String protocolName() {
        return ReceivedHeader.protocol(esmtp, tls, authenticated != null);
    }

    /** EHLO or HELO: the client's name, and a fresh start (RFC 5321 §4.1.4). */
    public void greeted(String name, boolean extended) {
        heloName = name;
        esmtp = extended;
        resetTransaction();
    }

    public Envelope envelope() {
        return envelope;
    }

    /** MAIL FROM opens a transaction; each RCPT adds to it. */
    public void envelope(Envelope next) {
        envelope = next;
        state = next.recipients().isEmpty() ? SmtpState.MAIL : SmtpState.RCPT;
    }

    /** RSET, EHLO, the end of DATA: the envelope is cleared, the greeting kept (RFC 5321 §4.1.1.5). */
    public void resetTransaction() {
        envelope = null;
        state = heloName == null ? SmtpState.INITIAL : SmtpState.READY;
    }

    /** After 354: the next lines are message text. */
    public void beginData() {
        data = new MessageData(settings.maxMessageSize());
        state = SmtpState.DATA;
    }

    /** RFC 3207 §4.2: after the handshake the client starts over with EHLO; what it said before is forgotten. */
    public void tlsStarted() {
        tls = true;
        heloName = null;
        esmtp = false;
        authenticated = null;
        resetTransaction();
    }

    public void authenticated(Account account) {
        authenticated = account;
    }

    /** The next line is a SASL response for {@code handler}, not a command (RFC 4954 §4). */
    public void expectContinuation(Function<String, Reply> handler) {
        continuation = handler;
    }

    /** A failed AUTH: wait the configured delay, then {@code 535 5.7.8} (RFC 4954 §6). */
    public SmtpError authenticationFailed() {
        pause(settings.authFailureDelay());
        return SmtpError.bad(535, "5.7.8", "Error: authentication failed");
    }

    /** A queue id for {@code Received:} and the 250 after DATA: connection id and message count. */
    public String nextQueueId() {
        return context.connectionId().replaceAll("[^A-Za-z0-9-]", "") + "." + (++messages);
    }

    // ---- errors, in one place ------------------------------------------------------------

    private Reply guarded(java.util.function.Supplier<Reply> action) {
        try {
            return action.get();
        } catch (SmtpError e) {
            return failed(e);
        }
    }

    private Reply failed(SmtpError error) {
        if (error.counted() && ++errors >= settings.maxErrors()) {
            // One reply per command: the 421 replaces the error it would have been.
            return SmtpReply.of(421, "4.7.0", context.hostname() + " Error: too many errors").closing();
        }
        return error.reply().reply();
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) return;
        try {
            Thread.sleep(delay); // one virtual thread per connection: sleeping is cheap
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
