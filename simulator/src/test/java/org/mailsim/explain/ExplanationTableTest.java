package org.mailsim.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.imap.command.CommandTable;
import org.mailsim.pop3.command.Pop3CommandTable;
import org.mailsim.smtp.command.SmtpCommandTable;

/** The table covers every command the engines accept and every code they send, each with an RFC. */
class ExplanationTableTest {

    private final ExplanationTable table = ExplanationTable.load();

    @Test
    void everyImapCommandInTheEngineHasARow() {
        for (CommandTable.Row row : CommandTable.rows()) {
            assertThat(table.find("imap-command", row.name())).as(row.name()).isPresent();
        }
    }

    @Test
    void everyPop3AndSmtpCommandInTheEnginesHasARow() {
        for (Pop3CommandTable.Entry entry : Pop3CommandTable.entries()) {
            assertThat(table.find("pop3-command", entry.verb())).as(entry.verb()).isPresent();
        }
        for (SmtpCommandTable.Entry entry : SmtpCommandTable.entries()) {
            assertThat(table.find("smtp-command", entry.verb())).as(entry.verb()).isPresent();
        }
    }

    @Test
    void everyCodeTheEnginesSendHasARow() {
        // grep -r for response codes in imap/, RESP-CODES in pop3/, SmtpReply.of and SmtpError in smtp/
        List<String> imapCodes = List.of("ALREADYEXISTS", "AUTHENTICATIONFAILED", "APPENDUID", "BADCHARSET",
                "CANNOT", "CAPABILITY", "CLIENTBUG", "COPYUID", "EXPUNGEISSUED", "LIMIT", "NONEXISTENT",
                "OVERQUOTA", "PERMANENTFLAGS", "PRIVACYREQUIRED", "READ-ONLY", "READ-WRITE", "SERVERBUG",
                "TOOBIG", "TRYCREATE", "UIDNEXT", "UIDVALIDITY", "UNAVAILABLE", "UNSEEN");
        imapCodes.forEach(c -> assertThat(table.find("imap-code", c)).as(c).isPresent());
        List.of("IN-USE", "AUTH").forEach(c -> assertThat(table.find("pop3-code", c)).as(c).isPresent());
        List<String> smtp = List.of("214", "220", "221", "235", "250", "252", "334", "354", "421", "452",
                "500", "501", "502", "503", "504", "530", "535", "538", "550", "552", "554", "555");
        smtp.forEach(c -> assertThat(table.find("smtp-reply", c)).as(c).isPresent());
        List<String> details = List.of("0.0", "1.0", "1.1", "1.5", "2.2", "3.2", "3.4", "4.2", "5.1", "5.2",
                "5.3", "5.4", "5.6", "6.0", "7.0", "7.1", "7.8", "7.11");
        details.forEach(d -> assertThat(table.find("smtp-detail", d)).as(d).isPresent());
    }

    @Test
    void everyRowButTheGenericOneCitesAnRfcSection() {
        for (String group : List.of("imap-syntax", "imap-command", "imap-status", "imap-code", "imap-untagged",
                "imap-fetch", "imap-section", "imap-flag", "imap-capability", "imap-search", "imap-status-item",
                "pop3-syntax", "pop3-command", "pop3-code", "pop3-capability", "smtp-syntax", "smtp-command",
                "smtp-first-digit", "smtp-reply", "smtp-class", "smtp-subject", "smtp-detail", "smtp-ehlo",
                "message", "header", "wire")) {
            assertThat(table.keys(group)).as(group).isNotEmpty();
            for (String key : table.keys(group)) {
                TableEntry row = table.get(group, key);
                assertThat(row.summary()).as(group + "/" + key).isNotBlank();
                assertThat(row.reference()).as(group + "/" + key).isPresent();
                assertThat(row.section()).as(group + "/" + key).startsWith("§");
            }
        }
        assertThat(table.get("generic", "unknown").reference()).isEmpty();
    }

    @Test
    void keysMatchWithoutRegardToCase() {
        assertThat(table.find("imap-capability", "IMAP4REV1")).isPresent();
        assertThat(table.find("header", "subject")).isPresent();
        assertThat(table.find("imap-command", "FROB")).isEmpty();
    }
}
