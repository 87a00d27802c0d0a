package org.mailsim.web.quiz;

import java.util.function.UnaryOperator;

import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.ScenarioLibrary;

/**
 * A scenario's title as a student reads it, for the scenario id a question, an excerpt or a quiz
 * address names ("One mailbox, two devices (IMAP)", not {@code imap-phone-and-laptop}); the id itself
 * only for a scenario that is not in the catalog.
 */
public record ScenarioTitles(ScenarioLibrary scenarios) implements UnaryOperator<String> {
    @Override
    public String apply(String id) {
        return scenarios.current().find(id).map(Scenario::title).orElse(id);
    }
}
