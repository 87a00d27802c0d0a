package org.mailsim.web.live;


import io.javalin.Javalin;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.mailsim.live.LiveServerFixture;
import org.mailsim.store.Account;
import org.mailsim.web.WebApp;

/**
 * What {@code serve} runs, for tests: the live server on free loopback ports, with one more
 * account whose password appears nowhere else, and the web app following it.
 */
final class LiveWebFixture implements AutoCloseable {
    final LiveServerFixture live;
    final Javalin web;
    final String base;
    private final String login;
    private final String password;

    LiveWebFixture(String login, String password) throws Exception {
        this.login = login;
        this.password = password;
        live = new LiveServerFixture();
        live.server.store().addAccount(new Account(login, password, login + "@mailsim.test", 0));
        web = WebApp.create(WebApp.Parts.of(live.server::info).withLive(live.server.monitor())).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + web.port();
    }

    /**
     * The account logged in with Angus Mail over IMAPS. Without SASL, Angus Mail logs in with the
     * LOGIN command, so the password is a plain argument on the line: the case to hide.
     */
    Store imapsWithLoginCommand() throws Exception {
        Session session = live.mailSession("imaps", false);
        session.getProperties().put("mail.imaps.auth.plain.disable", "true");
        session.getProperties().put("mail.imaps.auth.login.disable", "true");
        Store store = session.getStore("imaps");
        store.connect(login, password);
        return store;
    }

    @Override
    public void close() throws Exception {
        web.stop();
        live.close();
    }
}
