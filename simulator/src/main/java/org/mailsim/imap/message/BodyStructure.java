package org.mailsim.imap.message;

import java.util.stream.Collectors;
import org.mailsim.store.RawMessage;

/**
 * BODY and BODYSTRUCTURE (RFC 3501 §7.4.2): the MIME structure of a message as nested lists.
 *
 * <p>A single part is
 * {@code (type subtype (params) id description encoding octets [lines | envelope body lines])}
 * followed, for BODYSTRUCTURE only, by the extension data {@code md5 disposition language location}.
 * A multipart is its parts side by side, then its subtype, then, for BODYSTRUCTURE,
 * {@code (params) disposition language location}.
 *
 * <p>Choices where RFC 3501 leaves room, made as Dovecot makes them ({@code dovecot/core:
 * src/lib-imap/imap-bodystructure.c}):
 * <ul>
 *   <li>type, subtype, parameter names and values keep the case the message wrote them in; the
 *       defaults Dovecot adds are lower case: {@code "text" "plain"}, {@code ("charset" "us-ascii")},
 *       {@code "7bit"}; a message/rfc822 part is always written {@code "message" "rfc822"};</li>
 *   <li>RFC 2231 parameter continuations are joined and extended values decoded to UTF-8
 *       ({@link Rfc2231Params});</li>
 *   <li>a text part without a charset parameter gets {@code "charset" "us-ascii"} appended
 *       (RFC 2045 §5.2); other parts without parameters get {@code NIL};</li>
 *   <li>the line count is the number of LF octets in the part body; octets and lines are those
 *       of the raw part, exactly what {@code BODY[n]} returns;</li>
 *   <li>a message without MIME-Version is plain text whatever its Content-Type says (RFC 2045 §4);</li>
 *   <li>one exception: a Content-Type without a subtype is replaced by the default, as RFC 2045
 *       §5.2 recommends for invalid fields; Dovecot writes it as found with an empty subtype;</li>
 *   <li>Content-Language is always a list, even with one tag;</li>
 *   <li>a multipart with no parts is written as one empty text/plain part.</li>
 * </ul>
 */
public final class BodyStructure {
    private static final String EMPTY_PART = "(\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 0 0)";
    private static final String EMPTY_PART_EXTENDED = "(\"text\" \"plain\" (\"charset\" \"us-ascii\") NIL NIL \"7bit\" 0 0 NIL NIL NIL NIL)";

    private BodyStructure() { }

    /** {@code extensible=false}: BODY, no extension data; {@code true}: BODYSTRUCTURE. */
    public static String of(RawMessage message, boolean extensible) {
        return of(MimeParser.parse(message), extensible);
    }

    static String of(MimePart part, boolean extensible) {
        return part.isMultipart() ? multipart(part, extensible) : single(part, extensible);
    }

    /** RFC 3501 §7.4.2 body-type-mpart: {@code 1*body SP media-subtype [SP body-ext-mpart]}. */
    private static String multipart(MimePart part, boolean extensible) {
        StringBuilder out = new StringBuilder("(");
        if (part.children().isEmpty()) out.append(extensible ? EMPTY_PART_EXTENDED : EMPTY_PART); // as Dovecot
        for (MimePart child : part.children()) out.append(of(child, extensible));
        out.append(' ').append(quote(part.contentType().subtype()));
        if (extensible) {
            out.append(' ').append(params(part.contentType()));
            out.append(' ').append(PartFields.extension(part.contentHeader()));
        }
        return out.append(')').toString();
    }

    /** RFC 3501 §7.4.2 body-type-1part: basic, msg or text fields, then body-ext-1part. */
    private static String single(MimePart part, boolean extensible) {
        ContentType type = part.contentType();
        HeaderBlock header = part.contentHeader();
        StringBuilder out = new StringBuilder("(");
        if (part.isMessage()) {
            out.append("\"message\" \"rfc822\" ");
        } else {
            out.append(quote(type.type())).append(' ').append(quote(type.subtype())).append(' ');
        }
        out.append(params(type)).append(' ')
                .append(PartFields.nstring(header, "Content-ID")).append(' ')
                .append(PartFields.nstring(header, "Content-Description")).append(' ')
                .append(PartFields.encoding(header)).append(' ')
                .append(part.bodySize());
        if (part.isMessage()) {
            // RFC 3501 §7.4.2 body-type-msg: envelope, body structure and lines of the encapsulated message
            out.append(' ').append(Envelope.of(part.message().header()))
                    .append(' ').append(of(part.message(), extensible))
                    .append(' ').append(part.bodyLines());
        } else if (type.is("text")) {
            out.append(' ').append(part.bodyLines()); // RFC 3501 §7.4.2 body-type-text: size in lines
        }
        if (extensible) {
            out.append(' ').append(PartFields.nstring(header, "Content-MD5"));
            out.append(' ').append(PartFields.extension(header));
        }
        return out.append(')').toString();
    }

    /** {@code ("name" "value" …)}, a default charset for text (RFC 2045 §5.2), or NIL. */
    private static String params(ContentType type) {
        String params = type.params().stream()
                .map(p -> quote(p.name()) + " " + quote(p.value()))
                .collect(Collectors.joining(" "));
        if (type.is("text") && type.param("charset").isEmpty()) {
            params = (params.isEmpty() ? "" : params + " ") + "\"charset\" \"us-ascii\"";
        }
        return params.isEmpty() ? "NIL" : "(" + params + ")";
    }

    private static String quote(String octets) {
        return ImapStrings.string(HeaderBlock.text(octets));
    }
}
