package org.mailsim.web.catalog;

import java.util.List;
import java.util.Map;

import io.javalin.http.Context;
import org.mailsim.scenario.CatalogEntry;
import org.mailsim.scenario.ScenarioCatalog;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;
import org.mailsim.yaml.YamlProblem;

/**
 * {@code GET /scenarios}: every scenario once, with filters by words, exam, objective, protocol and
 * level ({@code ?q=&exam=&objective=&protocol=&level=}, applied as they change when JavaScript
 * runs), and the files that failed to load.
 */
public final class CatalogPage {
    private final Templates templates;
    private final ScenarioLibrary library;

    public CatalogPage(Templates templates, ScenarioLibrary library) {
        this.templates = templates;
        this.library = library;
    }

    record Failure(String file, List<String> problems) { }

    record CatalogView(CatalogList catalog, List<Failure> failures, String version) { }

    public void show(Context ctx) {
        ScenarioCatalog catalog = library.current();
        var filter = new CatalogList.Filter(ctx.queryParam("q"), ctx.queryParam("exam"), ctx.queryParam("objective"),
                ctx.queryParam("protocol"), ctx.queryParam("level"));
        List<Failure> failures = catalog.failures().stream().map(CatalogPage::failure).toList();
        ctx.html(templates.render("catalog/scenarios", Map.of("view",
                new CatalogView(CatalogList.of(catalog.scenarios(), filter), failures, Version.current()))));
    }

    private static Failure failure(CatalogEntry.Failed failed) {
        return new Failure(failed.file(), failed.problems().stream().map(CatalogPage::problem).toList());
    }

    /** {@code file:line:column: message}, as compilers write it. */
    private static String problem(YamlProblem p) {
        return p.toString();
    }
}
