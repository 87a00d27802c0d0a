package org.mailsim.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Exports the whole question bank as Moodle XML, parses it back with the JDK's XML parser and
 * checks every question: its type, stem, every option with its correct flag and feedback, every
 * matching pair and distractor, every ordering item in order with its feedback.
 */
class MoodleXmlTest {
    private static final QuestionBank BANK = QuestionBank.load(Optional.empty(), Fixtures.SCENARIOS);

    @Test
    void everyQuestionOfTheBankComesBackWithItsOptionsFlagsAndFeedback() throws Exception {
        List<Question> all = BANK.questions();
        assertThat(all).hasSizeGreaterThan(100);
        Document doc = parse(MoodleXml.write("mailsim", all));
        List<Element> questions = children(doc.getDocumentElement(), "question");
        assertThat(questions.get(0).getAttribute("type")).isEqualTo("category");
        assertThat(text(child(questions.get(0), "category"))).isEqualTo("$course$/top/mailsim");

        List<Question> exported = all.stream().filter(q -> !(q instanceof ConfigureTask)).toList();
        assertThat(questions.subList(1, questions.size())).hasSize(exported.size());
        for (int i = 0; i < exported.size(); i++) check(exported.get(i), questions.get(i + 1));

        String comment = firstComment(doc);
        for (Question q : all) if (q instanceof ConfigureTask) assertThat(comment).contains(q.id());
        assertThat(MoodleXml.leftOut(all)).isEqualTo(all.size() - exported.size()).isPositive();
    }

    @Test
    void markupInATextIsShownAsWritten() throws Exception {
        Question q = BANK.questions().stream().filter(x -> x instanceof SingleChoice).findFirst().orElseThrow();
        var info = q.info();
        var tricky = new SingleChoice(new QuestionInfo(info.id(), info.type(), info.topic(), info.difficulty(), info.objectives(),
                "Who is <script>alert(1)</script> & \"who\"?", info.reference(), info.examKey(), info.ports(), info.beyondExam()),
                List.of(new Option("<b>me</b>", true, "because"), new Option("you", false, "not you")));
        Element e = children(parse(MoodleXml.write("x", List.of(tricky))).getDocumentElement(), "question").get(1);
        assertThat(text(child(child(e, "questiontext"), "text"))).isEqualTo("<p>Who is &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;who&quot;?</p>");
    }

    private static void check(Question q, Element e) {
        assertThat(text(child(child(e, "name"), "text"))).as("name").isEqualTo(q.id());
        assertThat(text(child(e, "idnumber"))).isEqualTo(q.id());
        assertThat(text(child(child(e, "questiontext"), "text"))).as(q.id() + " stem").startsWith("<p>" + MoodleXml.html(q.info().stem()) + "</p>");
        List<String> tags = children(child(e, "tags"), "tag").stream().map(t -> text(child(t, "text"))).toList();
        assertThat(tags).as(q.id() + " tags").containsExactlyElementsOf(q.info().objectives().stream().map(Object::toString).toList());
        switch (q) {
            case SingleChoice s -> choices(e, s.options(), true);
            case MultipleChoice m -> choices(e, m.options(), false);
            case TranscriptQuestion t -> {
                choices(e, t.options(), !t.multiple());
                for (String line : t.excerpt().lines()) assertThat(text(child(child(e, "questiontext"), "text"))).contains(MoodleXml.html(line));
            }
            case Matching m -> {
                assertThat(e.getAttribute("type")).isEqualTo("matching");
                List<Element> subs = children(e, "subquestion");
                assertThat(subs).hasSize(m.pairs().size() + m.distractors().size());
                for (int i = 0; i < m.pairs().size(); i++) {
                    assertThat(text(child(subs.get(i), "text"))).isEqualTo(MoodleXml.html(m.pairs().get(i).left()));
                    assertThat(text(child(child(subs.get(i), "answer"), "text"))).isEqualTo(m.pairs().get(i).right());
                    assertThat(text(child(child(e, "generalfeedback"), "text"))).contains(MoodleXml.html(m.pairs().get(i).why()));
                }
                for (int i = 0; i < m.distractors().size(); i++) {
                    Element d = subs.get(m.pairs().size() + i);
                    assertThat(text(child(d, "text"))).isEmpty();
                    assertThat(text(child(child(d, "answer"), "text"))).isEqualTo(m.distractors().get(i));
                }
            }
            case Ordering o -> {
                assertThat(e.getAttribute("type")).isEqualTo("ordering");
                List<Element> answers = children(e, "answer");
                assertThat(answers).hasSize(o.items().size());
                for (int i = 0; i < answers.size(); i++) {
                    assertThat(Double.parseDouble(answers.get(i).getAttribute("fraction"))).isEqualTo(i + 1);
                    assertThat(text(child(answers.get(i), "text"))).isEqualTo(MoodleXml.html(o.items().get(i).text()));
                    assertThat(text(child(child(answers.get(i), "feedback"), "text"))).isEqualTo(MoodleXml.html(o.items().get(i).why()));
                }
            }
            case ConfigureTask c -> throw new AssertionError("configure tasks are left out");
        }
    }

    private static void choices(Element e, List<Option> options, boolean single) {
        assertThat(e.getAttribute("type")).isEqualTo("multichoice");
        assertThat(text(child(e, "single"))).isEqualTo(String.valueOf(single));
        List<Element> answers = children(e, "answer");
        assertThat(answers).hasSize(options.size());
        double sum = 0;
        for (int i = 0; i < options.size(); i++) {
            Option o = options.get(i);
            double fraction = Double.parseDouble(answers.get(i).getAttribute("fraction"));
            assertThat(fraction > 0).as("correct flag of " + o.text()).isEqualTo(o.correct());
            if (fraction > 0) sum += fraction;
            assertThat(text(child(answers.get(i), "text"))).isEqualTo(MoodleXml.html(o.text()));
            assertThat(text(child(child(answers.get(i), "feedback"), "text"))).isEqualTo(MoodleXml.html(o.why()));
        }
        assertThat(sum).as("the right options make 100 %").isCloseTo(100.0, org.assertj.core.data.Offset.offset(0.001));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String firstComment(Document doc) {
        for (Node n = doc.getFirstChild(); n != null; n = n.getNextSibling()) if (n instanceof Comment c) return c.getData();
        return "";
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) out.add(e);
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as("<" + name + "> in <" + parent.getTagName() + ">").hasSize(1);
        return found.get(0);
    }

    private static String text(Element e) {
        return e.getTextContent();
    }
}
