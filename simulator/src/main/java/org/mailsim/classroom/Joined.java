package org.mailsim.classroom;

/** A student who just joined (or continued on a new device), with the device's token: shown once, stored hashed. */
public record Joined(Student student, String token) { }
