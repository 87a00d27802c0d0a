package org.mailsim.pop3;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive-access locks of RFC 1939 §4 ("the POP3 server then acquires an exclusive-access
 * lock on the maildrop"), one per account. One instance is shared by every session a
 * {@link Pop3#sessions} factory makes; nothing here is static, so two servers never share locks.
 */
public final class MaildropLocks {

    private final Set<String> held = ConcurrentHashMap.newKeySet();

    /** Takes the lock; false when another session holds it (RFC 2449 §8.1.2 {@code [IN-USE]}). */
    public boolean tryLock(String login) {
        return held.add(login);
    }

    public void unlock(String login) {
        held.remove(login);
    }
}
