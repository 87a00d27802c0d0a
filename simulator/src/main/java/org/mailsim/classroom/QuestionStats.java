package org.mailsim.classroom;

import java.util.Optional;

/**
 * How a class did on one question.
 *
 * @param answered         finished attempts that asked it
 * @param missed           of those, answered wrong (or not at all)
 * @param mostChosenWrong  the wrong answer picked most often, as the students saw it
 * @param timesChosen      how often that wrong answer was picked
 */
public record QuestionStats(String questionId, int answered, int missed, Optional<String> mostChosenWrong, int timesChosen) { }
