package org.mailsim.web.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.cache.PageCacheTest.Running;

class StaticAssetsTest {
    @Test
    void pagesLinkTheStylesheetByItsContentHashWhichIsKeptForAYear() throws Exception {
        try (Running app = Running.start(new ScenarioLibrary(Optional.empty()), true)) {
            String home = new String(app.get("/").body());
            Matcher link = Pattern.compile("href=\"(/static/mailsim\\.css\\?v=([0-9a-f]{20}))\"").matcher(home);
            assertThat(link.find()).as("the stylesheet's link carries its hash").isTrue();
            byte[] file;
            try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream("static/mailsim.css")) {
                file = in.readAllBytes();
            }
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
            assertThat(sha).startsWith(link.group(2));
            assertThat(home).contains("src=\"/static/catalog.js?v=");

            var hashed = app.get(link.group(1), "Accept-Encoding", "gzip");
            assertThat(hashed.statusCode()).isEqualTo(200);
            assertThat(hashed.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
            assertThat(hashed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
            assertThat(hashed.headers().firstValue("Content-Encoding")).contains("gzip");
            try (var in = new GZIPInputStream(new ByteArrayInputStream(hashed.body()))) {
                assertThat(in.readAllBytes()).isEqualTo(file);
            }
            assertThat(app.get(link.group(1), "Accept-Encoding", "gzip").body()).as("compressed once").isEqualTo(hashed.body());

            var plain = app.get("/static/mailsim.css");
            assertThat(plain.body()).isEqualTo(file);
            assertThat(plain.headers().firstValue("Cache-Control")).as("the old URL works, revalidated").contains("no-cache");
            assertThat(app.get("/static/mailsim.css?v=0000", "If-None-Match", plain.headers().firstValue("ETag").orElseThrow())
                    .statusCode()).isEqualTo(304);
            assertThat(app.get("/static/no-such-file.css").statusCode()).isEqualTo(404);
            assertThat(app.get("/static/..%2Fapplication.properties").statusCode()).isEqualTo(404);
        }
    }
}
