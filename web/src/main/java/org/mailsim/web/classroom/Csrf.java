package org.mailsim.web.classroom;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.mailsim.classroom.Secrets;

/**
 * CSRF protection for the classroom's forms, by the double-submit cookie pattern (OWASP CSRF
 * Prevention Cheat Sheet): a random value in a SameSite=Strict, HttpOnly cookie and in a hidden
 * {@code csrf} field of each form; a POST whose field does not equal the cookie is refused with 403.
 * A page on another site can make the browser send the cookie, but cannot read it to fill the field.
 */
final class Csrf {
    static final String COOKIE = "mailsim_csrf";

    private Csrf() { }

    /** The value for this browser's forms, set in a cookie the first time. */
    static String token(Context ctx) {
        String existing = ctx.cookie(COOKIE);
        if (existing != null && existing.matches("[A-Za-z0-9_-]{43}")) return existing;
        String token = Secrets.deviceToken();
        ctx.cookie(new Cookie(COOKIE, token, "/", -1, false, true, null, SameSite.STRICT));
        return token;
    }

    static void check(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        String field = ctx.formParam("csrf");
        if (cookie == null || field == null
                || !MessageDigest.isEqual(cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8))) {
            throw new Refusal(403, "This form has expired or came from another site. Go back, reload the page and send it again.");
        }
    }
}
