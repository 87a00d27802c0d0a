package org.mailsim.web.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The glossary, read from {@code docs/glossary.md} (packaged into the jar as {@code docs/glossary.md}):
 * each {@code ## Section} and each entry {@code - **Term.** definition…} (the definition may run
 * over the following indented lines). The file's introduction, before the first section, is for
 * the repository's readers and is not shown.
 *
 * <p>Every term has an anchor id made from its name: lower case, each run of other characters
 * than letters and digits one hyphen ({@code "Client / server"} → {@code client-server},
 * {@code "UIDVALIDITY"} → {@code uidvalidity}), so a page links to {@code /glossary#uidvalidity}.
 * Use {@link #anchor(String)} to find a term's id by its name.
 *
 * @param sections in the file's order
 */
public record Glossary(List<Section> sections) {
    static final String RESOURCE = "docs/glossary.md";
    private static final Pattern ENTRY = Pattern.compile("^- \\*\\*(.+?)\\.?\\*\\*\\s*(.*)$");
    private static final Pattern INLINE = Pattern.compile("`([^`]+)`|\\*([^*]+)\\*");

    public record Section(String title, String id, List<Term> terms) { }

    /** @param definition the words, as runs of plain text, code and emphasis */
    public record Term(String name, String id, List<Run> definition) { }

    /** A run of a definition: {@code code} for text in backticks, {@code emphasis} for *words*. */
    public record Run(String text, boolean code, boolean emphasis) { }

    /** The glossary packaged with mailsim. */
    public static Glossary packaged() {
        try (InputStream in = Glossary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is not on the classpath");
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Glossary parse(String markdown) {
        List<Section> sections = new ArrayList<>();
        String sectionTitle = null;
        List<Term> terms = new ArrayList<>();
        String term = null;
        StringBuilder words = new StringBuilder();
        // A last heading that is never kept closes the file's last section and its last term.
        for (String line : (markdown + "\n## (end)").split("\n")) {
            Matcher entry = ENTRY.matcher(line);
            boolean continues = term != null && line.startsWith("  ") && !line.isBlank();
            if (continues) {
                words.append(' ').append(line.strip());
                continue;
            }
            if (term != null) {
                terms.add(new Term(term, slug(term), runs(words.toString())));
                term = null;
            }
            if (line.startsWith("## ")) {
                if (sectionTitle != null) sections.add(new Section(sectionTitle, slug(sectionTitle), List.copyOf(terms)));
                sectionTitle = line.substring(3).strip();
                terms = new ArrayList<>();
            } else if (sectionTitle != null && entry.matches()) {
                term = entry.group(1).strip();
                words = new StringBuilder(entry.group(2).strip());
            }
        }
        Set<String> ids = new HashSet<>();
        for (Section s : sections) {
            for (Term t : s.terms()) if (!ids.add(t.id())) throw new IllegalStateException(RESOURCE + ": two terms have the anchor " + t.id());
        }
        return new Glossary(List.copyOf(sections));
    }

    /** A term's anchor id, by its name as the glossary writes it (any case); empty if there is no such term. */
    public Optional<String> anchor(String name) {
        return sections.stream().flatMap(s -> s.terms().stream()).filter(t -> t.name().equalsIgnoreCase(name.strip()))
                .map(Term::id).findFirst();
    }

    /** Every term, in alphabetical order (for the page's index). */
    public List<Term> index() {
        return sections.stream().flatMap(s -> s.terms().stream())
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static List<Run> runs(String text) {
        List<Run> out = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) out.add(new Run(text.substring(at, m.start()), false, false));
            out.add(m.group(1) != null ? new Run(m.group(1), true, false) : new Run(m.group(2), false, true));
            at = m.end();
        }
        if (at < text.length()) out.add(new Run(text.substring(at), false, false));
        return out;
    }
}
