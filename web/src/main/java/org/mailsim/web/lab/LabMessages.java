package org.mailsim.web.lab;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mailsim.lab.ConsoleLine;
import org.mailsim.lab.LabUpdate;
import org.mailsim.lab.PaneState;
import org.mailsim.web.Templates;
import org.mailsim.web.shared.ExchangeLanes.LineView;
import org.mailsim.web.shared.ExchangeLanes;
import org.mailsim.web.shared.MailboxPanel;
import org.mailsim.wire.Layer;
import org.mailsim.wire.TranscriptItem;

/**
 * The JSON the lab's WebSocket carries to the browser. Console lines in the player's exchange
 * lanes (client, server, and the console's notes), a literal line by line, each row also as HTML
 * from the player's own {@code wire-row} fragment (a line to explain is a button naming its
 * {@code explain} form, which the lab page holds); the mailbox as HTML from the player's own
 * fragment, only when it changed. Thymeleaf escapes both.
 *
 * <pre>
 * {"type":"update", "fresh":…, "lines":[{pane, lane, kind, prefix, text, tls, explain, html}], "panes":[…], "hints":{pane: html},
 *  "mailbox":html|null, "done":[ids]}
 * {"type":"error",  "message":…}     a frame too big, too fast, not understood: nothing was done
 * {"type":"closed", "message":…}     the sandbox is gone (expired, evicted, unknown): reload
 * </pre>
 */
final class LabMessages {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Templates templates;

    LabMessages(Templates templates) {
        this.templates = templates;
    }

    /** @param explain the id of the form the row's button submits, or null; @param html the row as the page shows it */
    record Line(String pane, String lane, String kind, String prefix, String text, boolean tls, String explain, String html) { }

    /** @param hints each pane's hint as the page shows it, its RFC citations linked (web/rfc), by pane name */
    record Update(String type, boolean fresh, List<Line> lines, List<PaneState> panes, Map<String, String> hints, String mailbox,
                  List<String> done) { }

    record Notice(String type, String message) { }

    String update(LabUpdate update) {
        String mailbox = update.mailbox() == null ? null : templates.render("shared/mailbox", Map.of("accounts",
                MailboxPanel.of(update.mailbox().before(), update.mailbox().after(), update.mailbox().diff())));
        return write(new Update("update", update.fresh(), update.lines().stream().flatMap(l -> lines(l).stream()).toList(),
                update.panes(), hints(update.panes()), mailbox, update.exercisesDone()));
    }

    private Map<String, String> hints(List<PaneState> panes) {
        Map<String, String> hints = new java.util.LinkedHashMap<>();
        for (PaneState p : panes) hints.put(p.pane(), templates.renderFragment("rfc/cite", "cited", Map.of("text", p.hint() == null ? "" : p.hint())));
        return hints;
    }

    static String error(String message) {
        return write(new Notice("error", message));
    }

    static String closed(String message) {
        return write(new Notice("closed", message));
    }

    /** One console line as rows: one, or a literal's announcement and then its lines, as the player draws them. */
    private List<Line> lines(ConsoleLine l) {
        List<LineView> rows = switch (l.kind()) {
            case NOTE -> List.of(new LineView("note", "", "note", l.text(), "", 0, false, null, false));
            case BINARY -> List.of(new LineView(l.fromClient() ? "client" : "server", l.direction().prefix() + ":", "binary",
                    l.text(), "", 0, l.insideTls(), null, false)); // the console already says how many bytes and their hex
            case LINE, LITERAL -> ExchangeLanes.rows(new ExchangeLanes.Item(l.direction(),
                    l.kind() == ConsoleLine.Kind.LINE ? TranscriptItem.Kind.LINE : TranscriptItem.Kind.LITERAL,
                    l.insideTls() ? Layer.DECRYPTED : Layer.CLEARTEXT, null, l.length(), l.text(), false),
                    l.service() == null ? null : l.service().protocol(), "", 0, false);
        };
        return rows.stream().map(row -> new Line(l.pane(), row.lane(), row.kind(), row.prefix(), row.text(), row.insideTls(),
                row.explain() == null ? null : row.explain().id(),
                templates.renderFragment("shared/fragments", "wire-row", Map.of("l", row)))).toList();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the lab's JSON", e);
        }
    }
}
