/**
 * The guided course: lessons in order, each a scenario to watch, the lab exercise that practises
 * it and a short quiz on it, read from {@code course/course.yaml} and checked like scenarios and
 * questions ({@code file:line:column: problem}). A learner's progress is kept by the browser.
 */
package org.mailsim.course;
