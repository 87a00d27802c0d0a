package org.mailsim.web.classroom;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.mailsim.classroom.ClassroomStore;
import org.mailsim.classroom.GuessThrottle;
import org.mailsim.classroom.Joined;
import org.mailsim.classroom.Student;

/**
 * Who is asking. An instructor shows the class's key, as {@code Authorization: Bearer KEY} (the
 * API) or in the {@code mailsim_teach} cookie set when they sign in on {@code /teach}; a student
 * shows their device token, as a Bearer token or in the {@code mailsim_student} cookie set when
 * they join. Both cookies are HttpOnly and SameSite=Lax; wrong keys and PINs are slowed by
 * {@link GuessThrottle} per class.
 */
final class Access {
    static final String TEACH_COOKIE = "mailsim_teach";
    static final String STUDENT_COOKIE = "mailsim_student";
    private static final int YEAR = 365 * 24 * 3600;

    private final java.util.function.Supplier<ClassroomStore> store;
    private final GuessThrottle throttle = new GuessThrottle(Clock.systemUTC());

    Access(java.util.function.Supplier<ClassroomStore> store) {
        this.store = store;
    }

    /** Throws 401 unless the request carries this class's instructor key; 429 while wrong guesses are slowed. */
    void instructor(Context ctx, String code) {
        Optional<String> key = bearer(ctx).or(() -> cookie(ctx, TEACH_COOKIE, code));
        if (key.isEmpty()) throw new Refusal(401, "This needs the class's instructor key: Authorization: Bearer KEY, or sign in on /teach.");
        checkKey(code, key.get());
    }

    /** Checks a key typed on the sign-in form or sent to the API, slowing wrong guesses. */
    void checkKey(String code, String key) {
        String slot = "key " + code.toUpperCase(java.util.Locale.ROOT);
        slowDown(slot);
        if (!store.get().isInstructorKey(code, key)) {
            throttle.wrong(slot);
            throw new Refusal(401, "That is not the instructor key of class " + code + ".");
        }
        throttle.right(slot);
    }

    /** A new device token for the student with this name and PIN; 401 when they do not match, 429 while guesses are slowed. */
    Joined continueWith(String code, String name, String pin) {
        String slot = "pin " + code.toUpperCase(java.util.Locale.ROOT) + " " + name.strip().toLowerCase(java.util.Locale.ROOT);
        slowDown(slot);
        Optional<Joined> joined = store.get().continueWith(code, name, pin);
        if (joined.isEmpty()) {
            throttle.wrong(slot);
            throw new Refusal(401, "That name and PIN do not match anyone in class " + code + ".");
        }
        throttle.right(slot);
        return joined.get();
    }

    /** The student the request's token belongs to, or 401. */
    Student student(Context ctx, String code) {
        Optional<String> token = bearer(ctx).or(() -> cookie(ctx, STUDENT_COOKIE, code));
        return token.flatMap(t -> store.get().student(code, t))
                .orElseThrow(() -> new Refusal(401, "This needs a student's token of class " + code + ": join it on /join."));
    }

    /** The student this browser joined as, in whichever class, if any: {code, token}. */
    static Optional<String[]> studentCookie(Context ctx) {
        String value = ctx.cookie(STUDENT_COOKIE);
        if (value == null || !value.contains(":")) return Optional.empty();
        return Optional.of(value.split(":", 2));
    }

    /** Refuses with 429 while a slot's wrong guesses are slowed. */
    private void slowDown(String slot) {
        Optional<Duration> wait = throttle.waitFor(slot);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            throw new Refusal(429, "Too many wrong guesses: wait " + seconds + " s and try again.", seconds);
        }
    }

    static void signInInstructor(Context ctx, String code, String key) {
        ctx.cookie(cookie(TEACH_COOKIE, code + ":" + key, -1));
    }

    static void signInStudent(Context ctx, String code, String token) {
        ctx.cookie(cookie(STUDENT_COOKIE, code + ":" + token, YEAR));
    }

    static void signOut(Context ctx, String name) {
        ctx.cookie(cookie(name, "", 0));
    }

    private static Cookie cookie(String name, String value, int maxAge) {
        return new Cookie(name, value, "/", maxAge, false, true, null, SameSite.LAX);
    }

    private static Optional<String> bearer(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) return Optional.empty();
        return Optional.of(h.substring(7).strip());
    }

    private static Optional<String> cookie(Context ctx, String name, String code) {
        String value = ctx.cookie(name);
        if (value == null) return Optional.empty();
        String[] parts = value.split(":", 2);
        return parts.length == 2 && parts[0].equalsIgnoreCase(code) ? Optional.of(parts[1]) : Optional.empty();
    }
}
