package org.mailsim.web.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Links the words of an explanation that the glossary defines to their entry on {@code /glossary}
 * (one anchor per term of {@code docs/glossary.md}: the term's name in lower case, each run of
 * other characters one hyphen). Each term is linked once per text, at its first appearance, so
 * a sentence is not a row of links; the rest stays plain, escaped text.
 */
public final class GlossaryLinks {
    /** A run of text, with the glossary address it links to ({@code null} for plain text). */
    public record Segment(String text, String href) { }

    /** The words looked for (case as written, except where marked (?i)) and the anchor each links to. */
    static final Map<String, String> TERMS = terms();

    private static final Pattern WORDS = Pattern.compile(TERMS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(w -> "(?<![\\w\\\\])" + w + "(?![\\w-])").collect(Collectors.joining("|")));

    private GlossaryLinks() { }

    private static Map<String, String> terms() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("UIDVALIDITY", "uidvalidity");
        t.put("UIDs?", "uid");
        t.put("(?i:flags?)", "flag");
        t.put("(?i:literals?)", "literal");
        t.put("STARTTLS", "starttls");
        t.put("(?i:implicit TLS)", "implicit-tls");
        t.put("TLS", "tls");
        t.put("(?i:tags?)", "tag");
        t.put("(?i:untagged)", "untagged-response");
        t.put("(?i:continuation request)", "continuation-request");
        t.put("(?i:sequence set)", "sequence-set");
        t.put("(?i:sequence numbers?)", "sequence-number");
        t.put("(?i:base64)", "base64");
        t.put("SASL", "sasl");
        t.put("(?i:expunged?)", "expunge");
        t.put("IDLE", "idle");
        t.put("(?i:reply codes?)", "reply-code");
        t.put("(?i:response codes?)", "response-code");
        t.put("(?i:status indicator)", "status-indicator");
        t.put("(?i:enhanced status codes?)", "enhanced-status-code");
        t.put("(?i:envelope)", "envelope");
        t.put("(?i:mailbox(?:es)?)", "mailbox");
        t.put("(?i:open relay)", "open-relay");
        t.put("CR LF", "cr-lf");
        return t;
    }

    /** {@code text} cut into plain runs and links to the glossary. */
    public static List<Segment> link(String text) {
        List<Segment> segments = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        Matcher m = WORDS.matcher(text);
        int at = 0;
        while (m.find()) {
            String anchor = anchorOf(m.group());
            if (anchor == null || !linked.add(anchor)) continue;
            if (m.start() > at) segments.add(new Segment(text.substring(at, m.start()), null));
            segments.add(new Segment(m.group(), "/glossary#" + anchor));
            at = m.end();
        }
        if (at < text.length()) segments.add(new Segment(text.substring(at), null));
        return segments;
    }

    private static String anchorOf(String word) {
        for (Map.Entry<String, String> e : TERMS.entrySet()) if (word.matches(e.getKey())) return e.getValue();
        return null;
    }
}
