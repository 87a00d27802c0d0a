package org.mailsim.web.setup;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.javalin.http.Context;
import org.mailsim.live.ClientSetup;
import org.mailsim.live.LiveServerInfo;
import org.mailsim.classroom.StudentMail;
import org.mailsim.setup.ClassAccounts;
import org.mailsim.setup.MailServerSettings;
import org.mailsim.store.Account;
import org.mailsim.web.ErrorPages;
import org.mailsim.web.Templates;
import org.mailsim.web.Version;

/**
 * {@code GET /setup/accounts}: one printable card per class account (login, address, password,
 * and a QR code opening that account's setup page), then each joined student's own account
 * ({@code k7q2mx-12}, see {@link StudentMail}); only for a browser on this computer, since
 * it shows every password. {@code GET /setup/{login}/qr.png}: the code itself.
 */
public final class AccountCardsPage {
    private final Templates templates;
    private final ErrorPages errors;
    private final Supplier<LiveServerInfo> server;

    AccountCardsPage(Templates templates, ErrorPages errors, Supplier<LiveServerInfo> server) {
        this.templates = templates;
        this.errors = errors;
        this.server = server;
    }

    public record Card(String login, String address, String password, String pageUrl, String qrHref) { }

    /** @param classAccounts false when serve ran without --accounts: the cards show the demo accounts */
    public record CardsView(String version, String host, List<Card> cards, boolean classAccounts, String advice) { }

    void show(Context ctx) {
        if (!SetupLinks.fromThisComputer(ctx)) {
            errors.explained(ctx, 403, "Only on the instructor's computer",
                    "The account cards show every password, so mailsim shows them only to a browser on the computer it runs on. "
                            + "Students scan the QR code on their card, or open /setup/<their login>.");
            return;
        }
        LiveServerInfo info = server.get();
        MailServerSettings settings = MailServerSettings.of(info);
        List<Account> students = info.accounts().stream().filter(a -> ClassAccounts.isClassLogin(a.login()) || StudentMail.isStudentLogin(a.login())).toList();
        List<Account> shown = students.isEmpty() ? info.accounts() : students;
        List<Card> cards = shown.stream().map(a -> new Card(a.login(), a.address(), a.password(),
                SetupLinks.setupUrl(settings, ctx, a.login()), "/setup/" + a.login() + "/qr.png")).toList();
        String advice = ClientSetup.of(info, ClientSetup.networkAddresses()).advice();
        ctx.header("Cache-Control", "no-store");
        ctx.html(templates.render("setup/accounts", Map.of("view",
                new CardsView(Version.current(), settings.host(), cards, !students.isEmpty(), advice))));
    }

    void qr(Context ctx) {
        LiveServerInfo info = server.get();
        String login = ctx.pathParam("login");
        if (info.accounts().stream().noneMatch(a -> a.login().equals(login))) {
            errors.notFound(ctx);
            return;
        }
        ctx.contentType("image/png").result(QrCodes.png(SetupLinks.setupUrl(MailServerSettings.of(info), ctx, login)));
    }
}
