/**
 * The question bank and self-graded quizzes: the question model ({@link org.mailsim.quiz.Question}),
 * the loader and validator of {@code exam-questions/*.yaml} ({@link org.mailsim.quiz.QuestionBank}),
 * composing a quiz ({@link org.mailsim.quiz.QuizComposer}), grading ({@link org.mailsim.quiz.Grader},
 * {@link org.mailsim.quiz.QuizResult}), and "configure the mail client" tasks graded by running the
 * learner's settings against the simulator ({@link org.mailsim.quiz.ConfigureRun}).
 * Port facts are checked against {@link org.mailsim.net.ServicePort}; transcript excerpts against a
 * replay of the scenario they quote.
 */
package org.mailsim.quiz;
