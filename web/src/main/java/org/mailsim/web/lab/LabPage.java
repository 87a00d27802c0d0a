package org.mailsim.web.lab;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.javalin.http.Context;
import org.mailsim.lab.Exercise;
import org.mailsim.lab.Exercises;
import org.mailsim.lab.Sandbox;
import org.mailsim.net.Protocol;
import org.mailsim.net.ServicePort;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;
import org.mailsim.web.cache.CachedBody;
import org.mailsim.web.shared.DevicePanel;
import org.mailsim.web.shared.ExchangeLanes;

/**
 * {@code GET /lab}: the console page, the same for every visitor, so it is rendered and gzipped
 * once ({@link CachedBody}: a strong ETag, a {@code 304} for a browser that has it). The visitor's
 * sandbox is made when the page's console connects, and fills the page over the WebSocket; the
 * page itself only hands a new browser its id ({@link LabVisitors#identify}).
 */
final class LabPage {
    private final Templates templates;
    private final LabVisitors visitors;
    private final boolean keep;
    private volatile CachedBody kept;

    /** @param keep {@code false} renders the page afresh every time (tests compare the two) */
    LabPage(Templates templates, LabVisitors visitors, boolean keep) {
        this.templates = templates;
        this.visitors = visitors;
        this.keep = keep;
    }

    /** One device pane; {@code frame} is "phone" or "laptop", as the player draws devices. */
    record PaneView(String name, String title, String frame, String defaultService) { }

    /** One choice of connection: the {@link ServicePort} name and its words. */
    record ServiceOption(String name, String label) { }

    record ExerciseGroup(String protocol, List<Exercise> exercises) { }

    /** @param explainForms every form a console line's button may submit (the lines arrive over the WebSocket) */
    record LabView(String version, List<PaneView> panes, List<ServiceOption> services, List<ExerciseGroup> exerciseGroups,
                   String limits, List<ExchangeLanes.ExplainForm> explainForms) {
        public int exerciseCount() {
            return exerciseGroups.stream().mapToInt(g -> g.exercises().size()).sum();
        }
    }

    void show(Context ctx) {
        visitors.identify(ctx);
        if (!keep) {
            ctx.header("Cache-Control", "no-cache");
            ctx.html(render());
            return;
        }
        CachedBody page = kept;
        if (page == null) kept = page = CachedBody.of("text/html; charset=utf-8", render().getBytes(StandardCharsets.UTF_8));
        page.send(ctx, "no-cache");
    }

    private String render() {
        return templates.render("lab/lab", Map.of("view", view()));
    }

    private LabView view() {
        List<PaneView> panes = Sandbox.PANES.stream().map(name -> new PaneView(name, title(name), DevicePanel.frame(name),
                name.equals("phone") ? ServicePort.IMAPS.name() : ServicePort.IMAP.name())).toList();
        List<ServiceOption> services = Arrays.stream(ServicePort.values())
                .map(s -> new ServiceOption(s.name(), s.port() + " " + s.ianaName().toUpperCase(Locale.ROOT) + " (" + s.security().label() + ")"))
                .toList();
        List<ExerciseGroup> groups = Arrays.stream(Protocol.values())
                .map(p -> new ExerciseGroup(p.name(), Exercises.all().stream().filter(e -> e.protocol() == p).toList())).toList();
        var limits = visitors.registry().limits();
        String words = "Each sandbox holds up to " + limits.messagesPerAccount() + " messages per account and is dropped after "
                + limits.idleExpiry().toMinutes() + " minutes without a command.";
        return new LabView(Version.current(), panes, services, groups, words, ExchangeLanes.ExplainForm.all());
    }

    private static String title(String pane) {
        return Character.toUpperCase(pane.charAt(0)) + pane.substring(1);
    }
}
