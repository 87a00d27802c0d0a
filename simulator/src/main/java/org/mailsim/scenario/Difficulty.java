package org.mailsim.scenario;

import java.util.Map;

/** How much a learner should know before a scenario or a question. */
public enum Difficulty {
    BEGINNER, INTERMEDIATE, ADVANCED;

    /** How files write it: {@code beginner}, {@code intermediate}, {@code advanced}. */
    public static Map<String, Difficulty> words() {
        return Map.of("beginner", BEGINNER, "intermediate", INTERMEDIATE, "advanced", ADVANCED);
    }
}
