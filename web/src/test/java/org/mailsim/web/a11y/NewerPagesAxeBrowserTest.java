package org.mailsim.web.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mailsim.web.Axe;
import org.mailsim.web.HeadlessChromium;
import org.mailsim.web.RunningWebApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core on the pages added after {@link PageStatesAxeBrowserTest}: the course and its lessons, the
 * ports drill (answering, its result), the glossary, the classroom (create a class, its dashboard, join, the
 * student's class page, the dashboard with that student), each also at phone width; presenter mode's key help and black screen, the quiz results with the
 * scaled-score estimate and the lab with its exercises. Every state is checked and every broken rule
 * reported together. (The class-account setup pages are checked in SetupBrowserTest.)
 */
class NewerPagesAxeBrowserTest {
    @RegisterExtension
    static final RunningWebApp WEB = new RunningWebApp();

    private final List<String> failures = new ArrayList<>();

    /** The pages as they first load. (/licenses is plain text, shown by the browser's own text viewer.) */
    private static final List<String> PAGES = List.of("/course", "/course/imap-keeps-mail-on-the-server", "/course/what-a-sniffer-sees",
            "/course/imap-starttls-and-993", "/drill/ports", "/glossary", "/lab", "/teach", "/join");

    @Test
    void theNewerPagesAndTheirStatesBreakNoWcagRule() throws Exception {
        try (HeadlessChromium phone = HeadlessChromium.start(390, 844)) {
            for (String page : PAGES) {
                phone.driver.get(WEB.base() + page);
                check(phone.driver, page + " as it loads on a phone");
            }
        }
        try (HeadlessChromium chromium = HeadlessChromium.start(1366, 900)) {
            WebDriver driver = chromium.driver;
            for (String page : PAGES) {
                driver.get(WEB.base() + page);
                check(driver, page + " as it loads");
            }
            driver.get(WEB.base() + "/course/imap-keeps-mail-on-the-server");
            driver.get(WEB.base() + "/course");
            check(driver, "/course with a lesson begun");

            // The ports drill: one wrong answer, then the result when the clock runs out.
            driver.get(WEB.base() + "/drill/ports?seconds=5");
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            visible(driver, By.id("drill-card"));
            new Actions(driver).sendKeys("1").sendKeys(Keys.ENTER).perform();
            visible(driver, By.id("drill-feedback"));
            check(driver, "ports drill, feedback on an answer");
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(By.id("drill-result")));
            check(driver, "ports drill, the result");

            driver.get(WEB.base() + "/teach");
            driver.findElement(By.id("class-name")).sendKeys("Network+ Tuesday");
            driver.findElement(By.cssSelector("#create-class button")).click();
            String code = visible(driver, By.id("join-code")).getText();
            check(driver, "/teach, class created");
            driver.findElement(By.id("to-dashboard")).click();
            visible(driver, By.id("assign-form"));
            check(driver, "instructor's dashboard");
            String dashboard = driver.getCurrentUrl();

            driver.get(WEB.base() + "/join");
            driver.findElement(By.id("join-code")).sendKeys(code);
            driver.findElement(By.id("join-name")).sendKeys("Ana Lima");
            driver.findElement(By.cssSelector("#join-form button")).click();
            visible(driver, By.id("student-name"));
            check(driver, "/class after joining");
            driver.get(dashboard);
            visible(driver, By.id("progress"));
            check(driver, "instructor's dashboard with a student");

            // An exam-mode quiz for N10-009 whose clock runs out: the results carry the scaled-score estimate.
            driver.get(WEB.base() + "/quiz/take?exam=N10-009&count=2&seed=7&mode=exam&minutes=5");
            visible(driver, By.id("q1"));
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("var all = JSON.parse(localStorage.getItem('mailsim.quiz.progress'));"
                    + "Object.values(all).forEach(function (p) { p.deadline = Date.now() + 500; });"
                    + "localStorage.setItem('mailsim.quiz.progress', JSON.stringify(all));");
            driver.navigate().refresh();
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/quiz/results?attempt="));
            visible(driver, By.id("scaled-score"));
            check(driver, "quiz results with the scaled-score estimate");
        }
        try (HeadlessChromium chromium = HeadlessChromium.start(1920, 1080)) {
            WebDriver driver = chromium.driver;
            driver.get(WEB.base() + "/scenarios/imap-starttls-vs-implicit-tls/steps/1?present");
            chromium.screenshot("presenter-first-step"); // First and Back disabled; the screenshot runs axe too
            WebElement first = driver.findElement(By.cssSelector(".controls .button.disabled"));
            WebElement next = driver.findElement(By.cssSelector(".controls a.button[rel=next]"));
            assertThat(first.getCssValue("background-color")).as("a disabled button is not filled like a working one")
                    .isNotEqualTo(next.getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)");
            assertThat(first.getCssValue("outline-style")).isEqualTo("dashed");
            new Actions(driver).sendKeys("?").perform();
            visible(driver, By.id("help"));
            check(driver, "presenter mode, key help");
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            new Actions(driver).sendKeys("b").perform();
            visible(driver, By.id("blackout"));
            check(driver, "presenter mode, black screen");
        }
        if (!failures.isEmpty()) throw new AssertionError(String.join("\n", failures));
    }

    private void check(WebDriver driver, String state) {
        try {
            Axe.assertNoViolations(driver, state);
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    private static WebElement visible(WebDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }
}
