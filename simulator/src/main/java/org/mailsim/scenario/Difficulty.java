package org.mailsim.scenario;

/** How much a learner should know before a scenario. */
public enum Difficulty { BEGINNER, INTERMEDIATE, ADVANCED }
