package org.mailsim.imap.command;

import org.mailsim.imap.parse.ImapReader;

/**
 * RFC 3501 §6.2.3 LOGIN: user name and password in the clear, so refused before TLS on a
 * STARTTLS listener ({@code LOGINDISABLED}, {@code [PRIVACYREQUIRED]}).
 * <pre>login = "LOGIN" SP userid SP password   (both astrings)</pre>
 */
final class LoginCommand implements ImapCommand<LoginCommand.Request> {

    /** The parsed command; the password is never shown (toString). */
    record Request(String user, String password) {
        @Override
        public String toString() {
            return "LOGIN " + user + " ********";
        }
    }

    @Override
    public Request parse(ImapReader args) {
        args.sp();
        String user = args.astring();
        args.sp();
        String password = args.astring();
        args.end();
        return new Request(user, password);
    }

    @Override
    public Outcome execute(Request request, ImapContext session, Responses out) {
        Authentication.requirePrivacy(session);
        return Authentication.attempt(session, request.user(), request.password(), out);
    }
}
