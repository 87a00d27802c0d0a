package org.mailsim.classroom;

/** A class just made, with its instructor key: the only time the key exists outside the instructor's hands. */
public record NewClass(Classroom classroom, String instructorKey) { }
