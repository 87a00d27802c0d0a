package org.mailsim.web.lab;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import io.javalin.http.Context;
import org.mailsim.lab.Sandbox;
import org.mailsim.web.ErrorPages;
import org.mailsim.wire.ExportOptions;
import org.mailsim.wire.TappedConnection;
import org.mailsim.wire.WiretapJson;
import org.mailsim.wire.WiretapMarkdown;
import org.mailsim.wire.pcap.PcapExport;

/** {@code GET /lab/export.md|.json|.pcap}: the visitor's own sandbox transcript, to keep. */
final class LabExports {
    /** TLS records by type and length; their ciphertext would only bloat a student's notes. */
    private static final ExportOptions OPTIONS = new ExportOptions(true, false);
    private final LabVisitors visitors;
    private final ErrorPages errors;

    LabExports(LabVisitors visitors, ErrorPages errors) {
        this.visitors = visitors;
        this.errors = errors;
    }

    void markdown(Context ctx) {
        export(ctx, "md", "text/markdown; charset=utf-8", c -> WiretapMarkdown.export(c, OPTIONS));
    }

    void json(Context ctx) {
        export(ctx, "json", "application/json; charset=utf-8", c -> WiretapJson.export(c, OPTIONS));
    }

    /** Synthetic Ethernet/IPv4/TCP around the real bytes: Wireshark shows the lab's session. */
    void pcap(Context ctx) {
        sandbox(ctx, sandbox -> {
            attachment(ctx, "application/vnd.tcpdump.pcap", "pcap");
            ctx.result(PcapExport.export(sandbox.connections()));
        });
    }

    private void export(Context ctx, String extension, String contentType, Function<List<TappedConnection>, String> render) {
        sandbox(ctx, sandbox -> {
            attachment(ctx, contentType, extension);
            ctx.result(render.apply(sandbox.connections()));
        });
    }

    private void sandbox(Context ctx, Consumer<Sandbox> then) {
        visitors.sandbox(ctx).ifPresentOrElse(then, () -> errors.explained(ctx, 404, "No lab session to save",
                "This browser has no lab sandbox (it expired, or the lab was never opened here). Open the lab, try some"
                        + " commands, then save the session."));
    }

    private static void attachment(Context ctx, String contentType, String extension) {
        ctx.contentType(contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"mailsim-lab." + extension + "\"");
    }
}
