package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;

/**
 * RFC 3501 §6.2.3 LOGIN: user name and password in the clear, so refused before TLS on a
 * STARTTLS listener ({@code LOGINDISABLED}, {@code [PRIVACYREQUIRED]}).
 * <pre>login = "LOGIN" SP userid SP password   (both astrings)</pre>
 */
final class LoginCommand implements ImapCommand {
    @Override
    public Outcome execute(ImapReader args, ImapContext session, Responses out) {
        args.sp();
        String user = args.astring();
        args.sp();
        String password = args.astring();
        args.end();
        Authentication.requirePrivacy(session);
        return Authentication.attempt(session, user, password);
    }
}
