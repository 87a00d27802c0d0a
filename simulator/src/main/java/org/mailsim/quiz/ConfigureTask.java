package org.mailsim.quiz;

/**
 * "Configure the mail client": the learner fills in a mail app's account settings for a stated
 * {@link Situation}; grading runs them against the simulator ({@link ConfigureRun}).
 *
 * @param modelAnswer  settings that pass, shown after grading
 * @param why          why the model answer is right, in plain words (added to the agreed contract:
 *                     a configure task has no options to carry the explanation)
 */
public record ConfigureTask(QuestionInfo info, Situation situation, MailClientSettings modelAnswer, String why) implements Question { }
