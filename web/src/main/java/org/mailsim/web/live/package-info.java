/** The live view: real mail clients on the live server, as they talk, kept up to date over Server-Sent Events. */
package org.mailsim.web.live;
