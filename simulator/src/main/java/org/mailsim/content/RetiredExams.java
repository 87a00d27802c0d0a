package org.mailsim.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exam codes CompTIA has retired: content is mapped to the current exams only (220-1201, 220-1202,
 * N10-009, SY0-701). A+ 220-1101/1102 retired on 25 September 2025, N10-008 and SY0-601 before them.
 */
public final class RetiredExams {
    /** A+ 220-901/902, 220-1001/1002, 220-1101/1102; Network+ N10-005 to N10-008; Security+ SY0-401/501/601. */
    static final Pattern RETIRED = Pattern.compile(
            "(?<![\\w-])(220-(?:90[12]|100[12]|110[12])|N10-00[5-8]|SY0-[456]01)(?![\\w-])", Pattern.CASE_INSENSITIVE);

    private RetiredExams() { }

    /** An error for every retired exam code in the file's text, comments included. */
    public static List<Finding> check(ContentFile file) {
        List<Finding> found = new ArrayList<>();
        Matcher m = RETIRED.matcher(file.text());
        while (m.find()) {
            found.add(Finding.error(file.position(m.start()), "retired exam code " + m.group(1)
                    + ": map content to the current exams (A+ 220-1201, A+ 220-1202, N10-009, SY0-701)"));
        }
        return found;
    }
}
