package org.mailsim.web.lab;

import java.util.Map;

import io.javalin.config.JavalinConfig;
import org.mailsim.lab.SandboxRegistry;
import org.mailsim.web.ErrorPages;
import org.mailsim.web.Templates;

/**
 * The lab console's routes, every one of which reaches only the visitor's own sandbox: the page,
 * its WebSocket, and the session's downloads. Nothing here touches the live server's store.
 */
public final class LabRoutes {
    private final LabPage page;
    private final LabSocket socket;
    private final LabExports exports;
    private final int maxFrameChars;

    /** Told when the lab grades an exercise done, with the cookies of the browser whose sandbox it is (its socket's upgrade request). */
    public interface ExerciseDone {
        void done(Map<String, String> cookies, String exerciseId);
    }

    public LabRoutes(Templates templates, ErrorPages errors, SandboxRegistry registry) {
        this(templates, errors, registry, true, (cookies, id) -> { });
    }

    /** @param keepPage {@code false} renders the lab's page afresh on every visit (as the app without its page cache) */
    public LabRoutes(Templates templates, ErrorPages errors, SandboxRegistry registry, boolean keepPage) {
        this(templates, errors, registry, keepPage, (cookies, id) -> { });
    }

    /** @param exerciseDone the classroom, which records an assigned exercise for a joined student */
    public LabRoutes(Templates templates, ErrorPages errors, SandboxRegistry registry, ExerciseDone exerciseDone) {
        this(templates, errors, registry, true, exerciseDone);
    }

    public LabRoutes(Templates templates, ErrorPages errors, SandboxRegistry registry, boolean keepPage, ExerciseDone exerciseDone) {
        LabVisitors visitors = new LabVisitors(registry);
        this.page = new LabPage(templates, visitors, keepPage);
        this.socket = new LabSocket(visitors, new LabMessages(templates), exerciseDone);
        this.exports = new LabExports(visitors, errors);
        this.maxFrameChars = registry.limits().maxFrameChars();
    }

    public void register(JavalinConfig config) {
        config.routes.get("/lab", page::show);
        config.routes.get("/lab/export.md", exports::markdown);
        config.routes.get("/lab/export.json", exports::json);
        config.routes.get("/lab/export.pcap", exports::pcap);
        config.routes.get("/lab/export.keys", exports::keys);
        config.routes.wsBeforeUpgrade("/lab/socket", socket::beforeUpgrade);
        config.routes.ws("/lab/socket", socket::configure);
        // Past the lab's own limit the socket answers with a clear message; far past it, Jetty closes
        // the socket (1009, message too big) before reading the rest. Four bytes per character at most.
        config.jetty.modifyWebSocketServletFactory(factory -> factory.setMaxTextMessageSize(4L * maxFrameChars + 1024));
    }
}
