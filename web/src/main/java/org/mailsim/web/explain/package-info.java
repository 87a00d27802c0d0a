/** The line explainer: one protocol line explained from the simulator's table, with the RFC sections it cites. */
package org.mailsim.web.explain;
