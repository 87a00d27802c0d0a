package org.mailsim.bench;

import java.io.IOException;
import java.util.OptionalLong;

/**
 * A mail server under measurement: started on loopback with IMAP, POP3 and SMTP listeners,
 * seeded directly through its own store (never over the wire), asked for its heap after a full
 * GC, and stopped. The benchmarks only see ports and these calls, so any server can be plugged
 * in; {@code docs/benchmarks.md} shows how mailsim's {@code LiveServer} is.
 *
 * <p>Accounts have the address {@code login@bench.test}; "INBOX" is the only mailbox used.
 */
public interface BenchTarget extends AutoCloseable {
    /** The mail domain of every benchmark account. */
    String DOMAIN = "bench.test";

    /** A short name for tables: "greenmail", "mailsim". */
    String name();

    /** Binds the listeners on 127.0.0.1 (any free ports) and starts serving. */
    void start() throws IOException;

    int imapPort();

    int pop3Port();

    int smtpPort();

    /** True when the SMTP port accepts mail only after AUTH PLAIN (RFC 4954); false for plain SMTP. */
    boolean smtpRequiresAuth();

    /** Creates an account {@code login} with the password and the address {@code login@bench.test}. */
    void addAccount(String login, String password) throws IOException;

    /**
     * Puts {@code count} messages of exactly {@code sizeBytes} octets each into the account's INBOX
     * directly through the store; message {@code i} is {@link BenchMessages#message(int, int)}.
     */
    void seedMessages(String login, int count, int sizeBytes) throws IOException;

    /** The number of messages in the account's INBOX now. */
    int messageCount(String login) throws IOException;

    /** Heap used by the server after a full GC (the heap measurement hook), in bytes. */
    long usedHeapAfterGc() throws IOException;

    /**
     * The server process's resident set size (heap, thread stacks, native memory), when the target
     * can tell; a server sharing its process with the clients cannot, and reports nothing.
     */
    default OptionalLong residentSetBytes() throws IOException {
        return OptionalLong.empty();
    }

    /** One line about where the server runs: version, Java version, max heap, cores. */
    String describe() throws IOException;

    /** Stops the server and frees its ports. */
    void stop() throws IOException;

    /** The same as {@link #stop()}, so a target can be used in try-with-resources. */
    @Override
    default void close() throws IOException {
        stop();
    }
}
