package org.mailsim.scenario.device.smtp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mailsim.net.ClientConnection;
import org.mailsim.net.Security;
import org.mailsim.scenario.device.AppContext;
import org.mailsim.scenario.device.TypedSession;

/**
 * The learner's own SMTP session: each typed line goes out as is and the whole reply comes back
 * (every {@code 250-} line up to the {@code 250 } one, RFC 5321 §4.2.1). After DATA's 354 the
 * typed lines are message lines, unanswered, until the lone "." (RFC 5321 §4.1.1.4); the learner
 * stuffs dots by hand, which is the point.
 */
final class TypedSmtp implements TypedSession {

    private ClientConnection connection;
    private int port;
    private boolean inData;

    @Override
    public boolean isOpen() {
        return connection != null;
    }

    @Override
    public String describe() {
        if (connection == null) return "not connected";
        return "connected (" + (connection.isTls() ? "SMTP over TLS" : "SMTP, not encrypted") + ", port " + port + ")";
    }

    @Override
    public List<String> type(AppContext context, boolean userTrustsCertificate, String line) {
        List<String> answer = new ArrayList<>();
        try {
            if (connection == null) {
                open(context, userTrustsCertificate);
                answer.addAll(SmtpResponse.read(connection).lines());                  // RFC 5321 §4.2: 220 greeting
            }
            connection.send(line);
            if (inData) {
                if (!line.equals(".")) return answer;                                  // a message line: no reply
                inData = false;
                answer.addAll(SmtpResponse.read(connection).lines());
                return answer;
            }
            SmtpResponse reply = SmtpResponse.read(connection);
            answer.addAll(reply.lines());
            String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
            if (reply.code() == 354) inData = true;                                    // RFC 5321 §4.1.1.4
            if (verb.equals("STARTTLS") && reply.code() == 220) connection.startTls(context.tls(userTrustsCertificate)); // RFC 3207 §4
            if (verb.equals("QUIT")) drop();
        } catch (IOException e) {
            answer.add(ConnectionTrouble.explain(e, "the server", context.device().settings().serverName(), context.device().port(), context.device().security()));
            drop();
        }
        return answer;
    }

    private void open(AppContext context, boolean userTrustsCertificate) throws IOException {
        port = context.device().port();
        connection = context.device().security() == Security.IMPLICIT_TLS
                ? ImplicitTls.connect(context, port, userTrustsCertificate)
                : context.network().connect(context.name(), port);
    }

    @Override
    public List<String> quit(AppContext context, boolean userTrustsCertificate) {
        if (connection == null) return List.of();
        if (inData) type(context, userTrustsCertificate, ".");
        return type(context, userTrustsCertificate, "QUIT");
    }

    /** Reads what the server sent unasked (a 421 on timeout); forgets the session once the server has closed it. */
    @Override
    public void drain() {
        if (connection == null) return;
        try {
            while (connection.hasPendingInput()) connection.readLine();
            if (connection.serverClosed()) drop();
        } catch (IOException e) {
            drop();
        }
    }

    /** The connection dies without QUIT: a message not ended by "." is never delivered (RFC 5321 §4.1.1.4). */
    @Override
    public void drop() {
        if (connection == null) return;
        try {
            connection.abort(); // the network vanished: the server hears nothing, not even a TLS goodbye
        } catch (IOException e) {
            // Already gone: there is nothing left to drop.
        }
        connection = null;
        inData = false;
    }
}
