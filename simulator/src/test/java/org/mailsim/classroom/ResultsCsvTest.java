package org.mailsim.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultsCsvTest {
    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void oneRowPerStudentAndAssignmentQuotedAsRfc4180Says() {
        Student ana = new Student(1, 1, "Lima, Ana \"Nani\"", false, T0);
        Student eve = new Student(2, 1, "=HYPERLINK(\"x\")", false, T0);
        Assignment quiz = new Assignment(1, 1, Assignment.Kind.QUIZ, "Ports", "ids=a,b", Optional.of(T0.plusSeconds(86400)), T0);
        String csv = ResultsCsv.write(List.of(
                new Progress(ana, quiz, Progress.Status.DONE, Optional.of(T0), Optional.of(T0.plusSeconds(95)), 3, 4),
                new Progress(eve, quiz, Progress.Status.NOT_STARTED, Optional.empty(), Optional.empty(), 0, 0)));
        assertThat(csv).isEqualTo(ResultsCsv.HEADER + "\r\n"
                + "\"Lima, Ana \"\"Nani\"\"\",Ports,quiz,done,3,4,75,2026-12-07T10:00:00Z,2026-12-07T10:01:35Z,95,2026-12-08T10:00:00Z\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",Ports,quiz,not started,,,,,,,2026-12-08T10:00:00Z\r\n");
    }
}
