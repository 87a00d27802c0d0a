package org.mailsim.imap.fetch;

import java.time.LocalDate;
import java.util.Optional;

import org.mailsim.imap.message.SectionSpec;
import org.mailsim.store.RawMessage;

/**
 * What the IMAP engine needs to know about a message's MIME structure, kept behind one seam so
 * the engine never parses MIME itself. Implementations must be thread-safe (many sessions call
 * them at once) and keep no per-message state. The real implementation delegates to
 * {@code org.mailsim.imap.message} (mime4j); tests may use a simple one.
 */
public interface MessageParts {

    /** The ENVELOPE parenthesized list (RFC 3501 §7.4.2), strings already encoded. */
    String envelope(RawMessage message);

    /** BODY ({@code extensible} false) or BODYSTRUCTURE ({@code extensible} true), RFC 3501 §7.4.2. */
    String bodyStructure(RawMessage message, boolean extensible);

    /**
     * The bytes {@code BODY[section]} names, before any {@code <partial>} (RFC 3501 §6.4.5);
     * an empty array for a part the message does not have. Never throws for a client's choice
     * of section: an exception here is answered {@code NO [SERVERBUG]}.
     */
    byte[] section(RawMessage message, SectionSpec section);

    /** The date from the Date: header, for SEARCH SENTBEFORE / SENTON / SENTSINCE (RFC 3501 §6.4.4). */
    Optional<LocalDate> sentDate(RawMessage message);

    /** Some {@code field} header contains {@code needle}, case-insensitively (SEARCH FROM, HEADER…). */
    boolean headerContains(RawMessage message, String field, String needle);

    /**
     * SEARCH FROM / TO / CC / BCC (RFC 3501 §6.4.4): the field's addresses written as
     * {@code name <mailbox@host>}, groups as {@code group: …;}, contain the string.
     */
    default boolean addressContains(RawMessage message, String field, String needle) {
        return headerContains(message, field, needle);
    }

    /** The body (after the header) contains {@code needle} (SEARCH BODY). */
    boolean bodyContains(RawMessage message, String needle);

    /** The header or the body contains {@code needle} (SEARCH TEXT). */
    boolean textContains(RawMessage message, String needle);
}
