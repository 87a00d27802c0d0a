package org.mailsim.web.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mailsim.quiz.Question;
import org.mailsim.quiz.QuestionBank;
import org.mailsim.rfc.RfcIndex;
import org.mailsim.rfc.RfcLinks;
import org.mailsim.web.rfc.Prose;

/** Every RFC link the quiz's feedback shows, for every question of the built-in bank, points at a section of the index. */
class ReviewLinksTest {
    @Test
    void everyCitationInTheBuiltInBanksFeedbackLinksToASectionOfTheIndex() {
        List<String> links = new ArrayList<>();
        for (Question q : QuestionBank.load(Optional.empty()).questions()) {
            ReviewView r = ReviewView.of(q, Optional.empty(), Optional.empty(), id -> id);
            Stream<Prose> texts = Stream.of(
                    Stream.ofNullable(r.rfc()),
                    Stream.ofNullable(r.examKey()).map(ReviewView.ExamKeyView::rfcFacts),
                    Stream.ofNullable(r.options()).flatMap(List::stream).map(ReviewView.OptionReview::why),
                    Stream.ofNullable(r.items()).flatMap(List::stream).map(ReviewView.ItemReview::why),
                    Stream.ofNullable(r.pairs()).flatMap(List::stream).map(ReviewView.PairReview::why)).flatMap(s -> s);
            texts.filter(p -> p != null).flatMap(p -> p.parts().stream()).filter(RfcLinks.Part::linked).forEach(part -> {
                links.add(part.href());
                String[] path = part.href().split("[?#]")[0].split("/");
                int rfc = Integer.parseInt(path[2]);
                if (part.href().contains("?s=")) {
                    String section = part.href().replaceAll(".*\\?s=([^#]+)#.*", "$1");
                    assertThat(part.href()).as(q.id()).endsWith("#section-" + section);
                    assertThat(RfcIndex.builtin().section(rfc, section)).as(q.id() + ": " + part.text()).isPresent();
                    assertThat(part.title()).isEqualTo(RfcIndex.builtin().section(rfc, section).orElseThrow().toString());
                } else {
                    assertThat(RfcIndex.builtin().rfc(rfc)).as(q.id() + ": " + part.text()).isPresent();
                }
            });
        }
        assertThat(links).hasSizeGreaterThan(200);
    }
}
