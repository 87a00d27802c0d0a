package org.mailsim.live;

import java.util.Optional;

import org.mailsim.net.Protocol;
import org.mailsim.wire.Direction;
import org.mailsim.wire.TranscriptItem;

/**
 * Hides what a projector must not show: passwords and SASL payloads (RFC 4422). One mask follows
 * one connection's lines in order and recognises a secret the way the server does, by the state
 * the earlier lines built up, not by the look of one line: the base64 lines of an AUTH LOGIN
 * exchange carry no keyword at all, and are secret only because they answer the server's
 * continuation request. Where the state is unclear it hides rather than shows.
 *
 * <p>It also notes which account the server let in, from the same lines.
 */
public sealed interface CredentialMask permits ImapCredentialMask, Pop3CredentialMask, SmtpCredentialMask {

    /** What a secret is shown as: always the same, so not even its length shows. */
    String HIDDEN = "••••••";

    static CredentialMask forProtocol(Protocol protocol) {
        return switch (protocol) {
            case IMAP -> new ImapCredentialMask();
            case POP3 -> new Pop3CredentialMask();
            case SMTP -> new SmtpCredentialMask();
        };
    }

    /** One client line, its line end removed; returns the line as it may be shown. */
    String clientLine(String line);

    /** An IMAP literal from the client (RFC 3501 §4.3); returns it as it may be shown. */
    default String clientLiteral(String text) {
        return text;
    }

    /** One server line, its line end removed: ends SASL exchanges and confirms logins. */
    void serverLine(String line);

    /** The login the server accepted on this connection, once it has. */
    Optional<String> account();

    /**
     * Follows one line or literal of the transcript, its text already decoded (line end removed);
     * returns the text as it may be shown.
     */
    default String follow(Direction direction, TranscriptItem.Kind kind, String text) {
        boolean client = direction == Direction.CLIENT_TO_SERVER;
        return switch (kind) {
            case LINE -> {
                if (client) yield clientLine(text);
                serverLine(text);
                yield text;
            }
            case LITERAL -> client ? clientLiteral(text) : text;
            case BINARY, TLS_RECORD -> text;
        };
    }
}
