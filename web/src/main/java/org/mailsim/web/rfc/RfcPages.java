package org.mailsim.web.rfc;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;
import org.mailsim.rfc.Rfc;
import org.mailsim.rfc.RfcIndex;
import org.mailsim.rfc.RfcSection;
import org.mailsim.web.ErrorPages;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;

/**
 * {@code GET /rfc}: the RFCs mailsim cites; {@code GET /rfc/{n}?s=6.4.5}: one RFC's sections, the
 * one named by {@code s} marked as cited. Everything comes from the index in the jar, so the pages
 * work without a network; each links on to the RFC Editor's full text for when there is one.
 */
public final class RfcPages {
    private final Templates templates;
    private final ErrorPages errors;
    private final RfcIndex index;

    public RfcPages(Templates templates, ErrorPages errors, RfcIndex index) {
        this.templates = templates;
        this.errors = errors;
        this.index = index;
    }

    /** One section as the page lists it: indented by depth, marked when it is the one cited. */
    record SectionRow(String number, String title, String anchor, int depth, boolean cited, String summary, String external) {
        static SectionRow of(RfcSection s, String cited) {
            return new SectionRow(s.number(), s.title(), s.anchor(), s.number().split("\\.").length - 1,
                    s.number().equalsIgnoreCase(cited), s.summary().orElse(null), s.editorUrl());
        }
    }

    record RfcView(int number, String title, String external, List<SectionRow> sections, Optional<SectionRow> cited, String version) { }

    record IndexRow(int number, String title, String href, int summaries) { }

    record IndexView(List<IndexRow> rfcs, String version) { }

    public void list(Context ctx) {
        List<IndexRow> rows = index.rfcs().stream().map(r -> new IndexRow(r.number(), r.title(), r.offlinePath(),
                (int) r.sections().stream().filter(s -> s.summary().isPresent()).count())).toList();
        ctx.html(templates.render("rfc/rfc-list", Map.of("view", new IndexView(rows, Version.current()))));
    }

    public void show(Context ctx) {
        Optional<Rfc> rfc = number(ctx.pathParam("number")).flatMap(index::rfc);
        if (rfc.isEmpty()) {
            errors.explained(ctx, 404, "No such RFC here",
                    "mailsim's pages hold the RFCs its lessons and questions cite; RFC " + ctx.pathParam("number")
                            + " is not one of them. The list is at /rfc.");
            return;
        }
        String cited = Optional.ofNullable(ctx.queryParam("s")).orElse("");
        List<SectionRow> rows = rfc.get().sections().stream().map(s -> SectionRow.of(s, cited)).toList();
        RfcView view = new RfcView(rfc.get().number(), rfc.get().title(), rfc.get().editorUrl(), rows,
                rows.stream().filter(SectionRow::cited).findFirst(), Version.current());
        ctx.html(templates.render("rfc/rfc", Map.of("view", view)));
    }

    private static Optional<Integer> number(String text) {
        return text != null && text.matches("\\d{1,5}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }
}
