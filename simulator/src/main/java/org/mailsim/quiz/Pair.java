package org.mailsim.quiz;

/** One pair of a matching question: the left, the right that matches it, and why. */
public record Pair(String left, String right, String why) { }
