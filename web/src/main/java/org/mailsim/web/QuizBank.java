package org.mailsim.web;

import java.nio.file.Path;
import java.util.Optional;

import org.mailsim.quiz.QuestionBank;
import org.mailsim.quiz.ScenarioChecks;
import org.mailsim.scenario.ScenarioLibrary;

/**
 * The question bank as the web UI uses it: the built-in questions and an instructor's folder
 * ({@code serve --questions DIR}), checked against the scenarios the player shows, replayed through
 * the player's own cache. Loaded on first use, or in the background when {@code serve} starts.
 */
final class QuizBank {
    private final Optional<Path> folder;
    private final ScenarioLibrary scenarios;
    private final TimelineCache timelines;
    private QuestionBank bank;

    QuizBank(Optional<Path> folder, ScenarioLibrary scenarios, TimelineCache timelines) {
        this.folder = folder;
        this.scenarios = scenarios;
        this.timelines = timelines;
    }

    synchronized QuestionBank bank() {
        if (bank == null) bank = QuestionBank.load(folder, new ScenarioChecks(scenarios.current(), timelines::timeline));
        return bank;
    }
}
