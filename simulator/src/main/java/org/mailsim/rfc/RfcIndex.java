package org.mailsim.rfc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The RFCs mailsim cites, with every section's number and title. Built from two resources in the
 * jar: {@value #INDEX} (generated from the RFCs' own text by {@code scripts/rfc-index.py}) and
 * {@value #SUMMARIES} (what each cited section says, written for mailsim and checked against the text).
 */
public final class RfcIndex {
    static final String INDEX = "/rfc/rfc-index.tsv";
    static final String SUMMARIES = "/rfc/summaries.yaml";

    private static final class Builtin {
        static final RfcIndex INSTANCE = load();
    }

    private final Map<Integer, Rfc> rfcs;

    RfcIndex(Map<Integer, Rfc> rfcs) {
        this.rfcs = new TreeMap<>(rfcs);
    }

    /** The index shipped in the jar (read once). */
    public static RfcIndex builtin() {
        return Builtin.INSTANCE;
    }

    /** Every RFC in the index, by number. */
    public Collection<Rfc> rfcs() {
        return rfcs.values();
    }

    public Optional<Rfc> rfc(int number) {
        return Optional.ofNullable(rfcs.get(number));
    }

    /** RFC {@code rfc} §{@code section}, if both exist. */
    public Optional<RfcSection> section(int rfc, String section) {
        return rfc(rfc).flatMap(r -> r.section(section));
    }

    /** What a citation points at, or why it points at nothing. */
    public Resolution resolve(Citation citation) {
        if (citation.rfc() == 0) return new Resolution.NoRfc(citation);
        Optional<Rfc> rfc = rfc(citation.rfc());
        if (rfc.isEmpty()) return new Resolution.UnknownRfc(citation);
        if (citation.section().isEmpty()) return new Resolution.Document(citation, rfc.get());
        Optional<RfcSection> section = rfc.get().section(citation.section().get());
        return section.<Resolution>map(s -> new Resolution.Section(citation, s))
                .orElseGet(() -> new Resolution.UnknownSection(citation, rfc.get(), neighbours(rfc.get(), citation.section().get())));
    }

    /** The sections beside a missing one: its would-be siblings, or the RFC's top-level sections. */
    static List<RfcSection> neighbours(Rfc rfc, String number) {
        int dot = number.lastIndexOf('.');
        String parent = dot < 0 ? "" : number.substring(0, dot);
        List<RfcSection> siblings = new ArrayList<>();
        for (RfcSection s : rfc.sections()) {
            int d = s.number().lastIndexOf('.');
            String p = d < 0 ? "" : s.number().substring(0, d);
            if (p.equals(parent)) siblings.add(s);
        }
        if (siblings.isEmpty() && !parent.isEmpty()) return neighbours(rfc, parent); // "9.9.9" in an RFC without a §9.9
        return siblings;
    }

    static RfcIndex load() {
        Map<String, String> summaries = readSummaries();
        Map<Integer, String> titles = new LinkedHashMap<>();
        Map<Integer, List<RfcSection>> sections = new LinkedHashMap<>();
        try (InputStream in = resource(INDEX);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", 3);
                if (cols.length != 3) throw new IllegalStateException(INDEX + ": not three columns: " + line);
                int number = Integer.parseInt(cols[0]);
                if (cols[1].isEmpty()) {
                    titles.put(number, cols[2]);
                    sections.put(number, new ArrayList<>());
                } else {
                    String key = "RFC " + number + " §" + cols[1];
                    sections.get(number).add(new RfcSection(number, cols[1], cols[2], Optional.ofNullable(summaries.remove(key))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
        if (!summaries.isEmpty()) {
            throw new IllegalStateException(SUMMARIES + ": summaries of sections not in the index: " + summaries.keySet());
        }
        Map<Integer, Rfc> rfcs = new LinkedHashMap<>();
        titles.forEach((n, t) -> rfcs.put(n, new Rfc(n, t, sections.get(n))));
        return new RfcIndex(rfcs);
    }

    private static Map<String, String> readSummaries() {
        try (InputStream in = resource(SUMMARIES)) {
            Map<String, String> raw = new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<Map<String, String>>() { });
            Map<String, String> byKey = new LinkedHashMap<>();
            raw.forEach((key, text) -> byKey.put(key.strip(), text.strip().replaceAll("\\s+", " ")));
            return byKey;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SUMMARIES, e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = RfcIndex.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing resource " + name);
        return in;
    }
}
