/**
 * YAML read into a small tree that remembers where every value stood, so a scenario or question
 * file with a mistake is answered with {@code file:line:column: message}. Parsing is Jackson's
 * (jackson-dataformat-yaml); this package only keeps the positions and reads values with checks.
 */
package org.mailsim.yaml;
