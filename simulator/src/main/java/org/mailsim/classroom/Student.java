package org.mailsim.classroom;

import java.time.Instant;

/**
 * A student of one class: a display name, unique in the class, and nothing else about them.
 *
 * @param hasPin  whether the student set a PIN to continue on another device
 */
public record Student(long id, long classId, String name, boolean hasPin, Instant joined) { }
