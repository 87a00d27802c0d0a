package org.mailsim.imap.message;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The body fields that come from a part's own Content-* header fields (RFC 3501 §7.4.2
 * body-fld-id, body-fld-desc, body-fld-enc, body-fld-md5, body-fld-dsp, body-fld-lang,
 * body-fld-loc), written as Dovecot writes them.
 */
final class PartFields {
    private PartFields() { }

    /** The unfolded value, or NIL when the field is absent. */
    static String nstring(HeaderBlock header, String name) {
        return header.first(name).map(v -> ImapStrings.string(HeaderBlock.text(v))).orElse("NIL");
    }

    /** body-fld-enc: the Content-Transfer-Encoding token as written, {@code "7bit"} by default (RFC 2045 §6.1). */
    static String encoding(HeaderBlock header) {
        return header.first("Content-Transfer-Encoding")
                .map(v -> v.split("[\\s;(]", 2)[0])
                .filter(v -> !v.isEmpty())
                .map(v -> ImapStrings.string(HeaderBlock.text(v)))
                .orElse("\"7bit\"");
    }

    /** {@code disposition language location}, the extension data parts and multiparts share. */
    static String extension(HeaderBlock header) {
        return disposition(header) + " " + language(header) + " " + nstring(header, "Content-Location");
    }

    /** body-fld-dsp: {@code ("attachment" ("filename" "a.pdf"))} (RFC 2183), or NIL. */
    private static String disposition(HeaderBlock header) {
        return header.first("Content-Disposition").map(ContentType::parse)
                .filter(d -> !d.type().isEmpty())
                .map(d -> {
                    String params = d.params().stream()
                            .map(p -> ImapStrings.string(HeaderBlock.text(p.name())) + " " + ImapStrings.string(HeaderBlock.text(p.value())))
                            .collect(Collectors.joining(" "));
                    return "(" + ImapStrings.string(HeaderBlock.text(d.type())) + " " + (params.isEmpty() ? "NIL" : "(" + params + ")") + ")";
                })
                .orElse("NIL");
    }

    /** body-fld-lang: the Content-Language tags (RFC 3282) as a list, or NIL. */
    private static String language(HeaderBlock header) {
        return header.first("Content-Language")
                .map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                        .map(t -> ImapStrings.string(HeaderBlock.text(t))).collect(Collectors.joining(" ")))
                .filter(tags -> !tags.isEmpty())
                .map(tags -> "(" + tags + ")")
                .orElse("NIL");
    }
}
