/**
 * The web UI's shared plumbing: every route ({@link org.mailsim.web.WebApp}), the {@code serve}
 * command and the runnable jar's entry point, templates, error pages and the version. Each page
 * lives in its feature's subpackage, its templates under {@code templates/<feature>/}. No
 * protocol logic lives here; it all comes from the simulator module.
 */
package org.mailsim.web;
