package org.mailsim.scenario;

import java.util.List;
import java.util.Optional;

import org.mailsim.yaml.Position;

/**
 * What a step expects, so a scenario checks itself every time it replays. Each names where it
 * was written, so a failed expectation points at its line.
 */
public sealed interface Expectation {
    Position position();

    /** Some server line of this step contains {@code text} (on {@code device}'s connections, if given). */
    record ServerSays(Position position, Optional<String> device, String text) implements Expectation { }

    /** No server line of this step contains {@code text}. */
    record ServerNeverSays(Position position, Optional<String> device, String text) implements Expectation { }

    /** Some client line of this step contains {@code text}. */
    record ClientSends(Position position, Optional<String> device, String text) implements Expectation { }

    /** The server's folder after this step: message count, unseen count, subjects in order (each optional). */
    record Mailbox(Position position, String account, String folder, Optional<Integer> messages,
                   Optional<Integer> unseen, Optional<List<String>> subjects) implements Expectation { }

    /** What the device's screen shows after this step. */
    record DeviceShows(Position position, String device, Optional<Integer> messages, Optional<Integer> unread,
                       Optional<List<String>> subjects) implements Expectation { }

    /**
     * The device told its user something containing {@code text}, ignoring case: a refused login,
     * a bad certificate, a search result ({@code device_says}, or {@code device_error} for failures).
     */
    record DeviceSays(Position position, String device, String text) implements Expectation { }
}
