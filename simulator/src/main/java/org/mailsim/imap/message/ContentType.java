package org.mailsim.imap.message;

import java.util.List;
import java.util.Optional;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawField;
import org.apache.james.mime4j.stream.RawFieldParser;

/**
 * A parsed {@code Content-Type} or {@code Content-Disposition} value (RFC 2045 §5.1, RFC 2183 §2):
 * the value and its parameters, both in the case and order the message wrote them, because
 * Dovecot echoes them that way in BODYSTRUCTURE.
 *
 * @param type    the media type or disposition type as written, e.g. {@code Text}
 * @param subtype the subtype as written, empty for a disposition or a type without one
 * @param params  the parameters in order, values unquoted
 */
record ContentType(String type, String subtype, List<Param> params) {

    /** One {@code name=value} parameter. */
    record Param(String name, String value) { }

    /** RFC 2045 §5.2: no Content-Type means {@code text/plain; charset=us-ascii}. */
    static final ContentType DEFAULT = new ContentType("text", "plain", List.of(new Param("charset", "us-ascii")));

    /** RFC 2046 §5.1.5: inside multipart/digest the default is {@code message/rfc822}. */
    static final ContentType DIGEST_DEFAULT = new ContentType("message", "rfc822", List.of());

    ContentType {
        params = List.copyOf(params);
    }

    /**
     * Parses a header value with mime4j's lenient field parser; the value is octets. A CR or LF
     * left inside it (a stray one, not a fold) counts as white space: mime4j would refuse the
     * whole field, and a message must never make FETCH or SEARCH fail (found by
     * BodyStructureFuzzTest; the crashing input is kept as a seed).
     */
    static ContentType parse(String value) {
        String unfolded = value.replace('\r', ' ').replace('\n', ' ');
        RawBody body = RawFieldParser.DEFAULT.parseRawBody(new RawField("Content-Type", unfolded));
        String full = body.getValue() == null ? "" : body.getValue().strip();
        int slash = full.indexOf('/');
        String type = slash < 0 ? full : full.substring(0, slash).strip();
        String subtype = slash < 0 ? "" : full.substring(slash + 1).strip();
        List<Param> params = Rfc2231Params.merge(body.getParams().stream()
                .filter(p -> p.getValue() != null)
                .map(p -> new Param(p.getName(), p.getValue())).toList());
        return new ContentType(type, subtype, params);
    }

    boolean is(String wantedType) {
        return type.equalsIgnoreCase(wantedType);
    }

    boolean is(String wantedType, String wantedSubtype) {
        return type.equalsIgnoreCase(wantedType) && subtype.equalsIgnoreCase(wantedSubtype);
    }

    /** The multipart boundary (RFC 2046 §5.1.1: 1 to 70 characters), if there is a usable one. */
    Optional<String> boundary() {
        return is("multipart") ? param("boundary").filter(b -> !b.isEmpty()) : Optional.empty();
    }

    Optional<String> param(String name) {
        return params.stream().filter(p -> p.name().equalsIgnoreCase(name)).map(Param::value).findFirst();
    }
}
