package org.mailsim.web.setup;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.javalin.http.Context;
import org.mailsim.live.LiveServerInfo;
import org.mailsim.setup.AppleProfile;
import org.mailsim.setup.CertificateFiles;
import org.mailsim.setup.MailServerSettings;
import org.mailsim.store.Account;
import org.mailsim.web.ErrorPages;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;

/**
 * {@code GET /setup/{login}}: what the QR code opens on the student's device — the Apple profile,
 * the settings to type on Android (and in any other app), and the certificate to install.
 *
 * <p>No password travels in the QR code, the page or the profile: the page is plain HTTP on the
 * classroom network and anyone there can open any login's page, so it carries only what is no
 * secret (server, ports, login). The student types the password from the printed card, which is
 * also what a real provider expects: the device asks for it when the profile is installed.
 */
public final class DeviceSetupPage {
    private final Templates templates;
    private final ErrorPages errors;
    private final Supplier<LiveServerInfo> server;

    DeviceSetupPage(Templates templates, ErrorPages errors, Supplier<LiveServerInfo> server) {
        this.templates = templates;
        this.errors = errors;
        this.server = server;
    }

    public record DeviceView(String version, String login, String address, String host, int imapsPort, int submissionPort,
                      String profileHref, String fingerprint, String lessonHref) { }

    void show(Context ctx) {
        LiveServerInfo info = server.get();
        Optional<Account> account = account(info, ctx);
        if (account.isEmpty()) {
            noSuchAccount(ctx);
            return;
        }
        MailServerSettings s = MailServerSettings.of(info);
        String login = account.get().login();
        ctx.html(templates.render("setup/device", Map.of("view", new DeviceView(Version.current(), login, account.get().address(),
                s.host(), s.imapsPort(), s.submissionPort(), "/setup/" + login + "/mailsim.mobileconfig",
                info.certificateFingerprint(), "/setup/how-apps-find-servers"))));
    }

    /** {@code GET /setup/{login}/mailsim.mobileconfig}: iOS and macOS offer to install what this type announces. */
    void profile(Context ctx) {
        LiveServerInfo info = server.get();
        Optional<Account> account = account(info, ctx);
        if (account.isEmpty()) {
            noSuchAccount(ctx);
            return;
        }
        Account a = account.get();
        ctx.contentType(AppleProfile.CONTENT_TYPE);
        ctx.header("Content-Disposition", "attachment; filename=\"mailsim-" + a.login() + ".mobileconfig\"");
        ctx.result(AppleProfile.plist(MailServerSettings.of(info), a.login(), a.address(), CertificateFiles.der(info.certificatePem())));
    }

    private static Optional<Account> account(LiveServerInfo info, Context ctx) {
        String login = ctx.pathParam("login");
        return info.accounts().stream().filter(a -> a.login().equals(login)).findFirst();
    }

    private void noSuchAccount(Context ctx) {
        errors.explained(ctx, 404, "No such account",
                "There is no account with that login on this mail server. Check the login on your card, or ask your instructor.");
    }
}
