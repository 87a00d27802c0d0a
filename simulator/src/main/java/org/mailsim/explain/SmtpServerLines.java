package org.mailsim.explain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SMTP replies (RFC 5321 §4.2): a three-digit reply code whose first digit says success, go on,
 * try later or failure (§4.2.1); a hyphen for a line that continues, a space for the last; an
 * enhanced status code class.subject.detail (RFC 3463, announced by ENHANCEDSTATUSCODES); text.
 * Lines of the EHLO answer name an extension each.
 */
final class SmtpServerLines {

    private static final Pattern REPLY = Pattern.compile("([2-5]\\d\\d)([ -]?)(.*)");
    private static final Pattern ENHANCED = Pattern.compile("([245])\\.(\\d{1,3})\\.(\\d{1,3})(?: (.*)|)");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    private final ExplanationTable table;

    SmtpServerLines(ExplanationTable table) {
        this.table = table;
    }

    Explanation explain(String line) {
        Matcher m = REPLY.matcher(line);
        if (!m.matches()) return null;
        String code = m.group(1);
        String text = m.group(3);
        var b = new ExplanationBuilder();
        var reply = table.find("smtp-reply", code);
        TableEntry severity = table.get("smtp-first-digit", code.substring(0, 1));
        var keyword = code.equals("250") ? table.find("smtp-ehlo", text.split(" ", 2)[0]) : Optional.<TableEntry>empty();
        keyword.ifPresent(b::summary);
        reply.ifPresent(b::summary);
        b.summary(severity);
        b.part(code, reply.orElse(severity));
        b.part(code.charAt(0) + "xx", severity);
        if (m.group(2).equals("-")) b.part("-", syntax("continued"));
        Matcher enhanced = ENHANCED.matcher(text);
        if (enhanced.matches()) {
            enhanced(enhanced, b);
            text = enhanced.group(4) == null ? "" : enhanced.group(4);
        }
        if (text.isEmpty()) return b.build();
        if (keyword.isPresent()) {
            String word = text.split(" ", 2)[0];
            b.part(word, keyword.get());
            if (text.length() > word.length()) b.part(text.substring(word.length() + 1), "the extension's parameters");
        } else if (code.equals("220") && !enhanced.matches()) {
            b.part(text, syntax("greeting-host"));
        } else if (code.equals("250") && HOST.matcher(text).matches()) {
            b.part(text, syntax("ehlo-host"));
        } else if (code.equals("334")) {
            b.part(text, syntax("sasl-challenge"));
        } else {
            b.part(text, syntax("text").summary());
        }
        return b.build();
    }

    /** RFC 3463 §2: class.subject.detail, each part explained. */
    private void enhanced(Matcher m, ExplanationBuilder b) {
        String whole = m.group(1) + "." + m.group(2) + "." + m.group(3);
        b.part(whole, syntax("enhanced"));
        table.find("smtp-class", m.group(1)).ifPresent(e -> b.part(m.group(1) + ".x.x", e));
        table.find("smtp-subject", m.group(2)).ifPresent(e -> b.part("x." + m.group(2) + ".x", e));
        table.find("smtp-detail", m.group(2) + "." + m.group(3)).ifPresent(e -> b.part(whole, e));
    }

    private TableEntry syntax(String key) {
        return table.get("smtp-syntax", key);
    }
}
