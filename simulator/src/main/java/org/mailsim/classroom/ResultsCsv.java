package org.mailsim.classroom;

import java.util.List;
import java.util.Locale;

/**
 * The results as CSV, one row per student and assignment, as RFC 4180 writes it (CRLF line ends,
 * a field with a comma, quote or line break in double quotes, a quote doubled). A field that
 * starts with {@code = + - @} gets a leading apostrophe, so a spreadsheet does not run a student's
 * name as a formula (OWASP's advice on CSV injection).
 */
public final class ResultsCsv {
    public static final String HEADER = "student,assignment,kind,status,right,total,percent,started,finished,seconds,due";

    private ResultsCsv() { }

    public static String write(List<Progress> rows) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (Progress p : rows) {
            boolean quiz = p.assignment().kind() == Assignment.Kind.QUIZ && p.status() == Progress.Status.DONE;
            String percent = quiz && p.total() > 0 ? String.valueOf(Math.round(100.0 * p.right() / p.total())) : "";
            out.append(String.join(",",
                    field(p.student().name()),
                    field(p.assignment().title()),
                    p.assignment().kind().word(),
                    p.status().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                    quiz ? String.valueOf(p.right()) : "",
                    quiz ? String.valueOf(p.total()) : "",
                    percent,
                    p.started().map(Object::toString).orElse(""),
                    p.finished().map(Object::toString).orElse(""),
                    p.timeTaken().map(d -> String.valueOf(d.toSeconds())).orElse(""),
                    p.assignment().due().map(Object::toString).orElse(""))).append("\r\n");
        }
        return out.toString();
    }

    static String field(String value) {
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) return "\"" + v.replace("\"", "\"\"") + "\"";
        return v;
    }
}
