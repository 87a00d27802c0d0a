/** The command line: {@code mailsim serve}, and later {@code list}, {@code replay}, {@code check}. Entry points only. */
package org.mailsim.cli;
