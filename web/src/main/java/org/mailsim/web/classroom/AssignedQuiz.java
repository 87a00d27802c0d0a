package org.mailsim.web.classroom;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailsim.quiz.Question;
import org.mailsim.quiz.QuestionBank;
import org.mailsim.quiz.QuizComposer;
import org.mailsim.quiz.QuizItem;
import org.mailsim.web.quiz.BadInput;
import org.mailsim.web.quiz.QuizRequest;

/**
 * A quiz assignment's target is the query of the quiz's own address ({@code ids=…&mode=study}, or
 * {@code exam=N10-009&objective=2.1&count=10&mode=exam&minutes=15}) with its seed fixed when it
 * is set, so every student of the class gets the same questions and the instructor can export them.
 */
final class AssignedQuiz {
    private static final SecureRandom SEEDS = new SecureRandom();

    private AssignedQuiz() { }

    /** The query checked and given a seed if it has none; throws {@link Refusal} 400 naming the mistake. */
    static String settle(String query) {
        QuizRequest request = parse(query);
        if (request.seed().isEmpty()) request = request.withSeed(SEEDS.nextLong(1, 1L << 53));
        return request.href().substring("/quiz/take?".length());
    }

    static QuizRequest parse(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        String q = query.startsWith("/quiz/take?") ? query.substring("/quiz/take?".length()) : query.startsWith("?") ? query.substring(1) : query;
        for (String pair : q.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        try {
            return QuizRequest.parse(params);
        } catch (BadInput e) {
            throw new Refusal(400, e.getMessage());
        }
    }

    /** The assignment's questions in the order every student gets them. */
    static List<Question> questions(QuestionBank bank, String target) {
        QuizRequest request = parse(target);
        long seed = request.seed().orElse(1L);
        if (!request.ids().isEmpty()) {
            List<Question> named = new ArrayList<>();
            for (String id : request.ids()) {
                named.add(bank.byId(id).orElseThrow(() -> new Refusal(409, "The bank has no question \"" + id + "\" any more.")));
            }
            return QuizComposer.of(named, seed).items().stream().map(QuizItem::question).toList();
        }
        return QuizComposer.compose(bank, request.spec()).items().stream().map(QuizItem::question).toList();
    }

    static boolean isExam(String target) {
        return parse(target).mode() == QuizRequest.Mode.EXAM;
    }
}
