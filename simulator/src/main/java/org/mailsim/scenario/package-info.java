/**
 * Scenarios: the teaching stories of {@code scenarios/*.yaml}. The model (records), the loader
 * that reads a file into it and names every mistake by {@code file:line:column}, and the catalog
 * of every scenario found in the jar and in an instructor's folder.
 */
package org.mailsim.scenario;
