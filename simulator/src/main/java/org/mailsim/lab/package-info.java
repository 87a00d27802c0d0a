/**
 * The lab console: a private sandbox server per visitor (its own store seeded with the demo
 * mail, the real engines on every mail port, a wiretap), driven line by line from two device
 * panes, with a hint of what is valid now, command-name completion taken from the engines'
 * command tables, and guided exercises checked from the sandbox's transcript and state.
 * {@link org.mailsim.lab.SandboxRegistry} bounds how many sandboxes live and for how long.
 */
package org.mailsim.lab;
