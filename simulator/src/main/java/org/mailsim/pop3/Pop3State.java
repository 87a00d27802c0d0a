package org.mailsim.pop3;

/** The three states of a POP3 session, RFC 1939 §3. */
public enum Pop3State {
    /** After the greeting: the client identifies itself (USER/PASS, APOP, AUTH; RFC 1939 §4). */
    AUTHORIZATION,
    /** The maildrop is locked; the client reads and marks messages (RFC 1939 §5). */
    TRANSACTION,
    /** After QUIT in TRANSACTION: marked messages are removed, the lock released (RFC 1939 §6). */
    UPDATE
}
