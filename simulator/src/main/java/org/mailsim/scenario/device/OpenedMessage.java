package org.mailsim.scenario.device;

/** The message open on screen: its list id, headers and the text the user reads. */
public record OpenedMessage(String id, String from, String subject, String text) { }
