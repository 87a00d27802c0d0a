package org.mailsim.web;

import java.util.Locale;
import java.util.Map;

import org.mailsim.web.cache.StaticAssets;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Thymeleaf over the templates in {@code /templates/} on the classpath, named by feature folder
 * ({@code "player/player"}); fragments every page uses are in {@code shared/}. Output is escaped by default.
 */
public final class Templates {
    private final TemplateEngine engine = new TemplateEngine();

    public Templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.addDialect(new org.mailsim.web.rfc.RfcDialect()); // #rfc.parts(text): citations as links (web/rfc)
    }

    /**
     * Prepares what the first page would otherwise wait for: Thymeleaf builds its dialects' tables on
     * first use, its HTML escaper its table of HTML5 character references, and the stylesheet is
     * read and compressed once (some 0.3 s of a cold JVM; {@code serve} runs this beside its start,
     * docs/benchmarks.md "Start-up").
     */
    public void warmUp() {
        engine.getConfiguration();
        org.unbescape.html.HtmlEscape.escapeHtml5("<warm & up>");
        StaticAssets.link("<link rel=\"stylesheet\" href=\"/static/mailsim.css\">");
    }

    public String render(String template, Map<String, Object> model) {
        return StaticAssets.link(engine.process(template, new Context(Locale.ENGLISH, model)));
    }

    /** One {@code th:fragment} of a template alone: a piece of a page to send to a page already open. */
    public String renderFragment(String template, String fragment, Map<String, Object> model) {
        return StaticAssets.link(engine.process(template, java.util.Set.of(fragment), new Context(Locale.ENGLISH, model)));
    }
}
