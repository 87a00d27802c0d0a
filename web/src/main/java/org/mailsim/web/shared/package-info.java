/** View pieces the player, the live view and the lab all draw: the exchange lanes, the server's mailbox and the devices' screens. */
package org.mailsim.web.shared;
