package org.mailsim.web.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import org.mailsim.scenario.Difficulty;
import org.mailsim.scenario.Exam;
import org.mailsim.scenario.ExamObjective;
import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.DeviceSpec;

/**
 * The scenario catalog as the pages list it: every scenario once, easiest first, with the filters
 * a student narrows it by (exam, objective, protocol, level, words). One view for the catalog page
 * and the home page, drawn by the {@code catalog :: catalog} fragment; the server applies the
 * filters it is given (a row that does not match is drawn hidden), {@code catalog.js} re-applies
 * them as they change, without a page load.
 *
 * @param filter  what the filters are set to
 * @param total   how many scenarios there are
 * @param shown   how many match the filters
 */
public record CatalogList(Filter filter, int total, int shown, List<Row> rows, Options options) {

    /**
     * One scenario. {@code exams}, {@code objectives} and {@code protocols} are space-free codes the
     * filters compare with ("N10-009", "N10-009_1.5", "IMAP"); {@code search} is the lower-case text
     * the words filter looks in.
     */
    record Row(String id, String href, String title, String summary, String level, String objectiveText, int steps,
               String exams, String objectives, String protocols, String search, boolean shown) { }

    /** One choice in a filter's list. */
    record Option(String value, String label, String exam, boolean selected) { }

    record Options(List<Option> exams, List<Option> objectives, List<Option> protocols, List<Option> levels) { }

    /** The filters' values, "" for "any"; from the query string {@code ?q=&exam=&objective=&protocol=&level=}. */
    public record Filter(String words, String exam, String objective, String protocol, String level) {
        public static final Filter NONE = new Filter("", "", "", "", "");

        public Filter {
            words = clean(words);
            exam = clean(exam);
            objective = clean(objective);
            protocol = clean(protocol);
            level = clean(level);
        }

        private static String clean(String s) {
            return s == null ? "" : s.strip();
        }

        boolean matches(Row row) {
            for (String word : words.toLowerCase(Locale.ROOT).split("\\s+")) if (!row.search().contains(word)) return false;
            return has(row.exams(), exam) && has(row.objectives(), objective) && has(row.protocols(), protocol)
                    && (level.isEmpty() || row.level().equals(level));
        }

        private static boolean has(String codes, String code) {
            return code.isEmpty() || List.of(codes.split(" ")).contains(code);
        }
    }

    public static CatalogList of(List<Scenario> all, Filter filter) {
        List<Scenario> ordered = all.stream()
                .sorted(Comparator.comparing(Scenario::difficulty).thenComparing(Scenario::title)).toList();
        List<Row> rows = new ArrayList<>();
        for (Scenario s : ordered) {
            Row row = row(s, true);
            rows.add(filter.matches(row) ? row : row(s, false));
        }
        int shown = (int) rows.stream().filter(Row::shown).count();
        return new CatalogList(filter, all.size(), shown, rows, options(all, filter));
    }

    private static Row row(Scenario s, boolean shown) {
        String objectiveText = String.join("; ", s.objectives().stream().map(Object::toString).toList());
        String exams = String.join(" ", s.objectives().stream().map(o -> code(o.exam())).distinct().toList());
        String objectives = String.join(" ", s.objectives().stream().map(CatalogList::code).distinct().toList());
        String protocols = String.join(" ", s.devices().stream().map(d -> d.protocol().name()).distinct().sorted().toList());
        String search = String.join(" ", s.id(), s.title(), s.summary(), objectiveText, String.join(" ", s.topics()), protocols)
                .toLowerCase(Locale.ROOT);
        return new Row(s.id(), "/scenarios/" + s.id(), s.title(), s.summary(), level(s.difficulty()), objectiveText,
                s.steps().size(), exams, objectives, protocols, search, shown);
    }

    private static Options options(List<Scenario> all, Filter filter) {
        List<Option> exams = new ArrayList<>();
        List<Option> objectives = new ArrayList<>();
        for (Exam exam : Exam.values()) {
            List<ExamObjective> served = all.stream().flatMap(s -> s.objectives().stream()).filter(o -> o.exam() == exam).toList();
            if (served.isEmpty()) continue;
            exams.add(new Option(code(exam), exam.title(), code(exam), code(exam).equals(filter.exam())));
            TreeSet<String> numbers = new TreeSet<>(Comparator.comparing((String n) -> Integer.parseInt(n.split("\\.")[0]))
                    .thenComparing(n -> Integer.parseInt(n.split("\\.")[1])));
            served.forEach(o -> numbers.add(o.objective()));
            for (String n : numbers) {
                String code = code(new ExamObjective(exam, n, ""));
                objectives.add(new Option(code, exam.code() + " " + n, code(exam), code.equals(filter.objective())));
            }
        }
        List<Option> protocols = all.stream().flatMap(s -> s.devices().stream()).map(DeviceSpec::protocol).distinct().sorted()
                .map(p -> new Option(p.name(), p.name(), "", p.name().equals(filter.protocol()))).toList();
        List<Option> levels = List.of(Difficulty.values()).stream().map(CatalogList::level)
                .map(l -> new Option(l, l, "", l.equals(filter.level()))).toList();
        return new Options(exams, objectives, protocols, levels);
    }

    /** "A+ 220-1201" → "220-1201": a value without spaces, so a row's list of them splits on spaces. */
    private static String code(Exam exam) {
        return exam.code().replace("A+ ", "");
    }

    private static String code(ExamObjective o) {
        return code(o.exam()) + "_" + Objects.requireNonNull(o.objective());
    }

    private static String level(Difficulty d) {
        return d.name().toLowerCase(Locale.ROOT);
    }
}
