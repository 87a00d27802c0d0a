package org.mailsim.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where one student is with one assignment: a row of the dashboard and of the CSV export.
 *
 * @param started   when they opened it, if they did
 * @param finished  when it was recorded as finished
 * @param right     questions right (0 of 0 for a lesson or lab exercise)
 */
public record Progress(Student student, Assignment assignment, Status status, Optional<Instant> started,
                       Optional<Instant> finished, int right, int total) {

    public enum Status { NOT_STARTED, WORKING, DONE }

    /** Time from opening to finishing, when both are known. */
    public Optional<Duration> timeTaken() {
        return started.flatMap(s -> finished.map(f -> Duration.between(s, f)));
    }
}
