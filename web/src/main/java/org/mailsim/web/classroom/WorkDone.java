package org.mailsim.web.classroom;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.mailsim.classroom.Assignment;
import org.mailsim.classroom.ClassroomStore;

/**
 * Records a joined student's lesson or lab exercise when they finish it, not when they say so:
 * the player tells it a scenario's last step was shown, the lab that it graded an exercise done
 * in the browser's sandbox. The browser is the student's by its device cookie
 * ({@code mailsim_student}, see {@link Access}); a browser without one costs nothing (no database
 * call). Each assignment is recorded once ({@link ClassroomStore#finishWork}). A database that
 * fails is logged, never shown: the lesson and the lab go on.
 */
final class WorkDone {
    private static final System.Logger LOG = System.getLogger(WorkDone.class.getName());
    private final Supplier<ClassroomStore> store;

    WorkDone(Supplier<ClassroomStore> store) {
        this.store = store;
    }

    /**
     * @param studentCookie the request's {@code mailsim_student} cookie ({@code CODE:TOKEN}), or null
     * @return the assignments this call recorded
     */
    List<Assignment> record(String studentCookie, Assignment.Kind kind, String target) {
        if (studentCookie == null || !studentCookie.contains(":")) return List.of();
        String[] c = studentCookie.split(":", 2);
        String code = c[0].toUpperCase(Locale.ROOT);
        try {
            return store.get().student(code, c[1])
                    .map(s -> store.get().finishWork(code, s.id(), kind, target, Instant.now()))
                    .orElse(List.of());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not record " + kind.word() + " " + target + " for a student of " + code, e);
            return List.of();
        }
    }
}
