package org.mailsim.lab;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mailsim.net.Protocol;
import org.mailsim.sasl.PlainCredentials;

/**
 * What one device has been told on its connection, read from the lines as a client reads them:
 * whom it logged in as, which folder it selected and how many messages the server said it holds,
 * what it marked or sent. It lags behind the server on purpose: an IMAP device learns of another
 * device's EXPUNGE only when the server tells it (RFC 3501 §7.4.1), and the device pane shows that.
 */
final class ClientView {
    private static final Pattern LITERAL = Pattern.compile("\\{(\\d{1,9})(\\+?)}$"); // RFC 3501 §4.3, RFC 7888
    private static final Pattern UNTAGGED_NUMBER = Pattern.compile("^\\* (\\d+) (EXISTS|EXPUNGE)\\b", Pattern.CASE_INSENSITIVE);

    private final Protocol protocol;
    private final Map<String, String[]> pendingImap = new HashMap<>(); // tag → {VERB, arguments}
    private String[] lastCommand;      // POP3, SMTP: answered by the next status line (no pipelining here)
    private String saslResponse;       // a SASL response sent after "+ " or 334
    private long pendingLiteral;       // IMAP: announced by {n}, sent after the server's "+"
    private long literalLeft;          // IMAP: literal bytes the server still waits for
    private boolean awaitingSasl;      // the server asked for a SASL response
    private boolean inData;            // SMTP: between 354 and the line "."
    private String user;
    private String pop3User;
    private String selected;
    private int exists = -1;
    private String lastSearch;
    private int maildrop = -1;
    private final TreeSet<Integer> marked = new TreeSet<>();
    private boolean greeted;
    private String from;
    private final List<String> recipients = new ArrayList<>();
    private int sent;

    ClientView(Protocol protocol) {
        this.protocol = protocol;
    }

    void onLine(ConsoleLine line) {
        if (line.kind() == ConsoleLine.Kind.NOTE) return;
        if (line.fromClient()) {
            for (String text : line.text().split("\r?\n", -1)) client(text);
        } else if (line.kind() == ConsoleLine.Kind.LINE) {
            server(line.text());
        }
    }

    // ---- what the hint line asks ---------------------------------------------------------

    long literalLeft() {
        return literalLeft;
    }

    boolean awaitingSasl() {
        return awaitingSasl;
    }

    boolean loggedIn() {
        return user != null;
    }

    boolean pop3UserGiven() {
        return pop3User != null;
    }

    String selected() {
        return selected;
    }

    boolean greeted() {
        return greeted;
    }

    /** What the device knows, line by line, for its pane. */
    List<String> facts() {
        List<String> facts = new ArrayList<>();
        facts.add(user == null ? "Not logged in" : "Logged in as " + user);
        switch (protocol) {
            case IMAP -> {
                if (selected != null) facts.add("Selected " + selected + (exists >= 0 ? ": told of " + exists + " message" + (exists == 1 ? "" : "s") : ""));
                if (lastSearch != null) facts.add("Last SEARCH found: " + (lastSearch.isBlank() ? "nothing" : lastSearch.strip()));
            }
            case POP3 -> {
                if (maildrop >= 0) facts.add("Maildrop: " + maildrop + " message" + (maildrop == 1 ? "" : "s") + " (at the last STAT)");
                if (!marked.isEmpty()) facts.add("Marked for deletion: " + marked + " (removed only at QUIT)");
            }
            case SMTP -> {
                if (from != null) facts.add("Envelope: from <" + from + ">" + (recipients.isEmpty() ? "" : " to " + recipients));
                if (sent > 0) facts.add("Messages accepted on this connection: " + sent);
            }
        }
        return facts;
    }

    // ---- client lines --------------------------------------------------------------------

    private void client(String text) {
        switch (protocol) {
            case IMAP -> imapClient(text);
            case POP3 -> lastCommand = words(text);
            case SMTP -> smtpClient(text);
        }
    }

    private void imapClient(String text) {
        if (literalLeft > 0) {
            literalLeft = Math.max(0, literalLeft - text.getBytes(StandardCharsets.UTF_8).length - 2); // each line end is CR LF
            return;
        }
        if (awaitingSasl) {
            awaitingSasl = false;
            saslResponse = text.strip();
            return;
        }
        String[] tagged = text.split(" ", 3);
        if (tagged.length < 2) return;
        pendingImap.put(tagged[0], new String[] {tagged[1].toUpperCase(Locale.ROOT), tagged.length > 2 ? tagged[2] : ""});
        Matcher m = LITERAL.matcher(text);
        if (m.find()) {
            if (m.group(2).isEmpty()) pendingLiteral = Long.parseLong(m.group(1)); // waits for "+"
            else literalLeft = Long.parseLong(m.group(1));                          // RFC 7888: sent at once
        }
    }

