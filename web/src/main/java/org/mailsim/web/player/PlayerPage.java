package org.mailsim.web.player;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import io.javalin.http.Context;
import org.mailsim.course.Onward;
import org.mailsim.net.TlsFailureKind;
import org.mailsim.scenario.Scenario;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.scenario.Step;
import org.mailsim.scenario.timeline.DeviceState;
import org.mailsim.scenario.timeline.StepRecord;
import org.mailsim.scenario.timeline.Timeline;
import org.mailsim.scenario.timeline.TimelineText;
import org.mailsim.scenario.timeline.TlsFailuresSeen;
import org.mailsim.store.StoreSnapshot;
import org.mailsim.web.ErrorPages;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;
import org.mailsim.web.player.PlayerView.ActionView;
import org.mailsim.web.player.PlayerView.Modes;
import org.mailsim.web.player.PlayerView.Nav;
import org.mailsim.web.player.PlayerView.ResultView;
import org.mailsim.web.player.PlayerView.StepLink;
import org.mailsim.web.player.PlayerView.TlsFailureView;
import org.mailsim.web.shared.DevicePanel;
import org.mailsim.web.shared.ExchangeLanes.ConnectionView;
import org.mailsim.web.shared.ExchangeLanes;
import org.mailsim.web.shared.MailboxPanel;

/**
 * {@code GET /scenarios/{id}} and {@code /scenarios/{id}/steps/{n}}: one step of a replayed
 * scenario: the action, the exchange, the server's mailbox, each device, and the narration.
 * {@code ?view=eavesdropper} shows the wire as a sniffer sees it; {@code ?present} is for a projector;
 * {@code ?author} adds the expectations that held (the scenario's self-test) for scenario authors.
 */
public final class PlayerPage {
    private final Templates templates;
    private final ErrorPages errors;
    private final ScenarioLibrary library;
    private final TimelineCache timelines;
    private final Function<String, Optional<Onward>> onward;
    private final BiConsumer<Context, String> endReached;

    public PlayerPage(Templates templates, ErrorPages errors, ScenarioLibrary library, TimelineCache timelines) {
        this(templates, errors, library, timelines, id -> Optional.empty(), (ctx, id) -> { });
    }

    /** @param onward  by scenario id, where the course goes on from its last step; empty outside the course */
    public PlayerPage(Templates templates, ErrorPages errors, ScenarioLibrary library, TimelineCache timelines,
                      Function<String, Optional<Onward>> onward) {
        this(templates, errors, library, timelines, onward, (ctx, id) -> { });
    }

    /**
     * @param onward      by scenario id, where the course goes on from its last step; empty outside the course
     * @param endReached  told, with the request and the scenario id, each time this page renders a
     *                    scenario's last step (the classroom records an assigned lesson for a joined
     *                    student, whose pages {@code PageCache} never answers; a cached page is not rendered)
     */
    public PlayerPage(Templates templates, ErrorPages errors, ScenarioLibrary library, TimelineCache timelines,
                      Function<String, Optional<Onward>> onward, BiConsumer<Context, String> endReached) {
        this.templates = templates;
        this.errors = errors;
        this.library = library;
        this.timelines = timelines;
        this.onward = onward;
        this.endReached = endReached;
    }

    public void first(Context ctx) {
        show(ctx, "1");
    }

    public void step(Context ctx) {
        show(ctx, ctx.pathParam("n"));
    }

    /** The scenario's timeline, or {@code empty} after a helpful 404 has been rendered. */
    Optional<Timeline> timeline(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<Scenario> scenario = library.current().find(id);
        if (scenario.isEmpty()) {
            errors.explained(ctx, 404, "No such scenario",
                    "There is no scenario with the id \"" + id + "\". The list of scenarios shows every one mailsim knows,"
                            + " and any scenario file that failed to load with its problems.");
            return Optional.empty();
        }
        return Optional.of(timelines.timeline(scenario.get()));
    }

    private void show(Context ctx, String stepParam) {
        Optional<Timeline> found = timeline(ctx);
        if (found.isEmpty()) return;
        Timeline timeline = found.get();
        int count = timeline.steps().size();
        int n = stepParam.matches("\\d{1,6}") ? Integer.parseInt(stepParam) : -1;
        if (n < 1 || n > count) {
            errors.explained(ctx, 404, "No such step",
                    "This scenario has steps 1 to " + count + "; there is no step \"" + stepParam + "\". Start again at step 1.");
            return;
        }
        String id = timeline.scenario().id();
        if (n == count) endReached.accept(ctx, id);
        OnwardLink onwardLink = n < count ? null : OnwardLink.of(id, onward.apply(id));
        ctx.html(templates.render("player/player", Map.of("view", view(timeline, n, modes(ctx, id, n), onwardLink))));
    }

