package org.mailsim.web.player;

import io.javalin.http.Context;
import org.mailsim.scenario.timeline.Timeline;
import org.mailsim.scenario.timeline.TimelineJson;
import org.mailsim.scenario.timeline.TimelineText;
import org.mailsim.wire.pcap.PcapExport;

/** {@code GET /scenarios/{id}/export.md|.txt|.json|.pcap}: a whole replay as a file to download. */
public final class TimelineExports {
    private final PlayerPage player;

    public TimelineExports(PlayerPage player) {
        this.player = player;
    }

    public void markdown(Context ctx) {
        export(ctx, "md", "text/markdown; charset=utf-8", t -> TimelineText.render(t, TimelineText.Style.MARKDOWN));
    }

    public void text(Context ctx) {
        export(ctx, "txt", "text/plain; charset=utf-8", t -> TimelineText.render(t, TimelineText.Style.TEXT));
    }

    public void json(Context ctx) {
        export(ctx, "json", "application/json; charset=utf-8", TimelineJson::render);
    }

    /** The replay's connections as a capture Wireshark and tshark open (synthetic Ethernet/IPv4/TCP, real ports). */
    public void pcap(Context ctx) {
        player.timeline(ctx).ifPresent(timeline -> {
            ctx.contentType("application/vnd.tcpdump.pcap");
            ctx.header("Content-Disposition", "attachment; filename=\"" + timeline.scenario().id() + ".pcap\"");
            ctx.result(PcapExport.export(timeline.connections()));
        });
    }

    private void export(Context ctx, String extension, String contentType, java.util.function.Function<Timeline, String> render) {
        player.timeline(ctx).ifPresent(timeline -> {
            ctx.contentType(contentType);
            // the id is lower-case words and hyphens (the loader checks), so it is safe in a header
            ctx.header("Content-Disposition", "attachment; filename=\"" + timeline.scenario().id() + "." + extension + "\"");
            ctx.result(render.apply(timeline));
        });
    }
}
