package org.mailsim.classroom;

import java.time.Instant;

/**
 * A class as the instructor made it.
 *
 * @param code         the short join code students type ({@code K7Q2MX}); also the class's name in every address
 * @param joiningOpen  whether new students may join with the code
 */
public record Classroom(long id, String code, String name, boolean joiningOpen, Instant created) { }
