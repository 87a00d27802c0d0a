/**
 * The classroom's pages and JSON API: {@code /teach} (an instructor's class, assignments, dashboard
 * and exports), {@code /join} and {@code /class} (a student's side), and {@code /api/classes/…}.
 * Handlers are thin: the class lives in {@link org.mailsim.classroom.ClassroomStore}.
 */
package org.mailsim.web.classroom;
