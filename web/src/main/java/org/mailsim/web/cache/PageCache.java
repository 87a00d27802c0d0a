package org.mailsim.web.cache;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.javalin.http.Context;

/**
 * Rendered pages that are the same for every visitor (player steps, the catalog, the home page,
 * explanations), kept with their gzipped bytes and a strong ETag, so when a class of 200 presses
 * Next at once the page is rendered and compressed once, and a browser that has it gets a
 * {@code 304}. Registered as a {@code before} handler that answers from the cache and an
 * {@code after} handler that keeps what the page's own handler rendered, so no handler changes.
 *
 * <p>Pages are kept against a version: the scenario catalog as the library has it now (reloaded
 * when the {@code --scenarios} folder changes, on the next page load, as before) and the live
 * server's details the home page shows, and the question bank's generation (an instructor's
 * {@code --questions} folder, read again when a file in it changes). When the version differs, everything kept is dropped,
 * so an edited scenario file gives new bytes and a new ETag on the next load.
 *
 * <p>A page not kept yet is rendered once however many ask for it at the same moment: the first
 * request renders it, the others wait for that rendering (at most {@value #WAIT_SECONDS} s, then
 * render it themselves), so a class opening a new step does not render it 50 times over.
 *
 * <p>Never kept: other methods than GET, any status but 200, responses that set a cookie, and
 * requests carrying a classroom cookie (pages for a signed-in student or instructor may show
 * their own class). Query strings are part of the key, with parameters sorted; the number of
 * pages kept is bounded, so arbitrary {@code ?q=} values cannot fill the memory.
 */
public final class PageCache {
    /**
     * The pages that depend only on the catalog, the question bank and the live server's details
     * ({@code /quiz} is the bank's picker; a quiz taken is the visitor's own, and not kept).
     */
    private static final Pattern CACHEABLE = Pattern.compile(
            "/|/scenarios|/scenarios/[^/]+|/scenarios/[^/]+/steps/[0-9]+|/explain|/rfc(/.*)?|/quiz");
    /** Cookies that make a page someone's own (the classroom's student and instructor sign-ins). */
    private static final Set<String> PERSONAL_COOKIES = Set.of("mailsim_student", "mailsim_teach");
    private static final String PENDING = PageCache.class.getName() + ".pending";
    private static final int MAX_PAGES = 2_000;
    static final int WAIT_SECONDS = 10;

    private final Supplier<List<Object>> version;
    private final boolean enabled;
    private List<Object> keptFor = List.of();
    /** Pages being rendered now, by key: completed with the page, or with null when it was not kept. */
    private final Map<String, CompletableFuture<CachedBody>> rendering = new ConcurrentHashMap<>();
    private final Map<String, CachedBody> pages = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CachedBody> eldest) {
            return size() > MAX_PAGES;
        }
    };

    /**
     * @param version what the cached pages are made from; compared element by element
     *                (same object, or equal), and everything is dropped when it changes
     * @param enabled {@code false} renders every page afresh (for tests that compare both)
     */
    public PageCache(Supplier<List<Object>> version, boolean enabled) {
        this.version = version;
        this.enabled = enabled;
    }

    /** {@code before}: answers from the cache when it can, and marks a request whose page should be kept. */
    public void before(Context ctx) {
        String key = key(ctx);
        if (key == null) return;
        List<Object> now = version.get();
        CachedBody kept = lookUp(key, now);
        CompletableFuture<CachedBody> mine = new CompletableFuture<>();
        CompletableFuture<CachedBody> other = kept == null ? rendering.putIfAbsent(key, mine) : null;
        if (other != null) kept = waitFor(other);
        if (kept != null) {
            kept.send(ctx, "no-cache");
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(PENDING, new Pending(key, now, other == null ? mine : null));
    }

    /** The page another request is rendering; null if it was not kept or took too long. */
    private static CachedBody waitFor(CompletableFuture<CachedBody> other) {
        try {
            return other.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    /** A page to keep once rendered, the version it was asked for under, and the rendering others wait for (or null). */
    private record Pending(String key, List<Object> version, CompletableFuture<CachedBody> rendering) { }

    /** {@code after}: keeps the page the handler rendered, then sends it as a cached page is sent. */
    public void after(Context ctx) throws IOException {
        Pending pending = ctx.attribute(PENDING);
        if (pending == null) return;
        CachedBody body = null;
        try {
            body = rendered(ctx);
            if (body == null) return;
            keep(pending, body);
            body.send(ctx, "no-cache");
        } finally {
            if (pending.rendering() != null) { // those waiting for it get it (or render it themselves)
                rendering.remove(pending.key(), pending.rendering());
                pending.rendering().complete(body);
            }
        }
    }

    /** The page as its handler rendered it, if it may be kept. */
    private static CachedBody rendered(Context ctx) throws IOException {
        if (ctx.statusCode() != 200 || ctx.res().containsHeader("Set-Cookie") || ctx.res().containsHeader("Content-Encoding")) return null;
        InputStream result = ctx.resultInputStream();
        String type = ctx.res().getContentType();
        if (result == null || type == null || !type.startsWith("text/html")) return null;
        return CachedBody.of(type, result.readAllBytes());
    }

    private String key(Context ctx) {
        if (!enabled || !ctx.method().name().equals("GET") || !CACHEABLE.matcher(ctx.path()).matches()) return null;
        for (String cookie : ctx.cookieMap().keySet()) {
            if (PERSONAL_COOKIES.contains(cookie)) return null;
        }
        Map<String, List<String>> query = new TreeMap<>(ctx.queryParamMap());
        if (query.isEmpty()) return ctx.path();
        List<String> parts = new ArrayList<>();
        query.forEach((name, values) -> values.forEach(v -> parts.add(name + "=" + v)));
        return ctx.path() + "?" + String.join("&", parts);
    }

    private CachedBody lookUp(String key, List<Object> now) {
        synchronized (pages) {
            if (!sameVersion(now)) {
                pages.clear();
                keptFor = now;
            }
            return pages.get(key);
        }
    }

    /** Kept only if the catalog did not change while the page rendered (it would be the old page). */
    private void keep(Pending pending, CachedBody body) {
        List<Object> now = version.get();
        synchronized (pages) {
            if (sameVersion(pending.version()) && sameVersion(now)) pages.put(pending.key(), body);
        }
    }

    /** Whether {@code now} is the version the kept pages were made from (same objects, or equal). */
    private boolean sameVersion(List<Object> now) {
        if (now.size() != keptFor.size()) return false;
        for (int i = 0; i < now.size(); i++) {
            Object a = now.get(i);
            Object b = keptFor.get(i);
            if (a != b && (a == null || !a.equals(b))) return false;
        }
        return true;
    }
}
