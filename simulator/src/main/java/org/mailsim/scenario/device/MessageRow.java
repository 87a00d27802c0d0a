package org.mailsim.scenario.device;

/**
 * One line of an app's message list.
 *
 * @param id       the message's identity for the app: an IMAP UID, a POP3 UIDL
 * @param deleted  marked \Deleted but not expunged: apps draw it struck through
 */
public record MessageRow(String id, String from, String subject, boolean unread, boolean flagged, boolean deleted) { }
