package org.mailsim.web.classroom;

import org.mailsim.classroom.ClassroomException;

/** A request the classroom refuses: the HTTP status and, in words, why. */
final class Refusal extends RuntimeException {
    final int status;
    final long retryAfterSeconds;

    Refusal(int status, String message) {
        this(status, message, 0);
    }

    Refusal(int status, String message, long retryAfterSeconds) {
        super(message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static Refusal of(ClassroomException e) {
        int status = switch (e.reason()) {
            case NO_SUCH_CLASS, NOT_FOUND -> 404;
            case JOINING_CLOSED -> 403;
            case NAME_TAKEN -> 409;
            case BAD_INPUT -> 400;
        };
        return new Refusal(status, e.getMessage());
    }
}
