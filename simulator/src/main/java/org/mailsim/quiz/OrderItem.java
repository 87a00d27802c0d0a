package org.mailsim.quiz;

/** One item of an ordering question; {@code why} explains its place. */
public record OrderItem(String text, String why) { }
