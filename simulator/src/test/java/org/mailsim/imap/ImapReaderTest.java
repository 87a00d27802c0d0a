package org.mailsim.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mailsim.imap.parse.CommandAssembler;
import org.mailsim.imap.parse.ImapReader;
import org.mailsim.imap.parse.ParseException;
import org.mailsim.imap.parse.SequenceSet;
import org.mailsim.imap.parse.Tags;

/** The RFC 3501 §9 grammar pieces, one at a time. */
class ImapReaderTest {

    @Test
    void readsAtomsQuotedStringsAndLiterals() {
        var args = new ImapReader("alice \"won\\\"der\" \0 NIL", List.of("land".getBytes(StandardCharsets.UTF_8)));
        assertThat(args.astring()).isEqualTo("alice");
        args.sp();
        assertThat(args.astring()).isEqualTo("won\"der");
        args.sp();
        assertThat(args.astring()).isEqualTo("land");
        args.sp();
        assertThat(args.nstring()).isNull();
        args.end();
    }

    @Test
    void inboxIsCaseInsensitiveOtherNamesAreNot() {
        assertThat(ImapReader.of("iNbOx").mailbox()).isEqualTo("INBOX");
        assertThat(ImapReader.of("Sent").mailbox()).isEqualTo("Sent");
    }

    @Test
    void readsSequenceSetsWithStarAndReversedRanges() {
        SequenceSet set = ImapReader.of("1:3,7,9:*,12:10").sequenceSet();
        assertThat(set.contains(2, 20)).isTrue();
        assertThat(set.contains(5, 20)).isFalse();
        assertThat(set.contains(20, 20)).isTrue();
        assertThat(set.contains(11, 20)).isTrue();
        assertThat(ImapReader.of("*:4").sequenceSet().contains(3, 3)).isTrue();
        assertThatThrownBy(() -> ImapReader.of("0").sequenceSet()).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> ImapReader.of("1:").sequenceSet()).isInstanceOf(ParseException.class);
    }

    @Test
    void readsFlagLists() {
        assertThat(ImapReader.of("(\\Seen $Label1 \\*)").flagList()).containsExactly("\\Seen", "$Label1", "\\*");
        assertThat(ImapReader.of("()").flagList()).isEmpty();
        assertThatThrownBy(() -> ImapReader.of("(\\Seen").flagList()).isInstanceOf(ParseException.class);
    }

    @Test
    void tagsArePrintableAstringCharsWithoutPlus() {
        assertThat(Tags.valid("a001")).isTrue();
        assertThat(Tags.valid("A.1]")).isTrue();
        assertThat(Tags.valid("a+1")).isFalse();
        assertThat(Tags.valid("a\r1")).isFalse();
        assertThat(Tags.valid("a*")).isFalse();
        assertThat(Tags.valid("")).isFalse();
    }

    @Test
    void assemblerJoinsLinesAndLiterals() {
        var input = new CommandAssembler(1000, 4096);
        assertThat(input.onLine("a1 LOGIN {5}".getBytes())).isEqualTo(new CommandAssembler.Step.ReadLiteral(5, true));
        input.onLiteral("alice".getBytes());
        assertThat(input.onLine(" {3+}".getBytes())).isEqualTo(new CommandAssembler.Step.ReadLiteral(3, false));
        input.onLiteral("pwd".getBytes());
        var done = (CommandAssembler.Step.Complete) input.onLine("".getBytes());
        assertThat(done.text()).isEqualTo("a1 LOGIN \0 \0");
        assertThat(done.literals()).extracting(String::new).containsExactly("alice", "pwd");
        assertThat(input.onLine("a2 APPEND INBOX {1001}".getBytes())).isEqualTo(new CommandAssembler.Step.LiteralTooBig("a2", true));
    }

    @Test
    void modifiedUtf7RoundTrips() {
        assertThat(org.mailsim.imap.parse.ModifiedUtf7.encode("Entwürfe")).isEqualTo("Entw&APw-rfe");
        assertThat(org.mailsim.imap.parse.ModifiedUtf7.encode("台北/日本語")).isEqualTo("&U,BTFw-/&ZeVnLIqe-");
        assertThat(org.mailsim.imap.parse.ModifiedUtf7.decode("&U,BTFw-/&ZeVnLIqe-")).isEqualTo("台北/日本語");
        assertThat(org.mailsim.imap.parse.ModifiedUtf7.decode("Tom &- Jerry")).isEqualTo("Tom & Jerry");
    }
}
