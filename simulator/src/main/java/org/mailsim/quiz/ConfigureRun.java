package org.mailsim.quiz;

import java.util.List;

import org.mailsim.scenario.ScenarioRunner;
import org.mailsim.scenario.timeline.Timeline;

/**
 * Runs a learner's mail-client settings against the simulator for a situation, and says whether
 * they work: "graded by what happens". The settings become a small scenario ({@link ConfigurePlan}):
 * the provider's server on the virtual network, each device's scripted mail app set up with the
 * settings, and the steps the situation asks for (check mail on every device, read on one and see
 * it read on the others, send to another domain). {@link ScenarioRunner} replays it against the
 * real engines, and {@link ConfigureVerdict} reads the timeline: the first phase that did not
 * achieve its aim decides, and its decisive line is quoted from the transcript.
 * <p>A server name other than the provider's fails before any connection: the name does not
 * resolve, as a typo in a real app's server field would not.
 */
public final class ConfigureRun {
    private ConfigureRun() { }

    public static ConfigureOutcome run(Situation situation, MailClientSettings settings) {
        String first = situation.devices().get(0);
        if (!resolves(settings.incomingServer(), situation)) return unknownHost(first, settings.incomingServer(), "incoming");
        ConfigurePlan plan = ConfigurePlan.of(situation, settings);
        Timeline timeline = ScenarioRunner.run(plan.scenario());
        ConfigureOutcome outcome = ConfigureVerdict.of(plan, timeline, situation, settings);
        if (outcome.passed() && situation.send() && !resolves(settings.outgoingServer(), situation)) {
            return unknownHost(first, settings.outgoingServer(), "outgoing");
        }
        return outcome;
    }

    /** The simulated Internet knows one mail host; a name is compared as DNS compares it, without case. */
    private static boolean resolves(String name, Situation situation) {
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        return n.equalsIgnoreCase(situation.server());
    }

    private static ConfigureOutcome unknownHost(String device, String name, String which) {
        String line = device + " says: “Cannot find the server " + (name.isBlank() ? "(empty)" : name) + "”";
        return new ConfigureOutcome(false, List.of(line), line, "The " + which + " server name '" + name
                + "' does not exist, so the app never reached a server. Type the provider's host name exactly.");
    }
}
