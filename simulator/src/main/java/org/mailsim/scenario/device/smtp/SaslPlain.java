package org.mailsim.scenario.device.smtp;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The SASL PLAIN mechanism (RFC 4616), as SMTP AUTH (RFC 4954) and POP3 AUTH (RFC 5034) carry it. */
public final class SaslPlain {

    private SaslPlain() {
    }

    /** RFC 4616 §2: authzid NUL authcid NUL passwd (no authzid), in base64: readable by anyone who sees it. */
    public static String initialResponse(String login, String password) {
        return Base64.getEncoder().encodeToString(("\0" + login + "\0" + password).getBytes(StandardCharsets.UTF_8));
    }
}
