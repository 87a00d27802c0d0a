package org.mailsim.classroom;

/** Something the class cannot do, said in words for the person who asked; {@link #reason()} picks the HTTP status. */
public final class ClassroomException extends RuntimeException {
    public enum Reason { NO_SUCH_CLASS, JOINING_CLOSED, NAME_TAKEN, NOT_FOUND, BAD_INPUT }

    private final Reason reason;

    public ClassroomException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static ClassroomException badInput(String message) {
        return new ClassroomException(Reason.BAD_INPUT, message);
    }

    static ClassroomException noSuchClass(String code) {
        return new ClassroomException(Reason.NO_SUCH_CLASS, "There is no class with the code " + code + ".");
    }
}
