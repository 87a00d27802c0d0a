package org.mailsim.cli;

import java.io.PrintWriter;
import java.util.List;

import org.mailsim.content.CitedText;
import org.mailsim.content.ContentCheck;
import org.mailsim.content.ContentFile;
import org.mailsim.content.ContentReport;
import org.mailsim.rfc.RfcIndex;

/**
 * {@code mailsim check --citations}: every citation with the cited section's own title, and under
 * it the sentence that cites it, so a reviewer sees "RFC 2449 §8.1.1 The LOGIN-DELAY response
 * code" next to a sentence about IN-USE.
 */
final class CitationListing {
    private CitationListing() { }

    /** Prints the listing; 0 when every citation resolves, 1 otherwise. */
    static int print(PrintWriter out, List<ContentFile> files) {
        ContentReport report = ContentCheck.check(files, RfcIndex.builtin());
        for (CitedText c : report.citations()) {
            String mark = c.resolution().resolved() ? "" : "NOT IN THE INDEX: ";
            out.println(c.position() + ": " + mark + c.resolution().describe());
            out.println("    " + c.sentence());
        }
        out.printf("%d citation%s, %d unresolved.%n", report.citations().size(), report.citations().size() == 1 ? "" : "s",
                report.unresolvedCitations());
        out.flush();
        return report.unresolvedCitations() == 0 ? 0 : 1;
    }
}