    private static Modes modes(Context ctx, String id, int n) {
        boolean eavesdropper = "eavesdropper".equals(ctx.queryParam("view"));
        boolean present = ctx.queryParamMap().containsKey("present");
        boolean author = ctx.queryParamMap().containsKey("author");
        String base = "/scenarios/" + id + "/steps/" + n;
        return new Modes(eavesdropper, present, author, base + query(!eavesdropper, present, author),
                base + query(eavesdropper, !present, author), base + query(eavesdropper, present, !author),
                query(eavesdropper, present, author));
    }

    /** The query that keeps the modes from step to step: {@code ?view=eavesdropper&present&author}, any of them. */
    private static String query(boolean eavesdropper, boolean present, boolean author) {
        List<String> parts = new ArrayList<>();
        if (eavesdropper) parts.add("view=eavesdropper");
        if (present) parts.add("present");
        if (author) parts.add("author");
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private static PlayerView view(Timeline timeline, int n, Modes modes, OnwardLink onward) {
        Scenario s = timeline.scenario();
        List<StepRecord> steps = timeline.steps();
        StepRecord record = steps.get(n - 1);
        StoreSnapshot before = n == 1 ? timeline.start() : steps.get(n - 2).store();
        Map<String, DeviceState> devicesBefore = n == 1 ? Map.of() : steps.get(n - 2).devices();
        // Expectations are the scenario's self-test: a student sees one only when it failed (the replay
        // then differs from what the scenario teaches); an author sees them all with ?author.
        List<ResultView> results = record.results().stream().filter(r -> modes.author() || !r.passed())
                .map(r -> new ResultView(r.passed(), TimelineText.describe(r.expectation()), r.passed() ? "" : r.detail())).toList();
        List<ConnectionView> connections = ExchangeLanes.upTo(steps, n, modes.eavesdropper());
        return new PlayerView(s.id(), s.title(), s.summary(), s.difficulty().name().toLowerCase(java.util.Locale.ROOT),
                s.objectives().stream().map(o -> o + (o.note().isEmpty() ? "" : " — " + o.note())).toList(),
                n, steps.size(), stepLinks(s.id(), steps.size(), n, modes.query()), nav(s.id(), n, steps.size(), modes.query(), onward),
                modes, action(s, record.step()), record.step().narration(), record.step().examPoint(), tlsFailures(record), results,
                connections, ExchangeLanes.formsUsedBy(connections),
                MailboxPanel.of(before, record.store(), record.storeDiff()),
                DevicePanel.of(s, record.devices(), devicesBefore), Version.current());
    }

    /** Each class of TLS failure the step shows once, with every side that named it. */
    private static List<TlsFailureView> tlsFailures(StepRecord record) {
        Map<TlsFailureKind, List<String>> sides = new LinkedHashMap<>();
        for (TlsFailuresSeen.Seen seen : TlsFailuresSeen.in(record)) sides.computeIfAbsent(seen.kind(), k -> new ArrayList<>()).add(seen.side());
        return sides.entrySet().stream().map(e -> new TlsFailureView(e.getKey().title(), String.join(" and ", e.getValue()),
                e.getKey().explanation())).toList();
    }

    private static ActionView action(Scenario s, Step step) {
        return switch (step.what()) {
            case Step.What.Act a -> new ActionView(a.device(), DevicePanel.frame(a.device()), app(s, a.device()),
                    TimelineText.action(step.what()), "");
            case Step.What.Type t -> new ActionView(t.device(), DevicePanel.frame(t.device()), app(s, t.device()),
                    t.device() + " — types a line by hand", t.line());
            case Step.What.Narrate x -> new ActionView("", "", "", "Nothing happens on the wire: the narrator explains.", "");
        };
    }

    private static String app(Scenario s, String device) {
        return s.device(device).map(d -> d.protocol() + " on port " + d.port() + " (" + d.security().label() + ")").orElse("");
    }

    private static Nav nav(String id, int n, int count, String query, OnwardLink onward) {
        return new Nav(n > 1 ? href(id, 1, query) : null, n > 1 ? href(id, n - 1, query) : null,
                n < count ? href(id, n + 1, query) : null, n < count ? href(id, count, query) : null, onward);
    }

    private static List<StepLink> stepLinks(String id, int count, int n, String query) {
        List<StepLink> links = new ArrayList<>();
        for (int i = 1; i <= count; i++) links.add(new StepLink(i, href(id, i, query), "Step " + i + " of " + count, i == n, i < n));
        return links;
    }

    static String href(String id, int n, String query) {
        return "/scenarios/" + id + "/steps/" + n + query;
    }
}
