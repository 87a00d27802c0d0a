package org.mailsim.classroom;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Work set for a class.
 *
 * @param target  what to do: a scenario id (lesson), a lab exercise id (lab), or a quiz's address
 *                query ({@code ids=a,b&mode=study} or {@code exam=N10-009&objective=2.1&count=10&mode=exam&minutes=15&seed=7})
 * @param due     when it is due, if the instructor said
 */
public record Assignment(long id, long classId, Kind kind, String title, String target, Optional<Instant> due, Instant created) {
    public Assignment {
        due = due == null ? Optional.empty() : due;
    }

    public enum Kind {
        LESSON, LAB, QUIZ;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> of(String word) {
            for (Kind k : values()) if (k.word().equals(word)) return Optional.of(k);
            return Optional.empty();
        }
    }
}
