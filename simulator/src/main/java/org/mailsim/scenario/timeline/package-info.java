/**
 * The timeline of a replayed scenario: for every step, what the user did, the bytes of every
 * connection during the step, the server's mailbox with what changed, what each device shows
 * with what changed, and whether the step's expectations held. Exported as JSON, Markdown, text.
 */
package org.mailsim.scenario.timeline;