    private void smtpClient(String text) {
        if (inData) {
            if (text.equals(".")) { // RFC 5321 §4.1.1.4: the end of the message
                inData = false;
                lastCommand = new String[] {"."};
            }
            return;
        }
        if (awaitingSasl) {
            awaitingSasl = false;
            saslResponse = text.strip();
            return;
        }
        lastCommand = words(text);
    }

    // ---- server lines --------------------------------------------------------------------

    private void server(String text) {
        switch (protocol) {
            case IMAP -> imapServer(text);
            case POP3 -> pop3Server(text);
            case SMTP -> smtpServer(text);
        }
    }

    private void imapServer(String text) {
        if (text.startsWith("+")) { // RFC 3501 §7.5: a continuation request
            if (pendingLiteral > 0) {
                literalLeft = pendingLiteral;
                pendingLiteral = 0;
            } else {
                awaitingSasl = pendingImap.values().stream().anyMatch(c -> c[0].equals("AUTHENTICATE"));
            }
            return;
        }
        Matcher n = UNTAGGED_NUMBER.matcher(text);
        if (n.find()) {
            int number = Integer.parseInt(n.group(1));
            if (n.group(2).equalsIgnoreCase("EXISTS")) exists = number;
            else if (exists > 0) exists--; // RFC 3501 §7.4.1: one message fewer, the rest renumbered
            return;
        }
        if (text.regionMatches(true, 0, "* SEARCH", 0, 8)) {
            lastSearch = text.substring(8);
            return;
        }
        String[] words = text.split(" ", 3);
        String[] command = pendingImap.remove(words[0]);
        if (command == null || words.length < 2) return;
        pendingLiteral = 0;
        literalLeft = 0;
        awaitingSasl = false;
        if (!words[1].equalsIgnoreCase("OK")) return;
        String[] args = command[1].split(" ");
        switch (command[0]) {
            case "LOGIN" -> user = unquote(args[0]);
            case "AUTHENTICATE" -> user = saslUser(args.length > 1 ? args[1] : saslResponse);
            case "SELECT", "EXAMINE" -> selected = unquote(command[1]);
            case "CLOSE", "UNSELECT" -> {
                selected = null;
                exists = -1;
            }
            default -> { }
        }
    }

    private void pop3Server(String text) {
        boolean ok = text.startsWith("+OK");
        if (lastCommand == null || !(ok || text.startsWith("-ERR"))) return;
        String[] command = lastCommand;
        lastCommand = null;
        if (!ok) return;
        String argument = command.length > 1 ? command[1] : "";
        switch (command[0]) {
            case "USER" -> pop3User = argument;
            case "PASS" -> user = pop3User;
            case "APOP" -> user = argument;
            case "AUTH" -> user = saslUser(command.length > 2 ? command[2] : saslResponse);
            case "STAT" -> maildrop = leadingNumber(text.substring(3).strip());
            case "DELE" -> marked.add(leadingNumber(argument));
            case "RSET" -> marked.clear();
            default -> { }
        }
    }

    private void smtpServer(String text) {
        if (text.length() < 3 || text.length() > 3 && text.charAt(3) != ' ') return; // "250-…" continues a reply
        String code = text.substring(0, 3);
        if (code.equals("334")) { // RFC 4954 §4: the server asks for the SASL response
            awaitingSasl = true;
            return;
        }
        if (lastCommand == null) return;
        String[] command = lastCommand;
        lastCommand = null;
        switch (command[0] + " " + code) {
            case "EHLO 250", "HELO 250" -> greeted = true;
            case "AUTH 235" -> user = saslUser(command.length > 2 ? command[2] : saslResponse);
            case "MAIL 250" -> from = path(command);
            case "RCPT 250" -> recipients.add(path(command));
            case "DATA 354" -> inData = true;
            case ". 250" -> {
                sent++;
                from = null;
                recipients.clear();
            }
            case "RSET 250" -> {
                from = null;
                recipients.clear();
            }
            case "STARTTLS 220" -> { // RFC 3207 §4.2: everything learnt before TLS is forgotten
                greeted = false;
                user = null;
            }
            default -> { }
        }
    }

    // ---- small parsers -------------------------------------------------------------------

    private static String[] words(String text) {
        String[] words = text.strip().split("\\s+");
        words[0] = words[0].toUpperCase(Locale.ROOT);
        return words;
    }

    private static String saslUser(String base64) {
        if (base64 == null) return "(SASL)";
        return PlainCredentials.decode(base64).map(PlainCredentials::user).orElse("(SASL)");
    }

    /** "MAIL FROM:<a@b>" split into words: the address between the angle brackets. */
    private static String path(String[] command) {
        String joined = String.join(" ", command);
        int open = joined.indexOf('<');
        int close = joined.indexOf('>', open + 1);
        return open < 0 || close < 0 ? joined : joined.substring(open + 1, close);
    }

    private static String unquote(String s) {
        String t = s.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }

    private static int leadingNumber(String s) {
        Matcher m = Pattern.compile("^\\d{1,9}").matcher(s);
        return m.find() ? Integer.parseInt(m.group()) : -1;
    }
}
