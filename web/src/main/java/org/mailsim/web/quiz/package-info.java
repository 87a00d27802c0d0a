/** The quiz: setup, taking and results pages over the question bank, and the grading API. */
package org.mailsim.web.quiz;
