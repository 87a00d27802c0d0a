package org.mailsim.quiz;

import java.util.Locale;

/** The six kinds of question, as files name them ({@code type: single}). */
public enum QuestionType {
    SINGLE, MULTIPLE, ORDERING, MATCHING, TRANSCRIPT, CONFIGURE;

    /** How files write it: {@code single}, {@code configure}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What a learner sees as the kind of question. */
    public String title() {
        return switch (this) {
            case SINGLE -> "Single choice";
            case MULTIPLE -> "Multiple select";
            case ORDERING -> "Put in order";
            case MATCHING -> "Matching";
            case TRANSCRIPT -> "Read the transcript";
            case CONFIGURE -> "Configure the mail client";
        };
    }
}
