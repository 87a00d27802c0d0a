package org.mailsim.dovecot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Everything the differential test lets differ between Dovecot and mailsim, in one place, each
 * with its reason. Both servers' answers pass through the same rules before they are compared;
 * nothing else is loosened. A rule rewrites what legitimately varies into a fixed token, so the
 * rest of the line is still compared byte for byte.
 */
final class DeliberateDifferences {
    private DeliberateDifferences() { }

    /**
     * The capabilities mailsim implements after login ({@code Capabilities.of}); Dovecot is
     * configured to announce exactly these ({@code imap_capability}), so post-login CAPABILITY
     * answers are compared as they are.
     */
    static final String IMAP_CAPABILITIES =
            "IMAP4rev1 SASL-IR LITERAL+ ID ENABLE IDLE NAMESPACE UIDPLUS MOVE UNSELECT CHILDREN SPECIAL-USE QUOTA QUOTA=RES-STORAGE";

    /** One rewrite, applied to every line from both servers. */
    record Rule(String name, String reason, Pattern pattern, String replacement) {
        String apply(String line) {
            return pattern.matcher(line).replaceAll(replacement);
        }
    }

    static final List<Rule> IMAP = List.of(
            new Rule("timings", "Dovecot adds how long a command took: \"OK Select completed (0.001 + 0.000 secs).\"",
                    Pattern.compile(" \\(\\d+\\.\\d+ (?:\\+ \\d+\\.\\d+ )+secs\\)\\.$"), ""),
            new Rule("greeting", "The greeting names the server (\"Dovecot (Debian) ready.\") and, before login, mailsim offers"
                    + " STARTTLS on its 143 stand-in while the Dovecot under test runs without TLS",
                    Pattern.compile("^\\* OK \\[CAPABILITY [^\\]]*\\] .*$"), "* OK [CAPABILITY <pre-login>] <greeting>"),
            new Rule("pre-login capabilities", "Before login the lists differ by STARTTLS (see greeting); a pre-login list is"
                    + " the one that names AUTH= mechanisms or LOGINDISABLED",
                    Pattern.compile("^\\* CAPABILITY IMAP4rev1 (?=.*(?:AUTH=|LOGINDISABLED)).*$"), "* CAPABILITY <pre-login>"),
            new Rule("ID", "RFC 2971: each server gives its own name and version",
                    Pattern.compile("^\\* ID \\(.*\\)$"), "* ID (<server>)"),
            new Rule("UIDVALIDITY", "Each server picks its own UIDVALIDITY (RFC 3501 §2.3.1.1 only asks that it change when UIDs do)",
                    Pattern.compile("(UIDVALIDITY|APPENDUID|COPYUID) \\d+"), "$1 <uidvalidity>"),
            new Rule("INTERNALDATE", "The date a message arrived is the moment each server stored it",
                    Pattern.compile("INTERNALDATE \"[^\"]*\""), "INTERNALDATE <arrival>"),
            new Rule("BYE at LOGOUT", "The words of the BYE are each server's own (Dovecot: \"Logging out\")",
                    Pattern.compile("^\\* BYE .*$"), "* BYE <goodbye>"));

    /**
     * POP3 rules look at the command being answered ({@code when}: its verb and argument count,
     * "" for the greeting) and at whether the line is the status line of the answer.
     */
    record Pop3Rule(String name, String reason, java.util.function.BiPredicate<String, Boolean> when, Pattern pattern,
                    String replacement) { }

    static final List<Pop3Rule> POP3 = List.of(
            new Pop3Rule("greeting", "The greeting names the server; mailsim adds an APOP timestamp (RFC 1939 §7), Dovecot does not",
                    (command, status) -> command.isEmpty(), Pattern.compile("^\\+OK.*$"), "+OK <greeting>"),
            new Pop3Rule("status text", "RFC 1939 §3: the text after +OK / -ERR is for people. mailsim words it as RFC 1939's own"
                    + " examples do (\"maildrop locked and ready\", \"no such message\"), which its lessons quote; Dovecot has its own"
                    + " (\"Logged in.\"). The indicator, any [CODE] (RFC 2449 §8, RFC 3206) and the data of STAT, LIST n and UIDL n"
                    + " are still compared", (command, status) -> status,
                    Pattern.compile("^(-ERR)( \\[[A-Z/-]+\\])?(?: .*)?$"), "$1$2 <text>"),
            new Pop3Rule("status text +OK", "As above, for +OK; except STAT, LIST n and UIDL n, whose +OK line is data",
                    (command, status) -> status && !carriesData(command),
                    Pattern.compile("^(\\+OK)( \\[[A-Z/-]+\\])?(?: .*)?$"), "$1$2 <text>"),
            new Pop3Rule("UIDL", "Each server makes its own unique-ids (RFC 1939 §7: 1-70 printable characters); Dovecot's hold"
                    + " the UIDVALIDITY", (command, status) -> command.startsWith("UIDL"),
                    Pattern.compile("^(\\+OK )?(\\d+) [\\x21-\\x7e]{1,70}$"), "$1$2 <unique-id>"),
            new Pop3Rule("CAPA", "RFC 2449 §6: the capabilities differ by what each server offers here: mailsim STLS (the Dovecot"
                    + " under test runs without TLS) and IMPLEMENTATION; Dovecot CAPA and SASL LOGIN. Listed in any order",
                    (command, status) -> command.equals("CAPA") && !status,
                    Pattern.compile("^(?:STLS|IMPLEMENTATION .*|CAPA)$"), ""),
            new Pop3Rule("CAPA SASL", "As CAPA: mailsim offers SASL PLAIN only, Dovecot PLAIN and LOGIN",
                    (command, status) -> command.equals("CAPA") && !status, Pattern.compile("^SASL PLAIN LOGIN$"), "SASL PLAIN"));

    /** STAT, LIST n and UIDL n answer with data on the status line (RFC 1939 §5); RETR with "n octets" in many servers. */
    private static boolean carriesData(String command) {
        return command.equals("STAT") || command.equals("LIST 1") || command.equals("UIDL 1");
    }

    static String normalisePop3(String line, String command, boolean status) {
        String result = line;
        for (Pop3Rule rule : POP3) {
            if (rule.when().test(command, status)) result = rule.pattern().matcher(result).replaceAll(rule.replacement());
        }
        return result;
    }

    /**
     * RFC 3501 §6.3.8 does not order LIST (or LSUB) answers; Dovecot answers in the order its
     * files are found. A run of {@code * LIST} or {@code * LSUB} lines is compared sorted.
     */
    static List<String> sortListRuns(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("* LIST ") || line.startsWith("* LSUB ")) {
                run.add(line);
                continue;
            }
            run.sort(null);
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }

    static String normalise(String line, List<Rule> rules) {
        String result = line;
        for (Rule rule : rules) result = rule.apply(result);
        return result;
    }

    /** For the report: every rule, with its reason. */
    static String describe() {
        StringBuilder out = new StringBuilder();
        for (Rule r : IMAP) out.append("IMAP ").append(r.name()).append(": ").append(r.reason()).append('\n');
        for (Pop3Rule r : POP3) out.append("POP3 ").append(r.name()).append(": ").append(r.reason()).append('\n');
        return out.toString();
    }
}
