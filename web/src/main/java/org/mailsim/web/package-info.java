/**
 * The web UI: routes, one thin handler per page, view-model records, and the runnable jar's
 * entry point. No protocol logic lives here; it all comes from the simulator module.
 */
package org.mailsim.web;
