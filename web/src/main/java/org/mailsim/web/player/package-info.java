/** The scenario player: one step of a replayed scenario per page, the replay cache, and the timeline's exports. */
package org.mailsim.web.player;
