package org.mailsim.pop3.command;

import org.mailsim.pop3.Pop3Error;

/**
 * RFC 2595 §2.2 and RFC 8314 §5: a server offering STLS should not take a password in the
 * clear. USER, PASS, APOP and AUTH all answer the same way before STLS.
 */
final class CleartextRule {
    private CleartextRule() {
    }

    static Pop3Error refusal() {
        return Pop3Error.refused("[AUTH] cleartext login is disabled on this connection: issue STLS first");
    }
}
