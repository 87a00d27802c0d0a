package org.mailsim.web.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.HeadlessChromium;
import org.mailsim.web.StandInServer;
import org.mailsim.web.WebApp;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The course in real headless Chromium: the last step of a scenario leads on to its lesson's lab, the
 * lesson ticks what was done, and the progress, kept in the browser, survives a reload and shows
 * on the course and home pages as "continue where you left off".
 */
class CourseBrowserTest {
    private static Javalin app;
    private static String base;
    private static final ScenarioLibrary BUILT_IN = new ScenarioLibrary(Optional.empty());

    @BeforeAll
    static void startApp() {
        app = WebApp.create(() -> StandInServer.INFO, BUILT_IN).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stopApp() {
        app.stop();
    }

    @Test
    void theLastStepLeadsOnToTheLessonAndProgressSurvivesAReload() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            var driver = chromium.driver;
            driver.get(base + "/course");
            assertThat(text(driver, "#course-continue")).contains("Start the course: lesson 1 ▶", "0 of 3 parts done");

            driver.get(base + "/course/pop3-moves-mail-to-one-device");
            assertThat(driver.findElement(By.cssSelector("[data-part=watch]")).getAttribute("class")).doesNotContain("done");
            int last = BUILT_IN.current().find("pop3-delete-after-download").orElseThrow().steps().size();
            driver.get(base + "/scenarios/pop3-delete-after-download/steps/" + (last - 1));
            driver.findElement(By.cssSelector("a[rel=next]")).click();
            wait(driver).until(ExpectedConditions.urlContains("/steps/" + last));
            var onward = driver.findElement(By.cssSelector("a.course-onward"));
            assertThat(onward.getText()).isEqualTo("Next: practise it in the lab ▶");
            chromium.screenshot("course-player-last-step");
            onward.click();
            wait(driver).until(ExpectedConditions.urlToBe(base + "/lab?exercise=pop3-delete-imap-sees"));
            driver.findElement(By.cssSelector(".lesson-exercise a[href='/course/pop3-moves-mail-to-one-device']")).click();
            wait(driver).until(ExpectedConditions.urlToBe(base + "/course/pop3-moves-mail-to-one-device"));
            assertWatchedTicked(driver);

            driver.navigate().refresh();
            assertWatchedTicked(driver);
            assertThat(driver.findElement(By.cssSelector("[data-part=practise]")).getAttribute("class")).doesNotContain("done");
            chromium.screenshot("course-lesson-after-reload");

            driver.findElement(By.cssSelector("a.next-lesson")).click();
            wait(driver).until(ExpectedConditions.urlToBe(base + "/course/pop3-leave-a-copy"));

            driver.get(base + "/course");
            assertThat(text(driver, "[data-lesson=pop3-moves-mail-to-one-device] .lesson-progress")).contains("1 of 3 parts done");
            assertThat(text(driver, "#course-continue")).contains("Continue where you left off: lesson 3 ▶", "Leave a copy on the server");
            driver.get(base + "/");
            wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("course-home-continue")));
            assertThat(text(driver, "#course-home-continue")).contains("Continue where you left off: lesson 3 ▶");
            driver.findElement(By.cssSelector("#course-home-continue a")).click();
            wait(driver).until(ExpectedConditions.urlToBe(base + "/course/pop3-leave-a-copy"));
            chromium.screenshot("course-home-continue");
        }
    }

    @Test
    void aLessonsQuizCarriesTheQuestionsMissedBeforeAndItsScoreTicksTheLesson() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            var driver = chromium.driver;
            driver.get(base + "/course");
            // A graded attempt as quiz-results.js stores it: one question missed, on another lesson's scenario.
            driver.executeScript("localStorage.setItem('mailsim.quiz.history', JSON.stringify([{id: 'a1', key:"
                    + " '/quiz/take?scenario=imap-phone-and-laptop&count=5&mode=study&seed=7', mode: 'study', ids: ['imap-vs-pop3-sync',"
                    + " 'pop3-default-delete'], answers: {}, finishedAt: Date.now(), result: {right: 1, total: 2, missed: ['pop3-default-delete']}}]))");
            driver.get(base + "/course/imap-keeps-mail-on-the-server");
            assertThat(driver.findElement(By.cssSelector("[data-part=quiz]")).getAttribute("class")).contains("done");
            assertThat(text(driver, "[data-part=quiz] .quiz-score")).isEqualTo("Last score: 1 of 2.");
            driver.get(base + "/course/pop3-moves-mail-to-one-device");
            assertThat(driver.findElement(By.cssSelector("a.lesson-quiz")).getAttribute("href"))
                    .endsWith("/quiz/take?scenario=pop3-delete-after-download&count=5&mode=study&review=pop3-default-delete");
        }
    }

    private static void assertWatchedTicked(WebDriver driver) {
        var watch = driver.findElement(By.cssSelector("[data-part=watch]"));
        assertThat(watch.getAttribute("class")).contains("done");
        assertThat(watch.findElement(By.cssSelector(".done-mark")).getText()).isEqualTo("✓");
    }

    private static String text(WebDriver driver, String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }
}
