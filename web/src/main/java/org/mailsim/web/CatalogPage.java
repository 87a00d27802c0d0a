package org.mailsim.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.javalin.http.Context;
import org.mailsim.scenario.CatalogEntry;
import org.mailsim.scenario.ScenarioCatalog;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.scenario.Scenario;
import org.mailsim.yaml.YamlProblem;

/**
 * {@code GET /scenarios}: every scenario, grouped by topic and by exam objective, with a filter
 * ({@code ?q=}, narrowed as you type when JavaScript runs), and the files that failed to load.
 */
final class CatalogPage {
    private final Templates templates;
    private final ScenarioLibrary library;

    CatalogPage(Templates templates, ScenarioLibrary library) {
        this.templates = templates;
        this.library = library;
    }

    /** One scenario in a group. {@code search} is the lower-case text the filter matches. */
    record Row(String id, String href, String title, String summary, String difficulty, String objectives, int steps, String search) { }

    record Group(String name, List<Row> rows) { }

    record Failure(String file, List<String> problems) { }

    record CatalogView(String query, int total, int shown, List<Group> byTopic, List<Group> byObjective,
                       List<Failure> failures, String version) { }

    void show(Context ctx) {
        ScenarioCatalog catalog = library.current();
        String query = ctx.queryParam("q") == null ? "" : ctx.queryParam("q").strip();
        List<Scenario> all = catalog.scenarios();
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
        List<Failure> failures = catalog.failures().stream().map(CatalogPage::failure).toList();
        ctx.html(templates.render("scenarios", Map.of("view", new CatalogView(query, all.size(), shown, groups(byTopic),
                groups(byObjective), failures, Version.current()))));
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

    private static Failure failure(CatalogEntry.Failed failed) {
        return new Failure(failed.file(), failed.problems().stream().map(CatalogPage::problem).toList());
    }

    /** {@code file:line:column: message}, as compilers write it. */
    private static String problem(YamlProblem p) {
        return p.toString();
    }
}
