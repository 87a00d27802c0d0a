/** The scenario catalog: every scenario grouped by topic and exam objective, searchable; also drawn on the home page. */
package org.mailsim.web.catalog;
