/** The scenario catalog: every scenario once, filtered by exam, objective, protocol, level and words; also drawn on the home page. */
package org.mailsim.web.catalog;
