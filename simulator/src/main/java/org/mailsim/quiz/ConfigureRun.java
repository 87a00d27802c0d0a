package org.mailsim.quiz;

import java.util.List;

/**
 * Runs a learner's mail-client settings against the simulator for a situation: builds a small
 * scenario (the provider's server, the user's devices set up with those settings) and replays it
 * on the virtual network, so the outcome is a real exchange.
 */
public final class ConfigureRun {
    private ConfigureRun() { }

    public static ConfigureOutcome run(Situation situation, MailClientSettings settings) {
        return new ConfigureOutcome(false, List.of(), "", "Not yet implemented.");
    }
}
