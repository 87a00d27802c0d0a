package org.mailsim.web.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.HeadlessChromium;
import org.mailsim.web.StandInServer;
import org.mailsim.web.WebApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Next at the last step of a scenario, in real headless Chromium: never a disabled button; its words
 * name where it goes (the lesson's lab exercise, its quiz, the next lesson, as far as this browser's
 * progress says the student got), and the player's Next keys (→, PageDown, Space) follow it.
 * A scenario outside the course goes back to the list of scenarios.
 */
class LastStepNextBrowserTest {
    private static final String POP3 = "pop3-delete-after-download"; // lesson 2, exercise pop3-delete-imap-sees
    private static final String HEADERS = "imap-headers-first";       // lesson 5, no exercise
    private static final String OWN = "my-own-headers-first";         // a user's scenario, in no lesson
    @TempDir
    static Path folder;
    private static ScenarioLibrary library;
    private static Javalin app;
    private static String base;

    @BeforeAll
    static void startApp() throws Exception {
        String yaml = Files.readString(Path.of("..", "scenarios", HEADERS + ".yaml")).replaceFirst("(?m)^id: .*$", "id: " + OWN);
        Files.writeString(folder.resolve(OWN + ".yaml"), yaml);
        library = new ScenarioLibrary(Optional.of(folder));
        app = WebApp.create(() -> StandInServer.INFO, library).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + app.port();
    }

    @AfterAll
    static void stopApp() {
        app.stop();
    }

    @Test
    void nextGoesToTheLabThenTheQuizThenTheNextLessonAsTheLessonsPartsAreDone() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            var driver = chromium.driver;
            driver.get(base + "/course");
            driver.executeScript("localStorage.clear()");

            WebElement next = lastStep(driver, POP3);
            assertThat(next.getText()).isEqualTo("Next: practise it in the lab ▶");
            chromium.screenshot("last-step-next-to-the-lab");
            press(driver, Keys.ARROW_RIGHT);
            wait(driver).until(ExpectedConditions.urlToBe(base + "/lab?exercise=pop3-delete-imap-sees"));

            // The exercise ticked, as the lab records it: Next now offers the lesson's quiz, with the missed questions due.
            driver.executeScript("MailsimCourse.exercisesDone(['pop3-delete-imap-sees'])");
            driver.executeScript("localStorage.setItem('mailsim.quiz.history', JSON.stringify([{id: 'a1', key:"
                    + " '/quiz/take?scenario=imap-phone-and-laptop&count=5&mode=study&seed=7', mode: 'study', ids: ['imap-vs-pop3-sync'],"
                    + " answers: {}, finishedAt: Date.now(), result: {right: 0, total: 1, missed: ['imap-vs-pop3-sync']}}]))");
            next = lastStep(driver, POP3);
            assertThat(next.getText()).isEqualTo("Next: the lesson's quiz ▶");
            press(driver, Keys.PAGE_DOWN);
            wait(driver).until(ExpectedConditions.urlContains("/quiz/take?scenario=" + POP3 + "&count=5&mode=study&review=imap-vs-pop3-sync"));

            // Its quiz taken too: every part of lesson 2 done, so Next is the next lesson, by its title.
            driver.executeScript("var h = JSON.parse(localStorage.getItem('mailsim.quiz.history')); h.unshift({id: 'a2', key:"
                    + " '/quiz/take?scenario=" + POP3 + "&count=5&mode=study', mode: 'study', ids: [], answers: {}, finishedAt: Date.now(),"
                    + " result: {right: 4, total: 5, missed: []}}); localStorage.setItem('mailsim.quiz.history', JSON.stringify(h))");
            next = lastStep(driver, POP3);
            assertThat(next.getText()).isEqualTo("Next lesson: Leave a copy on the server (two POP3 devices) ▶");
            chromium.screenshot("last-step-next-lesson");
            press(driver, Keys.SPACE);
            wait(driver).until(ExpectedConditions.urlToBe(base + "/course/pop3-leave-a-copy"));
        }
    }

    @Test
    void aLessonWithNoExerciseGoesOnToItsQuiz() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1024, 768)) {
            var driver = chromium.driver;
            driver.get(base + "/course");
            driver.executeScript("localStorage.clear()");
            WebElement next = lastStep(driver, HEADERS);
            assertThat(next.getText()).isEqualTo("Next: the lesson's quiz ▶");
            press(driver, Keys.ARROW_RIGHT);
            wait(driver).until(ExpectedConditions.urlContains("/quiz/take?scenario=" + HEADERS + "&"));

            // In presenter mode too: the long label stays on the one row of controls, inside the window.
            int last = library.current().find(HEADERS).orElseThrow().steps().size();
            driver.get(base + "/scenarios/" + HEADERS + "/steps/" + last + "?present");
            WebElement onward = driver.findElement(By.cssSelector(".controls a[rel=next]"));
            assertThat(onward.getText()).isEqualTo("Next: the lesson's quiz ▶");
            assertThat((Boolean) driver.executeScript("var r = arguments[0].getBoundingClientRect();"
                    + " return r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight;", onward)).isTrue();
            chromium.screenshot("last-step-next-presenter-1024");
        }
    }

    @Test
    void aScenarioOutsideTheCourseGoesBackToTheListOfScenarios() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1366, 768)) {
            var driver = chromium.driver;
            WebElement next = lastStep(driver, OWN);
            assertThat(next.getText()).isEqualTo("Done: back to all scenarios ▶");
            chromium.screenshot("last-step-outside-the-course");
            press(driver, Keys.ARROW_RIGHT);
            wait(driver).until(ExpectedConditions.urlToBe(base + "/scenarios"));
        }
    }

    /** The last step of a scenario, and its Next control: a working link, no disabled "Next" anywhere. */
    private static WebElement lastStep(WebDriver driver, String scenario) {
        int last = library.current().find(scenario).orElseThrow().steps().size();
        driver.get(base + "/scenarios/" + scenario + "/steps/" + last);
        assertThat(driver.findElements(By.cssSelector(".controls .disabled")))
                .as("Next is never a disabled button").noneMatch(e -> e.getText().contains("Next"));
        WebElement next = driver.findElement(By.cssSelector(".controls a[rel=next]"));
        assertThat(next.isDisplayed() && next.isEnabled()).isTrue();
        assertThat(next.getAttribute("aria-disabled")).isNull();
        return next;
    }

    private static void press(WebDriver driver, CharSequence key) {
        driver.findElement(By.tagName("h1")).click(); // focus on the page, not on a control
        new Actions(driver).sendKeys(key).perform();
    }

    private static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }
}
