/** The lab: a student's own sandboxed servers, driven from the page over a WebSocket, and its exports. */
package org.mailsim.web.lab;
