package org.mailsim.scenario;

import org.mailsim.net.Security;

/**
 * The "outgoing server" half of a mail app's account settings: where it sends mail (SMTP).
 *
 * @param port          587 (submission), 465 (submissions) or 25, as the user typed it
 * @param security      none, STARTTLS, or SSL/TLS (implicit)
 * @param authenticate  "my outgoing server requires authentication"
 */
public record OutgoingSpec(int port, Security security, boolean authenticate) {
    /** What a well set-up app uses: submission on 587 with STARTTLS and a login (RFC 6409, RFC 8314). */
    public static final OutgoingSpec SUBMISSION = new OutgoingSpec(587, Security.STARTTLS, true);
}
