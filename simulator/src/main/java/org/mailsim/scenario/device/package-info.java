/**
 * Scripted mail apps: each device of a scenario runs one, and it turns a user's action ("open
 * message 2") into the commands a real app would send (IMAP RFC 3501, POP3 RFC 1939, SMTP
 * submission RFC 6409), and keeps a model of what its screen shows.
 */
package org.mailsim.scenario.device;
