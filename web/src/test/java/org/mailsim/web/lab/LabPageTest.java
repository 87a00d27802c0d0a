package org.mailsim.web.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailsim.lab.LabLimits;
import org.mailsim.lab.SandboxRegistry;
import org.mailsim.web.LabClient;

/**
 * The lab's page costs no sandbox: it is the same bytes for everyone (a strong ETag, a 304 for a
 * browser that has it) and only gives a new browser its id; the sandbox is made when the console
 * connects over the WebSocket, and a reload of the same browser finds the same sandbox again.
 */
class LabPageTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private SandboxRegistry registry;
    private Javalin app;
    private String base;

    @BeforeEach
    void start() {
        registry = new SandboxRegistry(LabLimits.DEFAULTS);
        app = LabLimitsTest.labOnly(registry);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterEach
    void stop() {
        app.stop();
        registry.close();
    }

    @Test
    void openingThePageMakesNoSandboxAndItsBytesAreTheSameForEveryVisitor() throws Exception {
        HttpResponse<String> first = get(null, null);
        HttpResponse<String> second = get(null, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo(second.body()).contains("/lab/socket");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(second.headers().firstValue("ETag")).contains(etag);
        assertThat(cookie(first)).isNotEqualTo(cookie(second)); // each new browser its own id
        assertThat(registry.size()).as("two visits, no console connected yet").isZero();
        HttpResponse<String> again = get(cookie(first), etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.headers().firstValue("Set-Cookie")).as("a browser with an id keeps it").isEmpty();
        assertThat(registry.size()).isZero();
    }

    @Test
    void theConsolesSocketMakesTheSandboxAndAReloadKeepsIt() throws Exception {
        try (LabClient tab = LabClient.visit(base)) {
            assertThat(registry.size()).isEqualTo(1);
            assertThat(tab.connect("phone", "IMAPS").toString()).contains("* OK");
            assertThat(tab.send("phone", "a1 LOGIN alice alice")).anySatisfy(l -> assertThat(l).startsWith("a1 OK"));
            // A reload: the same cookie, the page again, a new socket.
            assertThat(get(tab.cookie, null).headers().firstValue("Set-Cookie")).isEmpty();
            try (LabClient reloaded = LabClient.withCookie(base, tab.cookie)) {
                assertThat(reloaded.hello().toString()).as("the same sandbox, its session still there").contains("a1 LOGIN alice alice");
                assertThat(reloaded.send("phone", "a2 NOOP")).containsExactly("a2 OK NOOP completed");
            }
            assertThat(registry.size()).isEqualTo(1);
        }
    }

    @Test
    void theLimitOnSandboxesStillHoldsWhenTheyAreMadeBySockets() throws Exception {
        SandboxRegistry small = new SandboxRegistry(LabLimits.DEFAULTS.withMaxSandboxes(2));
        Javalin smallApp = LabLimitsTest.labOnly(small);
        String smallBase = "http://127.0.0.1:" + smallApp.port();
        try (LabClient a = LabClient.visit(smallBase); LabClient b = LabClient.visit(smallBase); LabClient c = LabClient.visit(smallBase)) {
            assertThat(small.size()).isEqualTo(2);
            assertThat(a.next("closed").path("message").asText()).contains("closed to make room");
            assertThat(c.connect("laptop", "POP3S").toString()).contains("+OK");
        } finally {
            smallApp.stop();
            small.close();
        }
    }

    private HttpResponse<String> get(String cookie, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/lab"));
        if (cookie != null) request.header("Cookie", cookie);
        if (ifNoneMatch != null) request.header("If-None-Match", ifNoneMatch);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookie(HttpResponse<String> page) {
        String set = page.headers().firstValue("Set-Cookie").orElseThrow();
        return set.substring(0, set.indexOf(';'));
    }
}
