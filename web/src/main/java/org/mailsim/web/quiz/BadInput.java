package org.mailsim.web.quiz;

/**
 * A quiz address or API request that cannot be used, with a message saying what was wrong and
 * what would be right; pages show it on a 400 page, the API as {@code {"error": "…"}} with 400.
 */
public final class BadInput extends RuntimeException {
    BadInput(String message) {
        super(message);
    }
}
