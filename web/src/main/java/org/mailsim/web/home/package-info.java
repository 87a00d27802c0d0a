/** The home page: what mailsim is, a path for a newcomer, and how to reach the live server. */
package org.mailsim.web.home;
