/**
 * The glossary page: {@code docs/glossary.md} read into terms with anchor ids and drawn as text
 * (no Markdown library: the file has one shape, sections of "- **Term.** definition" entries).
 */
package org.mailsim.web.glossary;
