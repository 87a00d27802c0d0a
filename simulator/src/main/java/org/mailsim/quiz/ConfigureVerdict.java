package org.mailsim.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.mailsim.scenario.device.DeviceView;
import org.mailsim.scenario.timeline.DeviceState;
import org.mailsim.scenario.timeline.StepRecord;
import org.mailsim.scenario.timeline.Timeline;
import org.mailsim.scenario.timeline.TimelineText;
import org.mailsim.scenario.timeline.WireSlice;

/**
 * Reads the timeline of a configure run: the transcript (each phase's exchange as the replay prints
 * it, what the app said, what its screen shows), whether every phase achieved its aim, and for the
 * first that did not, the decisive line and an explanation ({@link ConfigureAdvice}).
 * <p>The decisive line of a failed phase is the server's first refusal ({@code -ERR}, a tagged or
 * untagged {@code NO}/{@code BAD}, an SMTP 4xx/5xx reply) when the two sides spoke the same
 * protocol, or the capability that forbids a cleartext password ({@code LOGINDISABLED}); then the
 * line that shows the gap: the screen when a message read elsewhere is still unread, an empty
 * mailbox ({@code +OK 0 …}, {@code * 0 EXISTS}); the app's message when the two sides never
 * spoke the same protocol (a TLS handshake against cleartext, a silent port).
 */
final class ConfigureVerdict {
    /** A server refusal in any of the three protocols: POP3 -ERR, IMAP NO/BAD, SMTP 4xx/5xx. */
    private static final Pattern REFUSAL = Pattern.compile("S: (-ERR.*|\\S+ (NO|BAD)( .*)?|[45]\\d\\d[ -].*)");
    /** An empty maildrop or mailbox: POP3 STAT, IMAP SELECT. */
    private static final Pattern EMPTY = Pattern.compile("S: (\\+OK 0 \\d+.*|\\* 0 EXISTS)");
    /** The server's capabilities forbid a password in cleartext (RFC 3501 §6.2.3), so the app does not send it. */
    private static final Pattern LOGIN_DISABLED = Pattern.compile("S: .*\\bLOGINDISABLED\\b.*");
    /** The two sides never shared a protocol: binary or TLS records where text was expected. */
    private static final Pattern NO_COMMON_GROUND = Pattern.compile("[CS]: \\[(binary|not TLS).*");

    private ConfigureVerdict() { }

    static ConfigureOutcome of(ConfigurePlan plan, Timeline timeline, Situation situation, MailClientSettings settings) {
        List<String> transcript = new ArrayList<>();
        Optional<String> decisive = Optional.empty();
        Optional<ConfigureAdvice.Advice> why = Optional.empty();
        String success = "";
        int decisiveAt = -1;
        int successAt = -1;
        for (ConfigurePlan.Phase phase : plan.phases()) {
            int phaseStart = transcript.size();
            StepRecord record = timeline.steps().get(phase.step() - 1);
            transcript.add("— " + TimelineText.action(record.step().what()) + " —");
            List<String> wire = new ArrayList<>();
            for (WireSlice slice : record.wire()) {
                if (!slice.device().equals(phase.device())) continue;
                transcript.add(slice.device() + " ↔ server, port " + slice.connection().port() + " (" + slice.connection().security().label() + ")");
                List<String> lines = TimelineText.wireLines(slice);
                transcript.addAll(lines);
                wire.addAll(lines);
            }
            DeviceState state = record.devices().get(phase.device());
            List<String> notices = state.notices().stream().map(n -> phase.device() + " says: “" + n + "”").toList();
            transcript.addAll(notices);
            String screen = screen(phase.device(), state.view());
            if (phase.kind() != ConfigurePlan.Kind.SEND) transcript.add(screen);
            Optional<String> failure = failure(phase, wire, notices, state.view(), screen);
            if (failure.isPresent() && decisive.isEmpty()) {
                decisive = failure;
                decisiveAt = indexIn(transcript, phaseStart, failure.get());
                why = Optional.of(ConfigureAdvice.explain(phase, settings, situation, state.notices(), state.view()));
            }
            if (failure.isEmpty()) {
                success = proof(phase, wire, screen);
                successAt = indexIn(transcript, phaseStart, success);
            }
        }
        if (decisive.isPresent()) {
            return new ConfigureOutcome(false, transcript, decisive.get(), decisiveAt, why.get().text(), why.get().lesson());
        }
        return new ConfigureOutcome(true, transcript, success, successAt, ConfigureAdvice.success(situation, settings));
    }

    /** Why a phase did not achieve its aim, as the decisive line; empty when it did. */
    private static Optional<String> failure(ConfigurePlan.Phase phase, List<String> wire, List<String> notices, DeviceView view, String screen) {
        boolean ok = switch (phase.kind()) {
            case RECEIVE -> view.messages().size() == ConfigurePlan.MAIL.size();
            case READ -> notices.isEmpty();
            case SYNC -> view.messages().size() == ConfigurePlan.MAIL.size() && !view.messages().get(0).unread();
            case SEND -> accepted(wire);
        };
        if (ok) return Optional.empty();
        boolean spokeTheSameProtocol = wire.stream().noneMatch(l -> NO_COMMON_GROUND.matcher(l).matches());
        if (spokeTheSameProtocol) {
            Optional<String> refusal = first(wire, REFUSAL).or(() -> first(wire, LOGIN_DISABLED));
            if (refusal.isPresent()) return refusal;
            if (phase.kind() == ConfigurePlan.Kind.SYNC && view.messages().size() == ConfigurePlan.MAIL.size()) return Optional.of(screen);
            Optional<String> empty = first(wire, EMPTY);
            if (empty.isPresent()) return empty;
        }
        return notices.stream().findFirst().or(() -> Optional.of(screen));
    }

    /** Where {@code line} is among the lines of the phase that starts at {@code from}; -1 if it is not there. */
    private static int indexIn(List<String> transcript, int from, String line) {
        int at = transcript.subList(from, transcript.size()).indexOf(line);
        return at < 0 ? -1 : from + at;
    }

    private static Optional<String> first(List<String> lines, Pattern pattern) {
        return lines.stream().filter(l -> pattern.matcher(l).matches()).findFirst();
    }

    /** SMTP: the reply to the end of the message data ({@code .}) is 250 (RFC 5321 §4.1.1.4). */
    private static boolean accepted(List<String> wire) {
        int dot = wire.lastIndexOf("C: .");
        if (dot < 0) return false;
        return wire.subList(dot + 1, wire.size()).stream().filter(l -> l.startsWith("S: ")).findFirst()
                .map(l -> l.startsWith("S: 250")).orElse(false);
    }

    /** The line that shows a phase worked: the 250 after the data, or the screen. */
    private static String proof(ConfigurePlan.Phase phase, List<String> wire, String screen) {
        if (phase.kind() != ConfigurePlan.Kind.SEND) return screen;
        int dot = wire.lastIndexOf("C: .");
        return wire.subList(dot + 1, wire.size()).stream().filter(l -> l.startsWith("S: 250")).findFirst().orElse(screen);
    }

    /** "laptop shows: INBOX, 2 messages, 1 unread" */
    static String screen(String device, DeviceView view) {
        long n = view.messages().size();
        return device + " shows: " + view.folder() + ", " + n + " message" + (n == 1 ? "" : "s") + ", " + view.unread() + " unread";
    }
}
