package org.mailsim.cli;

import java.io.PrintWriter;

import org.mailsim.content.ContentReport;
import org.mailsim.content.Finding;

/** How {@code mailsim check} prints the content checks: findings by file and line, then the figures. */
final class ContentSummary {
    private ContentSummary() { }

    /** Prints the report; true when it passes. */
    static boolean print(PrintWriter out, ContentReport report) {
        for (Finding f : report.findings()) out.println(f);
        out.printf("%d RFC citation%s checked: %d unresolved.%n", report.citations().size(),
                report.citations().size() == 1 ? "" : "s", report.unresolvedCitations());
        report.cues().ifPresent(cues -> {
            out.println(capitalised(cues.toString()) + ".");
            if (!cues.withinLimits()) {
                out.println("error: the question bank's answer-length cues are over their limits: rewrite options so that the "
                        + "correct one cannot be picked by its length (see docs/question-authoring.md).");
            }
        });
        out.printf("Content: %d error%s, %d warning%s.%n", report.errors().size(), report.errors().size() == 1 ? "" : "s",
                report.warnings().size(), report.warnings().size() == 1 ? "" : "s");
        out.flush();
        return report.passes();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

}
