/** The ports drill ({@code /drill/ports}): the mail ports both ways, timed, from the one port table. */
package org.mailsim.web.drill;
