package org.mailsim.scenario.timeline;

import java.util.List;
import java.util.Map;

import org.mailsim.scenario.ExamObjective;
import org.mailsim.scenario.Expectation;
import org.mailsim.scenario.Step;
import org.mailsim.scenario.device.DeviceView;
import org.mailsim.store.StoreDiff;
import org.mailsim.wire.ExportOptions;
import org.mailsim.wire.TappedConnection;
import org.mailsim.wire.TranscriptItem;
import org.mailsim.wire.WiretapMarkdown;

/**
 * A timeline as readable text, step by step: what the user did, the exchange on each connection
 * ({@code C:}/{@code S:} lines as the RFCs write them, TLS records as {@code [TLS …]}), what
 * changed on the server and on each device, and the expectations. {@link Style#MARKDOWN} for
 * files and the web, {@link Style#TEXT} for a pipe, {@link Style#ANSI} for a terminal.
 * Deterministic: the same timeline gives the same text.
 */
public final class TimelineText {
    private TimelineText() { }

    public enum Style { MARKDOWN, TEXT, ANSI }

    private record Look(Style style) {
        String h1(String s) { return style == Style.MARKDOWN ? "# " + s : style == Style.ANSI ? "\u001b[1m" + s + "\u001b[0m" : s.toUpperCase(java.util.Locale.ROOT); }
        String h2(String s) { return style == Style.MARKDOWN ? "## " + s : style == Style.ANSI ? "\u001b[1;34m" + s + "\u001b[0m" : "== " + s + " =="; }
        String label(String s) { return style == Style.MARKDOWN ? "**" + s + "**" : style == Style.ANSI ? "\u001b[1m" + s + "\u001b[0m" : s; }
        String client(String s) { return style == Style.ANSI ? "\u001b[36m" + s + "\u001b[0m" : s; }
        String server(String s) { return style == Style.ANSI ? "\u001b[32m" + s + "\u001b[0m" : s; }
        String good(String s) { return style == Style.ANSI ? "\u001b[32m" + s + "\u001b[0m" : s; }
        String bad(String s) { return style == Style.ANSI ? "\u001b[1;31m" + s + "\u001b[0m" : s; }
        String fence() { return style == Style.MARKDOWN ? "```\n" : ""; }
        String indent() { return style == Style.MARKDOWN ? "" : "    "; }
    }

    public static String render(Timeline timeline, Style style) {
        return render(timeline, style, null);
    }

    /** Only step {@code onlyStep} (1-based) when it is not null. */
    public static String render(Timeline timeline, Style style, Integer onlyStep) {
        Look look = new Look(style);
        StringBuilder out = new StringBuilder();
        var s = timeline.scenario();
        out.append(look.h1(s.title())).append("\n\n").append(s.summary()).append("\n\n");
        out.append(look.label("Objectives:")).append(' ')
                .append(String.join("; ", s.objectives().stream().map(TimelineText::objective).toList())).append("\n");
        for (StepRecord step : timeline.steps()) {
            if (onlyStep != null && step.step().number() != onlyStep) continue;
            out.append('\n');
            step(out, step, look);
        }
        List<ExpectationResult> failures = timeline.failures();
        out.append('\n').append(failures.isEmpty()
                ? look.good("All " + count(timeline) + " expectations held.")
                : look.bad(failures.size() + " of " + count(timeline) + " expectations failed.")).append('\n');
        return out.toString();
    }

    private static void step(StringBuilder out, StepRecord record, Look look) {
        Step step = record.step();
        out.append(look.h2("Step " + step.number() + ": " + action(step.what()))).append("\n\n");
        if (!step.narration().isEmpty()) out.append(step.narration()).append("\n\n");
        if (!step.examPoint().isEmpty()) out.append(look.label("Exam point:")).append(' ').append(step.examPoint()).append("\n\n");
        for (WireSlice slice : record.wire()) wire(out, slice, look);
        storeChanges(out, record.storeDiff(), look);
        devices(out, record.devices(), look);
        for (ExpectationResult r : record.results()) {
            out.append(r.passed() ? look.good("✓ ") : look.bad("✗ ")).append(describe(r.expectation()));
            if (!r.passed()) out.append(look.bad(" — " + r.detail()));
            out.append('\n');
        }
    }

    private static void wire(StringBuilder out, WireSlice slice, Look look) {
        var c = slice.connection();
        out.append(look.label(slice.device() + " ↔ server, port " + c.port() + " (" + c.security().label() + "), connection " + c.id()));
        if (slice.opened()) out.append(", opened");
        if (slice.closed()) out.append(", closed: ").append(c.closeReason());
        out.append("\n\n").append(look.fence());
        for (String line : wireLines(slice)) {
            out.append(look.indent()).append(line.startsWith("C") ? look.client(line) : look.server(line)).append('\n');
        }
        out.append(look.fence()).append('\n');
    }

