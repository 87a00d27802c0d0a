package org.mailsim.scenario.timeline;

import org.mailsim.scenario.Expectation;

/** Whether one expectation held, and in words what was found instead when it did not. */
public record ExpectationResult(Expectation expectation, boolean passed, String detail) { }
