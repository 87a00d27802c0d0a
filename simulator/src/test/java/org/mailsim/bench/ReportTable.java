package org.mailsim.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints one benchmark's results as a plain text table: a column per server, and when mailsim ran
 * its goal beside it, and when GreenMail ran too the ratio mailsim / GreenMail. Problems found by
 * the correctness checks are listed under the table.
 */
final class ReportTable {
    private ReportTable() {
    }

    static void print(PrintStream out, List<BenchResult> results) {
        if (results.isEmpty()) return;
        BenchResult first = results.getFirst();
        BenchResult greenMail = find(results, "greenmail");
        BenchResult mailsim = find(results, "mailsim");

        List<String> header = new ArrayList<>(List.of("figure", "unit"));
        for (BenchResult r : results) header.add(r.target());
        if (mailsim != null) header.add("mailsim goal");
        if (mailsim != null && greenMail != null) header.add("ratio vs GreenMail");

        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < first.figures().size(); i++) {
            Figure figure = first.figures().get(i);
            List<String> row = new ArrayList<>(List.of(figure.label(), figure.unit()));
            for (BenchResult r : results) row.add(i < r.figures().size() ? r.figures().get(i).formatted() : "");
            if (mailsim != null) row.add(mailsim.figures().get(i).goal());
            if (mailsim != null && greenMail != null) row.add(ratio(mailsim.figures().get(i), greenMail.figures().get(i)));
            rows.add(row);
        }

        out.println();
        out.println("== " + first.benchmark() + " ==");
        int[] widths = new int[header.size()];
        for (List<String> row : concat(header, rows)) {
            for (int c = 0; c < row.size(); c++) widths[c] = Math.max(widths[c], row.get(c).length());
        }
        printRow(out, header, widths);
        printRow(out, header.stream().map(h -> "-".repeat(h.length())).toList(), widths);
        for (List<String> row : rows) printRow(out, row, widths);
        for (BenchResult r : results) {
            out.println(r.target() + ": " + (r.correct() ? "all correctness checks passed" : "PROBLEMS:"));
            for (String problem : r.problems()) out.println("  - " + problem);
        }
    }

    private static String ratio(Figure mailsim, Figure greenMail) {
        if (!mailsim.label().equals(greenMail.label()) || greenMail.value() == 0) return "";
        return String.format(Locale.ROOT, "%.2f×", mailsim.value() / greenMail.value());
    }

    private static BenchResult find(List<BenchResult> results, String target) {
        return results.stream().filter(r -> r.target().equals(target)).findFirst().orElse(null);
    }

    private static List<List<String>> concat(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>(rows);
        all.add(header);
        return all;
    }

    private static void printRow(PrintStream out, List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            boolean numeric = c >= 2 && !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-');
            String padded = numeric ? " ".repeat(widths[c] - cell.length()) + cell : cell + " ".repeat(widths[c] - cell.length());
            line.append(c == 0 ? "" : " | ").append(padded);
        }
        out.println(line.toString().stripTrailing());
    }
}
