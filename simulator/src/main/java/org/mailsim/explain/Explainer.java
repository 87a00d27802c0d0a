package org.mailsim.explain;

import java.util.List;
import java.util.Objects;

import org.mailsim.net.Protocol;
import org.mailsim.wire.Direction;

/**
 * Explains one line of a transcript: a command, a response, a line of message data, or one of
 * the wiretap's markers ({@code [TLS handshake]}, {@code [binary 517 bytes: …]},
 * {@code [literal 124 bytes]}). It looks at the line alone, so where a line's meaning depends on
 * what came before (a line of a POP3 message, an SMTP message line after 354) it reads the
 * line's shape. Unknown lines get a generic explanation; nothing here throws for any input.
 */
public final class Explainer {

    private static final class Shared {
        static final Explainer INSTANCE = new Explainer(ExplanationTable.load());
    }

    private final ExplanationTable table;
    private final WireMarkers markers;
    private final MessageLines message;
    private final ImapClientLines imapClient;
    private final ImapServerLines imapServer;
    private final Pop3Lines pop3;
    private final SmtpClientLines smtpClient;
    private final SmtpServerLines smtpServer;

    Explainer(ExplanationTable table) {
        this.table = table;
        this.markers = new WireMarkers(table);
        this.message = new MessageLines(table);
        ImapFetchItems fetch = new ImapFetchItems(table);
        this.imapClient = new ImapClientLines(table, fetch);
        this.imapServer = new ImapServerLines(table, fetch);
        this.pop3 = new Pop3Lines(table, message);
        this.smtpClient = new SmtpClientLines(table, message);
        this.smtpServer = new SmtpServerLines(table);
    }

    /** The explainer with the standard table, read once. */
    public static Explainer standard() {
        return Shared.INSTANCE;
    }

    /**
     * What {@code line} means, sent in {@code direction} on a {@code protocol} connection.
     *
     * @param line one line without its CR LF, as a transcript shows it
     */
    public Explanation explain(Protocol protocol, Direction direction, String line) {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(direction, "direction");
        if (line == null) return generic("");
        try {
            Explanation marker = markers.explain(line);
            if (marker != null) return marker;
            boolean client = direction == Direction.CLIENT_TO_SERVER;
            Explanation explained = switch (protocol) {
                case IMAP -> client ? imapClient.explain(line) : imapServer.explain(line);
                case POP3 -> client ? pop3.client(line) : pop3.server(line);
                case SMTP -> client ? smtpClient.explain(line) : smtpServer.explain(line);
            };
            return explained == null ? generic(line) : LineDecodings.add(protocol, direction, line, explained);
        } catch (RuntimeException e) {
            // A line too odd for the pieces' parsers is still only a line to explain: the
            // promise to the web layer is an explanation for every input, never an error page.
            return generic(line);
        }
    }

    /**
     * What a line inside an IMAP literal means (the lines a transcript marks {@code C|} or
     * {@code S|}): data counted by {@code {n}}, usually a message's header or body.
     */
    public Explanation explainLiteral(Protocol protocol, Direction direction, String line) {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(direction, "direction");
        var b = new ExplanationBuilder().summary(table.get("imap-syntax", "literal-line"));
        message.explain(line == null ? "" : line, b);
        return b.build();
    }

    /** The explanation of a line mailsim does not recognise: the line itself, cited nowhere. */
    private Explanation generic(String line) {
        TableEntry unknown = table.get("generic", "unknown");
        return new Explanation(unknown.summary(), List.of(new Part(line, unknown.summary())), List.of());
    }
}
