package org.mailsim.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

import io.javalin.http.Context;

/**
 * One response body kept in memory: its bytes, the same bytes gzipped once, and a strong
 * entity tag made from a hash of the bytes (RFC 9110 §8.8.3), so equal bytes always get the
 * same tag and changed bytes a new one.
 *
 * @param contentType  the {@code Content-Type} to send
 * @param bytes        the body as rendered
 * @param gzip         the body gzipped, or {@code null} when gzip would not make it smaller
 * @param hash         hex SHA-256 of {@code bytes}, shortened; the entity tag's value
 */
public record CachedBody(String contentType, byte[] bytes, byte[] gzip, String hash) {

    public static CachedBody of(String contentType, byte[] bytes) {
        byte[] gzip = gzip(bytes);
        return new CachedBody(contentType, bytes, gzip.length < bytes.length ? gzip : null, sha256(bytes).substring(0, 20));
    }

    /** The tag of the uncompressed bytes; the gzipped bytes are a different representation, so their tag differs (RFC 9110 §8.8.3). */
    public String etag() {
        return "\"" + hash + "\"";
    }

    private String gzipEtag() {
        return "\"" + hash + "-gz\"";
    }

    /**
     * Sends this body: {@code 304} when the request's {@code If-None-Match} names either of its
     * tags (RFC 9110 §13.1.2 compares them weakly), else the gzipped bytes when the client
     * accepts gzip, else the plain bytes. Javalin's own compression is turned off for the
     * response, so nothing is compressed twice.
     */
    public void send(Context ctx, String cacheControl) {
        ctx.disableCompression();
        ctx.header("Cache-Control", cacheControl);
        ctx.header("Vary", "Accept-Encoding");
        boolean gzipped = gzip != null && acceptsGzip(ctx.header("Accept-Encoding"));
        ctx.header("ETag", gzipped ? gzipEtag() : etag());
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag()) || ifNoneMatch.contains(gzipEtag()) || ifNoneMatch.strip().equals("*"))) {
            ctx.status(304);
            ctx.result(new byte[0]);
            return;
        }
        ctx.contentType(contentType);
        if (gzipped) {
            ctx.header("Content-Encoding", "gzip");
            ctx.result(gzip);
        } else {
            ctx.result(bytes);
        }
    }

    /** {@code gzip} listed in {@code Accept-Encoding} and not with {@code q=0} (RFC 9110 §12.5.3). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.strip().split(";");
            String coding = pieces[0].strip();
            if (!coding.equalsIgnoreCase("gzip") && !coding.equals("*")) continue;
            boolean refused = false;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip().replace(" ", "");
                if (p.matches("q=0(\\.0{0,3})?")) refused = true;
            }
            return !refused;
        }
        return false;
    }

    private static byte[] gzip(byte[] bytes) {
        var out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
