package org.mailsim.web.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.mailsim.scenario.Scenario;

/**
 * The scenario catalog as the pages list it, grouped by topic and by exam objective, with the
 * text the filter matches: one view for the catalog page and the home page, drawn by the
 * {@code catalog :: catalog} fragment and narrowed as you type by {@code catalog.js}.
 *
 * @param query  the filter the server applied ({@code ?q=}); "" for none
 * @param total  how many scenarios there are
 * @param shown  how many match the query
 */
public record CatalogGroups(String query, int total, int shown, List<Group> byTopic, List<Group> byObjective) {

    /** One scenario in a group. {@code search} is the lower-case text the filter matches. */
    record Row(String id, String href, String title, String summary, String difficulty, String objectives, int steps, String search) { }

    record Group(String name, List<Row> rows) { }

    /** The scenarios whose text contains {@code query} (ignoring case), in their groups. */
    public static CatalogGroups of(List<Scenario> all, String query) {
        Map<String, List<Row>> byTopic = new TreeMap<>();
        Map<String, List<Row>> byObjective = new TreeMap<>();
        int shown = 0;
        for (Scenario s : all) {
            Row row = row(s);
            if (!row.search().contains(query.toLowerCase(Locale.ROOT))) continue;
            shown++;
            for (String topic : s.topics().isEmpty() ? List.of("other") : s.topics()) {
                byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(row);
            }
            for (var o : s.objectives()) byObjective.computeIfAbsent(o.exam().title() + " — objective " + o.objective(),
                    k -> new ArrayList<>()).add(row);
        }
        return new CatalogGroups(query, all.size(), shown, groups(byTopic), groups(byObjective));
    }

    private static Row row(Scenario s) {
        String objectives = String.join("; ", s.objectives().stream().map(Object::toString).toList());
        String search = String.join(" ", s.id(), s.title(), s.summary(), objectives, String.join(" ", s.topics()))
                .toLowerCase(Locale.ROOT);
        return new Row(s.id(), "/scenarios/" + s.id(), s.title(), s.summary(), s.difficulty().name().toLowerCase(Locale.ROOT),
                objectives, s.steps().size(), search);
    }

    private static List<Group> groups(Map<String, List<Row>> map) {
        return map.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }
}
