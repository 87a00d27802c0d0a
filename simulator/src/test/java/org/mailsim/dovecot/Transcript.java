package org.mailsim.dovecot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A client script run against both servers: one step a line, {@code A: a1 LOGIN alice wonderland},
 * the letter naming the connection (several letters, several sessions of one account).
 * {@code {+}} in a line stands for a LITERAL+ of the rest of the line, in which {@code \r\n}
 * means CR LF: {@code A: a2 APPEND INBOX {+}Subject: hi\r\n\r\nHello\r\n}. {@code A: ~} reads
 * what arrives without sending (an IDLE session). A session named {@code IMAP} speaks IMAP in a
 * POP3 transcript (to put mail in first). {@code #} starts a comment.
 */
record Transcript(String name, WireSession.Protocol protocol, List<Step> steps) {

    record Step(int lineNumber, String session, String command) { }

    static Transcript parse(String name, WireSession.Protocol protocol, String text) {
        List<Step> steps = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.isBlank() || line.startsWith("#")) continue;
            int colon = line.indexOf(": ");
            if (colon < 1) throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected \"A: command\"");
            steps.add(new Step(i + 1, line.substring(0, colon), expand(line.substring(colon + 2))));
        }
        return new Transcript(name, protocol, steps);
    }

    private static String expand(String command) {
        int at = command.indexOf("{+}");
        if (at < 0) return command;
        String body = command.substring(at + 3).replace("\\r\\n", "\r\n");
        return command.substring(0, at) + "{" + body.getBytes(StandardCharsets.UTF_8).length + "+}\r\n" + body;
    }

    /** Runs every step against one server: the answers, each line marked with its step. */
    List<String> run(int imapPort, int pop3Port) throws IOException {
        Map<String, WireSession> sessions = new LinkedHashMap<>();
        List<String> answers = new ArrayList<>();
        try {
            for (Step step : steps) {
                WireSession session = sessions.get(step.session());
                if (session == null) {
                    boolean imap = protocol == WireSession.Protocol.IMAP || step.session().equals("IMAP");
                    session = new WireSession(imap ? imapPort : pop3Port,
                            imap ? WireSession.Protocol.IMAP : WireSession.Protocol.POP3);
                    sessions.put(step.session(), session);
                    for (String line : session.greeting()) answers.add(step.session() + " S: " + line);
                }
                String shown = step.command().contains("\r\n") ? step.command().substring(0, step.command().indexOf("\r\n")) + " …"
                        : step.command();
                answers.add(step.session() + " C: " + shown);
                for (String line : session.send(step.command())) answers.add(step.session() + " S: " + line);
            }
        } finally {
            for (WireSession s : sessions.values()) s.close();
        }
        return answers;
    }
}
