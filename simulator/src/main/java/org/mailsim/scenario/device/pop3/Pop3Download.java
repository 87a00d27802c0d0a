package org.mailsim.scenario.device.pop3;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mailsim.scenario.DeviceSettings;
import org.mailsim.scenario.device.AppContext;

/**
 * "Check mail" for a POP account, one whole session (RFC 1939 §3): log in, {@code STAT},
 * {@code UIDL}, {@code RETR} each message whose UIDL is new, {@code DELE} what should leave the
 * server, {@code QUIT}. Only that QUIT, in the TRANSACTION state, makes the server remove the
 * marked messages (RFC 1939 §6 UPDATE); then the connection closes, as POP3 clients do.
 */
final class Pop3Download {

    private final AppContext context;
    private final UidlRecord record;
    private final LocalMailbox mailbox;

    Pop3Download(AppContext context, UidlRecord record, LocalMailbox mailbox) {
        this.context = context;
        this.record = record;
        this.mailbox = mailbox;
    }

    /** The notices: how many arrived and how many left the server. */
    List<String> run(boolean userTrustsCertificate) throws IOException, Pop3Trouble {
        try (Pop3Client pop = Pop3Login.open(context, userTrustsCertificate)) {
            expectOk(pop.command("STAT"), "STAT");                                   // RFC 1939 §5: count and size
            expectOk(pop.command("UIDL"), "UIDL");                                   // RFC 1939 §7: "n unique-id" lines
            Map<Integer, String> maildrop = uidls(pop.lines());
            Instant now = context.clock().instant();
            int downloaded = 0;
            for (Map.Entry<Integer, String> message : maildrop.entrySet()) {
                if (record.has(message.getValue())) continue;                       // RFC 1939 §7: seen in an earlier session
                expectOk(pop.command("RETR " + message.getKey()), "RETR");          // RFC 1939 §5
                mailbox.add(LocalMailbox.INBOX, DownloadedMessage.of(message.getValue(), pop.message()));
                record.downloaded(message.getValue(), now);
                downloaded++;
            }
            List<Integer> leaving = leavingTheServer(maildrop, now);
            for (int number : leaving) expectOk(pop.command("DELE " + number), "DELE"); // RFC 1939 §5: only marked
            expectOk(pop.command("QUIT"), "QUIT");                                  // RFC 1939 §6: UPDATE removes them
            return notices(downloaded, leaving.size());
        }
    }

    /** What the settings send away: everything downloaded (the classic default), or what is older than the limit. */
    private List<Integer> leavingTheServer(Map<Integer, String> maildrop, Instant now) {
        DeviceSettings settings = context.device().settings();
        Optional<Integer> days = settings.deleteAfterDays();
        List<Integer> leaving = new ArrayList<>();
        for (Map.Entry<Integer, String> message : maildrop.entrySet()) {
            String uidl = message.getValue();
            if (!record.has(uidl)) continue;
            boolean remove = !settings.leaveOnServer() || days.isPresent() && record.olderThan(uidl, days.get(), now);
            if (remove) leaving.add(message.getKey());
        }
        return leaving;
    }

    private List<String> notices(int downloaded, int deleted) {
        List<String> notices = new ArrayList<>();
        notices.add(downloaded == 0 ? "No new messages" : downloaded + (downloaded == 1 ? " new message" : " new messages") + " downloaded");
        if (deleted > 0) {
            String why = context.device().settings().leaveOnServer()
                    ? "downloaded more than " + context.device().settings().deleteAfterDays().orElse(0) + " days ago"
                    : "\"Leave a copy on the server\" is off";
            notices.add(deleted + " removed from the server (" + why + ")");
        }
        return notices;
    }

    /** UIDL lines, {@code 1 0000000100000001} (RFC 1939 §7), in message-number order. */
    private static Map<Integer, String> uidls(List<String> lines) {
        Map<Integer, String> maildrop = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            if (parts.length == 2 && parts[0].matches("[0-9]{1,9}")) maildrop.put(Integer.parseInt(parts[0]), parts[1]);
        }
        return maildrop;
    }

    private static void expectOk(Pop3Status answer, String command) throws Pop3Trouble {
        if (!answer.ok()) throw Pop3Trouble.refused(command, answer);
    }
}
