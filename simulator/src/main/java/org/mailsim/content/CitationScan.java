package org.mailsim.content;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mailsim.rfc.Citation;
import org.mailsim.rfc.Citations;
import org.mailsim.rfc.RfcIndex;
import org.mailsim.yaml.YamlNode;

/**
 * Every RFC citation in a YAML file, in any value (a {@code reference: {rfc: …}}, a {@code why},
 * a narration or exam point), each resolved against the {@link RfcIndex}.
 *
 * <p>Citations are found in the file's raw text, value by value, so each has its exact line and
 * column even when a folded value breaks "RFC 3501" and "§6.2.1" over two lines. A bare "§7.2.1"
 * belongs to the last RFC named before it in the same value.
 */
public final class CitationScan {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=[\\s\"']|$)");

    private CitationScan() { }

    /** The citations of {@code file}, whose parsed tree is {@code root}. */
    public static List<CitedText> scan(ContentFile file, YamlNode root, RfcIndex index) {
        TreeSet<Integer> boundaries = new TreeSet<>();
        List<Value> values = new ArrayList<>();
        collect(file, root, boundaries, values, "");
        boundaries.add(file.text().length());
        List<CitedText> found = new ArrayList<>();
        for (Value value : values) {
            int start = file.offset(value.scalar().position());
            Integer end = boundaries.higher(start);
            String raw = file.text().substring(start, end == null ? file.text().length() : end);
            List<Citation> citations = Citations.in(raw);
            for (Citation c : citations) {
                found.add(new CitedText(file.position(start + c.start()), index.resolve(c), sentence(raw, c, citations, value.question())));
            }
        }
        return found;
    }

    /** A text value, and the question it belongs to ("" outside a question). */
    private record Value(YamlNode.Scalar scalar, String question) { }

    private static void collect(ContentFile file, YamlNode node, TreeSet<Integer> boundaries, List<Value> values, String question) {
        boundaries.add(file.offset(node.position()));
        switch (node) {
            case YamlNode.YamlMap map -> {
                String q = map.entries().get("id") != null && map.entries().get("stem") != null
                        && map.entries().get("id").value() instanceof YamlNode.Scalar id
                        && map.entries().get("stem").value() instanceof YamlNode.Scalar stem
                        ? "question " + id.text() + ": " + String.valueOf(stem.text()).strip().replaceAll("\\s+", " ") : question;
                map.entries().values().forEach(e -> {
                    boundaries.add(file.offset(e.keyPosition()));
                    collect(file, e.value(), boundaries, values, q);
                });
            }
            case YamlNode.YamlList list -> list.items().forEach(item -> collect(file, item, boundaries, values, question));
            case YamlNode.Scalar scalar -> {
                if (scalar.text() != null) values.add(new Value(scalar, question));
            }
        }
    }

    /**
     * The sentence that holds the citation; for a value that is only citations (a question's
     * {@code reference}), the question it belongs to, since that is what the citation must support.
     */
    static String sentence(String raw, Citation c, List<Citation> all, String question) {
        StringBuilder rest = new StringBuilder(raw);
        for (int i = all.size() - 1; i >= 0; i--) rest.delete(all.get(i).start(), all.get(i).end());
        boolean onlyCitations = rest.toString().replaceAll("(?i)rfc|[^\\p{L}]", "").isEmpty();
        return onlyCitations && !question.isEmpty() ? "(reference of " + question + ")" : sentence(raw, c);
    }

    /** The sentence of {@code raw} that holds the citation, on one line, without YAML's quotes and markers. */
    static String sentence(String raw, Citation c) {
        int from = 0;
        Matcher m = SENTENCE_END.matcher(raw);
        int to = raw.length();
        while (m.find()) {
            if (m.end() <= c.start()) from = m.end();
            else if (m.start() >= c.end()) {
                to = m.end();
                break;
            }
        }
        String s = raw.substring(from, to).replaceAll("\\s+", " ").strip();
        s = s.replaceFirst("^[>|][-+]?\\s*", "").replaceFirst("^[\"']", "");
        return s.replaceFirst("[\"']?\\s*[,}\\]]*\\s*(#.*)?$", "").replaceFirst("\\s*-$", "").strip();
    }
}
