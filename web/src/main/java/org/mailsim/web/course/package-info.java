/**
 * The guided course ({@code /course}, {@code /course/{lesson}}): the lessons of
 * {@code course/course.yaml} in order, each a scenario, its lab exercise and a short quiz.
 * Progress is drawn by {@code static/course.js} from this browser's storage; the server keeps none.
 */
package org.mailsim.web.course;
