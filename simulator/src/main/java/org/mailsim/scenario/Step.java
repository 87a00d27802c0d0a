package org.mailsim.scenario;

import java.util.List;

import org.mailsim.yaml.Position;

/**
 * One step of a scenario.
 *
 * @param number        1-based, as the player shows it
 * @param position      where the step starts in its file
 * @param what          a user action, a raw line typed by hand, or narration only
 * @param narration     what the player says about this step (may be empty)
 * @param examPoint     the fact for the exam this step makes (may be empty)
 * @param expectations  checked after the step runs
 */
public record Step(int number, Position position, What what, String narration, String examPoint,
                   List<Expectation> expectations) {

    public Step {
        expectations = List.copyOf(expectations);
    }

    /** What happens in a step. */
    public sealed interface What {
        /** The user does something on a device; its app sends the commands. */
        record Act(String device, Action action) implements What { }

        /** A line typed by hand on a device's raw connection (sent as is, CR LF added). */
        record Type(String device, String line) implements What { }

        /** Nothing happens on the wire: the narrator explains. */
        record Narrate() implements What { }
    }
}
