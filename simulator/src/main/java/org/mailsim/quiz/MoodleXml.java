package org.mailsim.quiz;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes questions in Moodle XML, the format Moodle's question bank imports
 * ({@code question/format/xml} in Moodle's source), so an instructor can use mailsim's questions
 * in an LMS quiz.
 * <ul>
 *   <li>single choice, multiple choice and transcript questions → {@code multichoice}: each option
 *       an {@code <answer>} with its fraction (a single question's right option 100, the others 0;
 *       a multiple question's right options share 100 and each wrong one takes as much away, so
 *       picking everything scores nothing) and its "why" as the answer's feedback; a transcript's
 *       excerpt is shown under the stem as preformatted lines;</li>
 *   <li>matching → {@code matching}: each pair a {@code <subquestion>}, each distractor a
 *       subquestion with no text (Moodle's way of adding a wrong choice); the pairs' "why" go in
 *       the general feedback, since Moodle's matching has no feedback per pair;</li>
 *   <li>ordering → {@code ordering} (Moodle's {@code question/type/ordering}): the items in the right
 *       order, each with its "why";</li>
 *   <li>configure tasks are graded by running a mail client against the simulator, which an LMS
 *       cannot do: they are left out, and named in a comment at the top of the file.</li>
 * </ul>
 * Every text is HTML-escaped inside {@code format="html"} (the XML writer escapes it again for XML),
 * so a stem that mentions {@code <alice@example.com>} shows as written.
 */
public final class MoodleXml {
    private MoodleXml() { }

    /** The Moodle XML document for {@code questions}, in their order, in a category named {@code category}. */
    public static String write(String category, List<Question> questions) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            List<String> left = questions.stream().filter(q -> q instanceof ConfigureTask).map(Question::id).toList();
            if (!left.isEmpty()) {
                x.writeComment(" Left out: configure tasks are graded by running a mail client, which an LMS cannot do: "
                        + String.join(", ", left) + " ");
                x.writeCharacters("\n");
            }
            x.writeStartElement("quiz");
            x.writeStartElement("question");
            x.writeAttribute("type", "category");
            x.writeStartElement("category");
            text(x, "$course$/top/" + category.replace("--", "- -"));
            x.writeEndElement();
            x.writeEndElement();
            for (Question q : questions) {
                switch (q) {
                    case SingleChoice s -> multichoice(x, q, s.options(), true, "");
                    case MultipleChoice m -> multichoice(x, q, m.options(), false, "");
                    case TranscriptQuestion t -> multichoice(x, q, t.options(), !t.multiple(), excerpt(t.excerpt()));
                    case Matching m -> matching(x, m);
                    case Ordering o -> ordering(x, o);
                    case ConfigureTask c -> { }
                }
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Moodle XML", e);
        }
        return out.toString();
    }

    /** How many of {@code questions} an export leaves out (configure tasks). */
    public static long leftOut(List<Question> questions) {
        return questions.stream().filter(q -> q instanceof ConfigureTask).count();
    }

    private static void multichoice(XMLStreamWriter x, Question q, List<Option> options, boolean single, String extra) throws XMLStreamException {
        start(x, q, "multichoice", extra);
        element(x, "single", String.valueOf(single));
        element(x, "shuffleanswers", "true");
        element(x, "answernumbering", "abc");
        long right = options.stream().filter(Option::correct).count();
        for (Option o : options) {
            answer(x, single ? (o.correct() ? "100" : "0") : fraction(o.correct() ? 100.0 / right : -100.0 / right), o.text(), o.why());
        }
        x.writeEndElement();
    }

    private static void matching(XMLStreamWriter x, Matching m) throws XMLStreamException {
        String why = m.pairs().stream().map(p -> "<li>" + html(p.left()) + " → " + html(p.right()) + ": " + html(p.why()) + "</li>")
                .collect(Collectors.joining("", "<ul>", "</ul>"));
        start(x, m, "matching", "", why);
        element(x, "shuffleanswers", "true");
        for (Pair p : m.pairs()) subquestion(x, html(p.left()), p.right());
        for (String d : m.distractors()) subquestion(x, "", d);
        x.writeEndElement();
    }

    private static void ordering(XMLStreamWriter x, Ordering o) throws XMLStreamException {
        start(x, o, "ordering", "");
        element(x, "layouttype", "VERTICAL");
        element(x, "selecttype", "ALL");
        element(x, "gradingtype", "ABSOLUTE_POSITION");
        int position = 0;
        for (OrderItem item : o.items()) answer(x, (++position) + ".0000000", item.text(), item.why());
        x.writeEndElement();
    }

    /** An {@code <answer>}: its fraction (for ordering, its place), its text and its feedback. */
    private static void answer(XMLStreamWriter x, String fraction, String text, String feedback) throws XMLStreamException {
        x.writeStartElement("answer");
        x.writeAttribute("fraction", fraction);
        x.writeAttribute("format", "html");
        text(x, html(text));
        x.writeStartElement("feedback");
        x.writeAttribute("format", "html");
        text(x, html(feedback));
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void start(XMLStreamWriter x, Question q, String type, String extra) throws XMLStreamException {
        start(x, q, type, extra, "");
    }

    /** Opens {@code <question>} and writes what every type has; the caller writes the rest and closes it. */
    private static void start(XMLStreamWriter x, Question q, String type, String extra, String feedback) throws XMLStreamException {
        x.writeStartElement("question");
        x.writeAttribute("type", type);
        x.writeStartElement("name");
        text(x, q.id());
        x.writeEndElement();
        x.writeStartElement("questiontext");
        x.writeAttribute("format", "html");
        text(x, "<p>" + html(q.info().stem()) + "</p>" + extra);
        x.writeEndElement();
        x.writeStartElement("generalfeedback");
        x.writeAttribute("format", "html");
        String source = q.info().reference().rfc().map(r -> "<p>Source: " + html(r) + "</p>").orElse("");
        text(x, feedback + source);
        x.writeEndElement();
        element(x, "defaultgrade", "1");
        element(x, "penalty", "0");
        element(x, "hidden", "0");
        element(x, "idnumber", q.id());
        x.writeStartElement("tags");
        for (var o : q.info().objectives()) {
            x.writeStartElement("tag");
            text(x, o.exam().code() + " " + o.objective());
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    private static void subquestion(XMLStreamWriter x, String html, String answer) throws XMLStreamException {
        x.writeStartElement("subquestion");
        x.writeAttribute("format", "html");
        text(x, html);
        x.writeStartElement("answer");
        text(x, answer);
        x.writeEndElement();
        x.writeEndElement();
    }

    private static String excerpt(Excerpt e) {
        List<String> lines = new ArrayList<>();
        for (String line : e.lines()) lines.add(html(line));
        return "<pre>" + String.join("\n", lines) + "</pre>";
    }

    private static void element(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String value) throws XMLStreamException {
        element(x, "text", value);
    }

    /** Moodle's fractions are percentages with up to 7 decimals (33.3333333). */
    private static String fraction(double percent) {
        return String.format(Locale.ROOT, "%.7f", percent);
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
