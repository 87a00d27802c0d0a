package org.mailsim.imap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.angus.mail.iap.Protocol;
import org.eclipse.angus.mail.imap.protocol.BODYSTRUCTURE;
import org.eclipse.angus.mail.imap.protocol.ENVELOPE;
import org.eclipse.angus.mail.imap.protocol.FetchResponse;
import org.eclipse.angus.mail.imap.protocol.IMAPResponse;
import org.junit.jupiter.api.Test;
import org.mailsim.store.RawMessage;

/**
 * A real client's parser (Angus Mail, the Jakarta Mail implementation) reads our ENVELOPE and
 * BODYSTRUCTURE inside a FETCH response: the lists nest correctly, literals count their octets,
 * and the values land in the right fields.
 */
class JakartaMailReadsOurFetchItemsTest {

    private static FetchResponse fetch(RawMessage message) throws Exception {
        String line = "* 1 FETCH (ENVELOPE " + Envelope.of(message) + " BODYSTRUCTURE " + BodyStructure.of(message, true) + ")";
        // A Protocol over empty streams: FetchResponse only asks it whether parsing is strict.
        Protocol protocol = new Protocol(new ByteArrayInputStream(new byte[0]), new PrintStream(OutputStream.nullOutputStream()),
                new Properties(), false);
        return new FetchResponse(new IMAPResponse(line, true), null, protocol);
    }

    @Test
    void readsTheMixedMessage() throws Exception {
        FetchResponse response = fetch(TestMessages.load("mixed.eml"));
        ENVELOPE envelope = response.getItem(ENVELOPE.class);
        assertThat(envelope.subject).isEqualTo("Report and the thread it answers");
        assertThat(envelope.from[0].getAddress()).isEqualTo("bob@example.org");
        assertThat(envelope.inReplyTo).isEqualTo("<thread-0@example.net>");

        BODYSTRUCTURE body = response.getItem(BODYSTRUCTURE.class);
        assertThat(body.isMulti()).isTrue();
        assertThat(body.subtype).isEqualToIgnoringCase("mixed");
        assertThat(body.bodies).hasSize(3);
        assertThat(body.bodies[0].lines).isZero();
        assertThat(body.bodies[1].disposition).isEqualToIgnoringCase("attachment");
        assertThat(body.bodies[1].dParams.get("filename")).isEqualTo("report.pdf");
        assertThat(body.bodies[1].language).containsExactly("en", "de");
        assertThat(body.bodies[1].size).isEqualTo(20);
        assertThat(body.bodies[2].isNested()).isTrue();
        assertThat(body.bodies[2].envelope.subject).isEqualTo("Original question");
        assertThat(body.bodies[2].bodies[0].size).isEqualTo(26);
    }

    @Test
    void followsTheNestingOfTheRfc3501SectionExample() throws Exception {
        BODYSTRUCTURE body = fetch(TestMessages.load("rfc3501-parts.eml")).getItem(BODYSTRUCTURE.class);
        BODYSTRUCTURE part422 = body.bodies[3].bodies[1].bodies[0].bodies[1]; // 4 → 4.2 → its message → 4.2.2
        assertThat(part422.subtype).isEqualTo("ALTERNATIVE");
        assertThat(part422.bodies[1].subtype).isEqualTo("RICHTEXT");
        assertThat(part422.bodies[1].size).isEqualTo("part 4.2.2.2".length());
    }

    @Test
    void everyPartSizeTheClientReadsIsTheLengthOfThatBodySection() throws Exception {
        // What a client relies on: BODYSTRUCTURE's size for part n is the length BODY[n] will have.
        for (String name : List.of("plain.eml", "alternative.eml", "mixed.eml", "rfc3501-parts.eml", "bare-lf.eml")) {
            RawMessage message = TestMessages.load(name);
            Map<String, Integer> sizes = new LinkedHashMap<>();
            partSizes(fetch(message).getItem(BODYSTRUCTURE.class), "", sizes);
            if (name.equals("rfc3501-parts.eml")) {
                assertThat(sizes).containsKeys("1", "2", "3", "3.1", "3.2", "4.1", "4.2", "4.2.1", "4.2.2.1", "4.2.2.2");
            }
            assertThat(sizes).as(name).isNotEmpty();
            sizes.forEach((part, size) -> {
                List<Integer> path = Arrays.stream(part.split("\\.")).map(Integer::valueOf).toList();
                assertThat(Sections.extract(message, new SectionSpec(path, SectionSpec.Text.ALL, List.of())))
                        .as("%s BODY[%s]", name, part).hasSize(size);
            });
        }
    }

    /**
     * IMAP part numbers (RFC 3501 §6.4.5) of a message's structure as the client parsed it, with
     * their sizes: a multipart numbers its parts, anything else is part 1 of its message.
     */
    private static void partSizes(BODYSTRUCTURE message, String prefix, Map<String, Integer> sizes) {
        if (message.isMulti()) {
            for (int i = 0; i < message.bodies.length; i++) part(message.bodies[i], prefix + (i + 1), sizes);
        } else {
            part(message, prefix + "1", sizes);
        }
    }

    private static void part(BODYSTRUCTURE body, String number, Map<String, Integer> sizes) {
        if (body.isMulti()) {
            for (int i = 0; i < body.bodies.length; i++) part(body.bodies[i], number + "." + (i + 1), sizes);
            return;
        }
        sizes.put(number, body.size);
        if (body.isNested()) partSizes(body.bodies[0], number + ".", sizes); // message/rfc822: its message's parts
    }

    @Test
    void readsGroupsAndLiterals() throws Exception {
        ENVELOPE groups = fetch(TestMessages.load("groups.eml")).getItem(ENVELOPE.class);
        assertThat(groups.to).hasSize(2);
        assertThat(groups.to[0].isGroup()).isTrue();
        assertThat(groups.to[0].getGroup(false)).extracting(a -> a.getAddress())
                .containsExactly("ann@example.com", "ben@example.com");

        ENVELOPE missing = fetch(TestMessages.load("missing-headers.eml")).getItem(ENVELOPE.class);
        assertThat(missing.subject).isEqualTo("A \"quoted\" word and a folded line");
        assertThat(missing.from).isNull();
    }

    @Test
    void decodesTheEncodedWordsWeLeftEncoded() throws Exception {
        ENVELOPE envelope = fetch(TestMessages.load("alternative.eml")).getItem(ENVELOPE.class);
        assertThat(envelope.subject).isEqualTo("=?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_M=C3=BCnchen?="); // raw, as sent
        assertThat(envelope.from[0].getPersonal()).isEqualTo("Jörg Müller");             // the client decodes
    }
}
