/** The home page: what mailsim is, a path for a newcomer, and how to reach the live server; /licenses, what it ships under. */
package org.mailsim.web.home;
