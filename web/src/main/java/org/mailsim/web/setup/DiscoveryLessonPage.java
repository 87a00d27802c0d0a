package org.mailsim.web.setup;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.javalin.http.Context;
import org.mailsim.live.LiveServerInfo;
import org.mailsim.scenario.Exam;
import org.mailsim.scenario.ObjectiveTitles;
import org.mailsim.setup.Autoconfig;
import org.mailsim.setup.Autodiscover;
import org.mailsim.setup.MailServerSettings;
import org.mailsim.setup.SrvRecords;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;

/**
 * {@code GET /setup/how-apps-find-servers}: how a mail app turns an address into server settings
 * — DNS SRV records, Mozilla autoconfig, Outlook Autodiscover — each exchange shown as this
 * server would answer it right now (the documents are the ones it serves).
 */
public final class DiscoveryLessonPage {
    static final String OBJECTIVE = "1.3";
    private final Templates templates;
    private final Supplier<LiveServerInfo> server;

    DiscoveryLessonPage(Templates templates, Supplier<LiveServerInfo> server) {
        this.templates = templates;
        this.server = server;
    }

    public record SrvRow(String zoneLine, String why) { }

    public record LessonView(String version, String objective, String domain, String address, List<SrvRow> srv, String addressRecord,
                      String autoconfigRequest, String autoconfigResponse, String autodiscoverRequest, String autodiscoverResponse) { }

    void show(Context ctx) {
        MailServerSettings s = MailServerSettings.of(server.get());
        String address = "student01@" + s.domain();
        String host = s.urlHost() + ":" + ctx.req().getLocalPort();
        List<SrvRow> srv = SrvRecords.of(s).stream().map(r -> new SrvRow(r.zoneLine(s.domain()), r.why())).toList();
        String objective = "A+ 220-1201 " + OBJECTIVE + ": " + ObjectiveTitles.title(Exam.A_PLUS_CORE1_1201, OBJECTIVE).orElseThrow();
        String autoconfigRequest = "GET /.well-known/autoconfig/mail/config-v1.1.xml HTTP/1.1\nHost: " + host;
        String requestBody = Autodiscover.request(address);
        String autodiscoverRequest = "POST /autodiscover/autodiscover.xml HTTP/1.1\nHost: " + host
                + "\nContent-Type: text/xml\n\n" + requestBody;
        ctx.html(templates.render("setup/how-apps-find-servers", Map.of("view", new LessonView(Version.current(), objective,
                s.domain(), address, srv, SrvRecords.addressRecord(s).orElse(""), autoconfigRequest, Autoconfig.xml(s),
                autodiscoverRequest, Autodiscover.answer(s, requestBody.getBytes(java.nio.charset.StandardCharsets.UTF_8))))));
    }
}
