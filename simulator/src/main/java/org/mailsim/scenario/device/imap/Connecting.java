package org.mailsim.scenario.device.imap;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;

import org.mailsim.net.ClientConnection;
import org.mailsim.net.Security;
import org.mailsim.scenario.TlsPolicy;
import org.mailsim.scenario.device.AppContext;

/**
 * Opening the connection as the account settings say: implicit TLS first (RFC 8314 §3), or the
 * greeting then STARTTLS (RFC 3501 §6.2.1) — asking CAPABILITY again after TLS, since what was
 * said in cleartext may have been forged — or no encryption at all.
 */
final class Connecting {
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private Connecting() { }

    /** The connection, greeted and (if the settings say) upgraded. */
    record Opened(ImapClient client, Capabilities capabilities, String words) { }

    /** Connects; {@code byHand}: for lines the learner types — read the greeting, then leave the talking to them. */
    static Opened open(AppContext ctx, boolean trusted, boolean byHand, Consumer<ImapResponse> untagged) throws AppProblem {
        var device = ctx.device();
        ClientConnection connection = connect(ctx);
        ImapClient client = new ImapClient(connection, untagged, ctx.clock());
        try {
            if (device.security() == Security.IMPLICIT_TLS) handshake(ctx, connection, trusted);
            ImapResponse greeting = greeting(connection);
            if (greeting.status().equals("BYE")) throw new AppProblem(Notices.GREETED_WITH_BYE); // RFC 3501 §7.1.5
            Capabilities caps = Capabilities.fromCode(greeting).orElse(null);
            if (byHand) return new Opened(client, caps == null ? Capabilities.NONE : caps, words(ctx, connection)); // the learner speaks next
            if (device.security() != Security.STARTTLS) {
                return new Opened(client, caps == null ? capability(client) : caps, words(ctx, connection));
            }
            if (caps == null) caps = capability(client);
            if (!caps.has("STARTTLS")) {
                if (device.settings().tlsPolicy() == TlsPolicy.REQUIRE) throw new AppProblem(Notices.STARTTLS_REQUIRED);
                // RFC 3207 §6 / RFC 8314 §5.2: silently on in cleartext, as real apps do — the stripping attack's lesson
                return new Opened(client, caps, words(ctx, connection));
            }
            Completion upgrade = client.run("STARTTLS");
            if (!upgrade.ok()) throw new AppProblem(Notices.STARTTLS_REFUSED);
            handshake(ctx, connection, trusted);
            return new Opened(client, capability(client), words(ctx, connection)); // RFC 3501 §6.2.1: ask again
        } catch (AppProblem problem) {
            closeQuietly(client);
            throw problem;
        } catch (IOException e) {
            closeQuietly(client);
            throw new AppProblem(Notices.CONNECTION_LOST);
        }
    }

    /** Opens the TCP connection; a refused one is a notice. */
    private static ClientConnection connect(AppContext ctx) throws AppProblem {
        try {
            return ctx.network().connect(ctx.name(), ctx.device().port()).readTimeout(READ_TIMEOUT);
        } catch (ConnectException refused) {
            throw new AppProblem(Notices.refused(ctx.device().settings().serverName(), ctx.device().port()));
        } catch (IOException e) {
            throw new AppProblem(Notices.CONNECTION_LOST);
        }
    }

    /** RFC 3501 §7.1.1: the server speaks first; on an implicit-TLS port it waits for our ClientHello instead. */
    private static ImapResponse greeting(ClientConnection connection) throws IOException, AppProblem {
        try {
            return ResponseReader.read(connection);
        } catch (SocketTimeoutException silence) {
            throw new AppProblem(Notices.noGreeting(READ_TIMEOUT));
        }
    }

    static void handshake(AppContext ctx, ClientConnection connection, boolean trusted) throws AppProblem {
        try {
            connection.startTls(ctx.tls(trusted));
        } catch (SSLException e) {
            // Named from the real exception, in the words /live and the lab use (net/TlsFailure).
            throw new AppProblem(Notices.tlsFailed(e, ctx.device().settings().serverName()));
        } catch (IOException e) {
            throw new AppProblem(Notices.NO_TLS_ANSWER); // EOF or silence where a ServerHello belonged
        }
    }

    static Capabilities capability(ImapClient client) throws IOException {
        return Capabilities.from(client.run("CAPABILITY")).orElse(Capabilities.NONE);
    }

    /** "IMAP over TLS, port 993", "IMAP with STARTTLS, port 143", "IMAP without encryption, port 143". */
    static String words(AppContext ctx, ClientConnection connection) {
        int port = ctx.device().port();
        if (!connection.isTls()) return "IMAP without encryption, port " + port;
        return ctx.device().security() == Security.IMPLICIT_TLS ? "IMAP over TLS, port " + port : "IMAP with STARTTLS, port " + port;
    }

    static void closeQuietly(ImapClient client) {
        try {
            client.close();
        } catch (IOException ignored) {
            // Closing a dead connection: nothing more to do.
        }
    }
}
