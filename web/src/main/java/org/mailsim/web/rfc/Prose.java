package org.mailsim.web.rfc;

import java.util.List;

import org.mailsim.rfc.RfcLinks;

/**
 * A text for a page's script, with its citations already found: {@code text} as written, and
 * {@code parts} (plain text, or a citation with its {@code href} on mailsim's RFC page, its
 * {@code title} and its {@code external} address), which {@code quiz-dom.js}'s {@code rich()} and
 * the lab's script draw as text and links.
 */
public record Prose(String text, List<RfcLinks.Part> parts) {
    public Prose {
        parts = List.copyOf(parts);
    }

    /** The text and its parts; null stays null (an absent field). */
    public static Prose of(String text) {
        return text == null ? null : new Prose(text, RfcLinks.parts(text));
    }
}
