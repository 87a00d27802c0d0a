package org.mailsim.classroom;

import java.time.Instant;
import java.util.Optional;

/** An assignment the instructor is setting; see {@link Assignment} for the fields. */
public record NewAssignment(Assignment.Kind kind, String title, String target, Optional<Instant> due) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_TARGET = 2000;

    public NewAssignment {
        due = due == null ? Optional.empty() : due;
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) throw ClassroomException.badInput("An assignment's title is 1 to " + MAX_TITLE + " characters.");
        if (target == null || target.isBlank() || target.length() > MAX_TARGET) throw ClassroomException.badInput("An assignment needs what to do (a lesson, a lab exercise or a quiz).");
    }
}