    /**
     * One connection's lines of one step exactly as a replay prints them ({@code C: }, {@code S: },
     * {@code C| }/{@code S| } for literal content, {@code [TLS …]} records), without styling:
     * what question excerpts quote.
     */
    public static List<String> wireLines(WireSlice slice) {
        StringBuilder lines = new StringBuilder();
        for (TranscriptItem item : new TappedConnection(slice.connection(), slice.exchanges()).transcript().items()) {
            WiretapMarkdown.appendItem(lines, item, ExportOptions.DETERMINISTIC);
        }
        return java.util.Arrays.stream(lines.toString().split("\n")).filter(line -> !line.isEmpty()).toList();
    }

    private static void storeChanges(StringBuilder out, StoreDiff diff, Look look) {
        if (diff.isEmpty()) return;
        out.append(look.label("On the server:")).append('\n');
        for (StoreDiff.Change change : diff.changes()) {
            out.append("- ").append(switch (change) {
                case StoreDiff.Change.FolderAdded c -> c.login() + ": folder " + c.folder() + " created";
                case StoreDiff.Change.FolderRemoved c -> c.login() + ": folder " + c.folder() + " removed";
                case StoreDiff.Change.MessageAdded c -> c.login() + "/" + c.folder() + ": message UID " + c.uid() + " added";
                case StoreDiff.Change.MessageRemoved c -> c.login() + "/" + c.folder() + ": message UID " + c.uid() + " removed";
                case StoreDiff.Change.FlagsChanged c -> c.login() + "/" + c.folder() + ": UID " + c.uid() + " flags " + c.before() + " → " + c.after();
            }).append('\n');
        }
        out.append('\n');
    }

    private static void devices(StringBuilder out, Map<String, DeviceState> devices, Look look) {
        for (var entry : devices.entrySet()) {
            DeviceState state = entry.getValue();
            boolean spoke = !state.notices().isEmpty();
            if (state.diff().isEmpty() && !spoke) continue;
            DeviceView view = state.view();
            out.append(look.label(entry.getKey() + ":")).append(' ').append(view.connection()).append("; ")
                    .append(view.folder()).append(": ").append(plural(view.messages().size(), "message")).append(", ")
                    .append(view.unread()).append(" unread");
            DeviceDiff d = state.diff();
            if (!d.added().isEmpty()) out.append("; new ").append(d.added());
            if (!d.changed().isEmpty()) out.append("; changed ").append(d.changed());
            if (!d.removed().isEmpty()) out.append("; gone ").append(d.removed());
            out.append('\n');
            for (String notice : state.notices()) out.append("  “").append(notice).append("”\n");
        }
    }

    public static String action(Step.What what) {
        return switch (what) {
            case Step.What.Act a -> a.device() + " — " + ActionNames.of(a.action());
            case Step.What.Type t -> t.device() + " — types \"" + t.line() + "\"";
            case Step.What.Narrate n -> "narration";
        };
    }

    public static String describe(Expectation e) {
        return switch (e) {
            case Expectation.ServerSays x -> "server says \"" + x.text() + "\"" + x.device().map(d -> " to " + d).orElse("");
            case Expectation.ServerNeverSays x -> "server never says \"" + x.text() + "\"" + x.device().map(d -> " to " + d).orElse("");
            case Expectation.ClientSends x -> "client sends \"" + x.text() + "\"" + x.device().map(d -> " from " + d).orElse("");
            case Expectation.Mailbox x -> x.account() + "'s " + x.folder() + " on the server"
                    + x.messages().map(n -> ": " + plural(n, "message")).orElse("") + x.unseen().map(n -> ", " + n + " unseen").orElse("")
                    + x.subjects().map(s -> ", subjects " + s).orElse("");
            case Expectation.DeviceShows x -> x.device() + " shows" + x.messages().map(n -> " " + plural(n, "message")).orElse("")
                    + x.unread().map(n -> ", " + n + " unread").orElse("") + x.subjects().map(s -> ", subjects " + s).orElse("");
            case Expectation.DeviceSays x -> x.device() + " reports \"" + x.text() + "\"";
        };
    }

    /** "1 message", "2 messages". */
    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String objective(ExamObjective o) {
        return o + (o.note().isEmpty() ? "" : " (" + o.note() + ")");
    }

    private static long count(Timeline timeline) {
        return timeline.steps().stream().mapToLong(s -> s.results().size()).sum();
    }
}
