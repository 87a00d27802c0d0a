package org.mailsim.scenario.device;

import java.util.concurrent.atomic.AtomicReference;

import org.mailsim.scenario.device.imap.ImapApp;
import org.mailsim.scenario.device.pop3.Pop3App;
import org.mailsim.scenario.device.smtp.SmtpOnlyApp;
import org.mailsim.scenario.device.smtp.SmtpSender;

/** The app a device runs, by the protocol its user chose for incoming mail. */
public final class MailApps {
    private MailApps() { }

    public static MailApp create(AppContext context) {
        return switch (context.device().protocol()) {
            case IMAP -> {
                // The app sends through SMTP with the same trust decision the user made for IMAP.
                AtomicReference<ImapApp> app = new AtomicReference<>();
                app.set(new ImapApp(context, new SmtpSender(() -> app.get().trustsCertificate())));
                yield app.get();
            }
            case POP3 -> new Pop3App(context);
            case SMTP -> new SmtpOnlyApp(context);
        };
    }
}
