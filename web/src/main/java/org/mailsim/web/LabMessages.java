package org.mailsim.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mailsim.lab.ConsoleLine;
import org.mailsim.lab.LabUpdate;
import org.mailsim.lab.PaneState;

/**
 * The JSON the lab's WebSocket carries to the browser. Console lines in the player's exchange
 * lanes (client, server, and the console's notes), each with its "explain this line" address;
 * the mailbox as HTML from the player's own fragment (escaped by Thymeleaf), only when it changed.
 *
 * <pre>
 * {"type":"update", "fresh":…, "lines":[{pane, lane, kind, prefix, text, tls, explain}], "panes":[…], "mailbox":html|null, "done":[ids]}
 * {"type":"error",  "message":…}     a frame too big, too fast, not understood: nothing was done
 * {"type":"closed", "message":…}     the sandbox is gone (expired, evicted, unknown): reload
 * </pre>
 */
final class LabMessages {
    /** The explain page takes lines up to this long (ExplainHandler). */
    private static final int EXPLAINABLE = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Templates templates;

    LabMessages(Templates templates) {
        this.templates = templates;
    }

    record Line(String pane, String lane, String kind, String prefix, String text, boolean tls, String explain) { }

    record Update(String type, boolean fresh, List<Line> lines, List<PaneState> panes, String mailbox, List<String> done) { }

    record Notice(String type, String message) { }

    String update(LabUpdate update) {
        String mailbox = update.mailbox() == null ? null : templates.render("mailbox", Map.of("accounts",
                MailboxPanel.of(update.mailbox().before(), update.mailbox().after(), update.mailbox().diff())));
        return write(new Update("update", update.fresh(), update.lines().stream().map(LabMessages::line).toList(),
                update.panes(), mailbox, update.exercisesDone()));
    }

    static String error(String message) {
        return write(new Notice("error", message));
    }

    static String closed(String message) {
        return write(new Notice("closed", message));
    }

    private static Line line(ConsoleLine l) {
        if (l.kind() == ConsoleLine.Kind.NOTE) return new Line(l.pane(), "note", "note", "", l.text(), false, null);
        String prefix = l.direction().prefix();
        String explain = l.kind() == ConsoleLine.Kind.LINE && l.text().length() <= EXPLAINABLE && l.service() != null
                ? ExchangeLanes.explainHref(l.service().protocol(), prefix, l.text()) : null;
        return new Line(l.pane(), l.fromClient() ? "client" : "server", l.kind().name().toLowerCase(Locale.ROOT), prefix,
                l.text(), l.insideTls(), explain);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the lab's JSON", e);
        }
    }
}
