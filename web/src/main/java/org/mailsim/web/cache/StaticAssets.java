package org.mailsim.web.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/**
 * The files of {@code /static/} (stylesheet, scripts, icon), read from the classpath once, gzipped
 * once, and linked from every rendered page with their content hash ({@code /static/mailsim.css?v=…}),
 * so a browser keeps them for a year without asking again ({@code immutable}, RFC 8246) and a new
 * build's file has a new URL. The hash is in the query rather than the file name so that the links
 * stay the same text the templates write; a URL without the hash, or with an old one, still works,
 * with {@code no-cache} (the browser revalidates with the ETag and gets a {@code 304}).
 */
public final class StaticAssets {
    /** A link to a top-level static file, as the templates write it. */
    private static final Pattern LINK = Pattern.compile("(src|href)=\"/static/([A-Za-z0-9_-][A-Za-z0-9._-]*)\"");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
    static final String FOREVER = "public, max-age=31536000, immutable";
    private static final Map<String, Optional<CachedBody>> FILES = new ConcurrentHashMap<>();

    private StaticAssets() { }

    /** {@code GET /static/{file}}. */
    public static void serve(Context ctx) {
        CachedBody file = find(ctx.pathParam("file")).orElseThrow(NotFoundResponse::new);
        file.send(ctx, file.hash().equals(ctx.queryParam("v")) ? FOREVER : "no-cache");
    }

    /** The page with each {@code /static/} link given its file's content hash. */
    public static String link(String html) {
        if (!html.contains("/static/")) return html;
        Matcher m = LINK.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (m.find()) {
            String replacement = find(m.group(2))
                    .map(f -> m.group(1) + "=\"/static/" + m.group(2) + "?v=" + f.hash() + "\"")
                    .orElse(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    static Optional<CachedBody> find(String name) {
        if (!NAME.matcher(name).matches()) return Optional.empty();
        return FILES.computeIfAbsent(name, StaticAssets::load);
    }

    private static Optional<CachedBody> load(String name) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream("static/" + name)) {
            if (in == null) return Optional.empty();
            return Optional.of(CachedBody.of(contentType(name), in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "json" -> "application/json";
            case "png" -> "image/png";
            case "woff2" -> "font/woff2";
            default -> "application/octet-stream";
        };
    }
}
