package org.mailsim.explain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The explanations, as read from {@code explain/explanations.yaml}: groups (such as
 * {@code imap-command} or {@code smtp-reply}) of rows keyed by what they explain.
 */
final class ExplanationTable {

    static final String RESOURCE = "/explain/explanations.yaml";

    private final Map<String, Map<String, TableEntry>> groups;

    private ExplanationTable(Map<String, Map<String, TableEntry>> groups) {
        this.groups = Map.copyOf(groups);
    }

    /** Reads the table from the classpath; a missing or broken file is a build error. */
    static ExplanationTable load() {
        try (InputStream in = ExplanationTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            var type = new TypeReference<Map<String, Map<String, TableEntry>>>() { };
            return new ExplanationTable(new ObjectMapper(new YAMLFactory()).readValue(in, type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The row for {@code key} in {@code group}, if there is one. Keys match without regard to
     * case, as the protocols' keywords do (RFC 3501 §9, RFC 1939 §3, RFC 5321 §2.4).
     */
    Optional<TableEntry> find(String group, String key) {
        Map<String, TableEntry> rows = groups.getOrDefault(group, Map.of());
        TableEntry exact = rows.get(key);
        if (exact != null) return Optional.of(exact);
        return rows.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key))
                .map(Map.Entry::getValue).findFirst();
    }

    /** A row the explainers rely on; its absence is a mistake in the data file. */
    TableEntry get(String group, String key) {
        return find(group, key).orElseThrow(() -> new IllegalStateException(
                RESOURCE + " has no row " + group + "/" + key));
    }

    /** The keys of one group, for tests that check every command has a row. */
    Set<String> keys(String group) {
        return groups.getOrDefault(group, Map.of()).keySet();
    }
}
