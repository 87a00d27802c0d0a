package org.mailsim.quiz;

/** How a quiz went for one objective ({@code "A+ 220-1201 2.1"}) or topic ({@code imap-vs-pop3}): right of total. */
public record Breakdown(String key, int right, int total) { }
