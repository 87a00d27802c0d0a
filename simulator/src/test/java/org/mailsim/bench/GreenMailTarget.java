package org.mailsim.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import java.util.Properties;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * GreenMail (test-scope dependency) as a {@link BenchTarget}: plain IMAP, POP3 and SMTP on free
 * loopback ports, messages seeded straight into its in-memory store. GreenMail's own 30 s client
 * socket timeout is raised to one hour so that thousands of IDLE connections opened one batch after
 * another are not dropped while the rest are still connecting; nothing else is tuned.
 */
final class GreenMailTarget implements BenchTarget {
    private static final int CLIENT_SOCKET_TIMEOUT_MILLIS = 60 * 60 * 1000;

    private final GreenMail greenMail = new GreenMail(new ServerSetup[] {
            setup(ServerSetup.PROTOCOL_IMAP), setup(ServerSetup.PROTOCOL_POP3), setup(ServerSetup.PROTOCOL_SMTP)});
    private final Session mailSession = Session.getInstance(new Properties());

    @Override
    public String name() {
        return "greenmail";
    }

    @Override
    public void start() {
        greenMail.start();
        greenMail.getImap().setClientSocketTimeout(CLIENT_SOCKET_TIMEOUT_MILLIS);
        greenMail.getPop3().setClientSocketTimeout(CLIENT_SOCKET_TIMEOUT_MILLIS);
        greenMail.getSmtp().setClientSocketTimeout(CLIENT_SOCKET_TIMEOUT_MILLIS);
    }

    @Override
    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    @Override
    public int pop3Port() {
        return greenMail.getPop3().getPort();
    }

    @Override
    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    @Override
    public boolean smtpRequiresAuth() {
        return false; // GreenMail delivers plain SMTP to its local users without AUTH
    }

    @Override
    public void addAccount(String login, String password) {
        greenMail.setUser(login + "@" + DOMAIN, login, password);
    }

    @Override
    public void seedMessages(String login, int count, int sizeBytes) throws IOException {
        MailFolder inbox = inbox(login);
        for (int seq = 1; seq <= count; seq++) {
            try {
                MimeMessage message = new MimeMessage(mailSession, new ByteArrayInputStream(BenchMessages.message(seq, sizeBytes)));
                inbox.appendMessage(message, new Flags(), new Date());
            } catch (MessagingException e) {
                throw new IOException("GreenMail refused a seeded message", e);
            }
        }
    }

    @Override
    public int messageCount(String login) throws IOException {
        return inbox(login).getMessageCount();
    }

    @Override
    public long usedHeapAfterGc() {
        return Heap.usedAfterGc();
    }

    @Override
    public String describe() {
        var properties = new Properties();
        try (var in = GreenMail.class.getResourceAsStream("/META-INF/maven/com.icegreen/greenmail/pom.properties")) {
            if (in != null) properties.load(in);
        } catch (IOException e) {
            properties.clear();
        }
        return "GreenMail " + properties.getProperty("version", "(version unknown)") + " on " + Heap.machine();
    }

    @Override
    public void stop() {
        greenMail.stop();
    }

    private MailFolder inbox(String login) throws IOException {
        GreenMailUser user = greenMail.getUserManager().getUser(login);
        if (user == null) throw new IOException("no such GreenMail account");
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(user);
        } catch (FolderException e) {
            throw new IOException("GreenMail has no INBOX for the account", e);
        }
    }

    private static ServerSetup setup(String protocol) {
        return new ServerSetup(0, "127.0.0.1", protocol).dynamicPort();
    }
}
