package org.mailsim.quiz;

/** One option of a choice question, with why it is right or wrong. */
public record Option(String text, boolean correct, String why) { }
