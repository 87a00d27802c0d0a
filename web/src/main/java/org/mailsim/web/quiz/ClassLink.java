package org.mailsim.web.quiz;

/**
 * A quiz taken as a class assignment by a joined student: the page sends the finished quiz to
 * {@code POST /api/classes/{code}/attempts} with {@code Authorization: Bearer token}.
 */
public record ClassLink(String code, long assignmentId, String token) { }
