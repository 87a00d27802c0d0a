package org.mailsim.web.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailsim.quiz.SingleChoice;
import org.mailsim.web.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole classroom in real headless Chromium, two browsers with their own profiles: the
 * instructor makes a class and sets an exam-mode quiz; a student joins from the second browser,
 * takes the quiz and finishes it; the instructor's dashboard shows the score and the CSV downloads.
 * Then a lesson and a lab exercise: the student steps through the scenario to its last step and
 * types the exercise in the lab, and the dashboard shows both done, with no "mark done" anywhere.
 * Screenshots go to target/screenshots/classroom-*.png.
 */
class ClassroomBrowserTest {
    private static Javalin app;
    private static String base;

    @TempDir
    Path downloads;

    @BeforeAll
    static void startApp() {
        app = ClassroomFixture.start();
        base = ClassroomFixture.base(app);
    }

    @AfterAll
    static void stopApp() {
        app.stop();
    }

    @Test
    void createJoinTakeTheAssignedQuizSeeItOnTheDashboardAndDownloadTheCsv() throws Exception {
        List<SingleChoice> qs = ClassroomFixture.twoQuestions();
        try (HeadlessChromium teacher = HeadlessChromium.start(1280, 900); HeadlessChromium student = HeadlessChromium.start(1280, 900)) {
            ChromeDriver t = teacher.driver;
            t.get(base + "/teach");
            t.findElement(By.id("class-name")).sendKeys("Network+ Tuesday");
            t.findElement(By.cssSelector("#create-class button")).click();
            String code = wait(t, By.id("join-code")).getText();
            assertThat(t.findElement(By.id("instructor-key")).getText()).matches("([A-Z2-9]{4}-){4}[A-Z2-9]{4}");
            teacher.screenshot("classroom-created");
            t.findElement(By.id("to-dashboard")).click();
            wait(t, By.id("assign-form"));
            t.findElement(By.id("assign-title")).sendKeys("Ports exam");
            t.findElement(By.id("assign-ids")).sendKeys(qs.get(0).id() + ", " + qs.get(1).id());
            t.findElement(By.cssSelector("input[name=mode][value=exam]")).click();
            t.findElement(By.id("assign-minutes")).sendKeys("5");
            t.findElement(By.cssSelector("#assign-form button[type=submit]")).click();
            wait(t, By.id("assign-form"));
            assertThat(t.findElement(By.id("assignments")).getText()).contains("quiz: Ports exam");

            ChromeDriver s = student.driver;
            s.get(base + "/join");
            s.findElement(By.id("join-code")).sendKeys(code.toLowerCase());
            s.findElement(By.id("join-name")).sendKeys("Ana <b>Lima</b>");
            s.findElement(By.cssSelector("#join-form button")).click();
            assertThat(wait(s, By.id("student-name")).getText()).isEqualTo("Ana <b>Lima</b>");
            WebElement row = s.findElement(By.cssSelector("#assignments tbody tr"));
            assertThat(row.getText()).contains("Ports exam", "not started");
            student.screenshot("classroom-student");
            row.findElement(By.linkText("Ports exam")).click();

            for (int n = 1; n <= 2; n++) {
                WebElement q = wait(s, By.id("q" + n));
                SingleChoice question = qs.get(n - 1);
                int right = ClassroomFixture.index(question, true); // the option's index in the question, whatever order it is shown in
                q.findElement(By.cssSelector("input[name=pick][value='" + right + "']")).findElement(By.xpath("..")).click();
                if (n == 1) q.findElement(By.cssSelector("button.next")).click();
            }
            // Meanwhile, the instructor sees who is still working on the exam.
            t.navigate().refresh();
            assertThat(wait(t, By.id("working")).getText()).contains("Ana <b>Lima</b> · Ports exam");

            s.findElement(By.id("finish")).click();
            wait(s, By.id("submit-dialog")).findElement(By.cssSelector("button[value=submit]")).click();
            new WebDriverWait(s, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("recorded=1"));
            assertThat(wait(s, By.id("score")).getText()).contains("2 of 2 right", "Recorded for your class.");
            student.screenshot("classroom-student-results");
            s.get(base + "/class");
            assertThat(wait(s, By.cssSelector("#assignments tbody tr")).getText()).contains("done", "2 of 2 right");

            t.navigate().refresh();
            WebElement progress = wait(t, By.id("progress"));
            assertThat(progress.getText()).contains("Ana <b>Lima</b>", "2/2");
            assertThat(t.findElements(By.id("working"))).isEmpty();
            teacher.screenshot("classroom-dashboard");

            t.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            t.findElement(By.id("export-csv")).click();
            Path csv = downloads.resolve("mailsim-" + code + "-results.csv");
            new WebDriverWait(t, Duration.ofSeconds(10)).until(d -> Files.exists(csv));
            assertThat(Files.readString(csv)).contains("student,assignment,kind,status,right,total", "Ana <b>Lima</b>,Ports exam,quiz,done,2,2,100,");
        }
    }

    @Test
    void anAssignedLessonAndLabExerciseAreRecordedWhenTheStudentFinishesThemWithoutAnyButton() throws Exception {
        try (HeadlessChromium teacher = HeadlessChromium.start(1280, 900); HeadlessChromium student = HeadlessChromium.start(1280, 900)) {
            ChromeDriver t = teacher.driver;
            t.get(base + "/teach");
            t.findElement(By.id("class-name")).sendKeys("A+ Thursday");
            t.findElement(By.cssSelector("#create-class button")).click();
            String code = wait(t, By.id("join-code")).getText();
            t.findElement(By.id("to-dashboard")).click();
            setWork(t, "lesson", "Watch the lesson");
            new Select(t.findElement(By.id("assign-lab"))).selectByValue("imap-search-unseen");
            setWork(t, "lab", "Search for unread mail");
            assertThat(t.findElement(By.id("assignments")).getText()).contains("lesson: Watch the lesson", "lab: Search for unread mail");

            ChromeDriver s = student.driver;
            s.get(base + "/join");
            s.findElement(By.id("join-code")).sendKeys(code);
            s.findElement(By.id("join-name")).sendKeys("Bo");
            s.findElement(By.cssSelector("#join-form button")).click();
            wait(s, By.id("student-name"));
            assertThat(s.findElements(By.xpath("//button[contains(., 'Mark done')]"))).isEmpty();
            s.findElement(By.linkText("Watch the lesson")).click();
            for (int step = 0; !s.findElements(By.cssSelector("a[rel=next]")).isEmpty(); step++) {
                assertThat(step).as("steps").isLessThan(80);
                String before = s.getCurrentUrl();
                s.findElement(By.cssSelector("a[rel=next]")).click();
                new WebDriverWait(s, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().equals(before));
            }
            assertThat(s.findElements(By.cssSelector("a[rel=last]"))).as("at the last step").isEmpty();
            s.get(base + "/class");
            assertThat(wait(s, By.cssSelector("#assignments tbody tr")).getText()).contains("Watch the lesson", "done");

            s.findElement(By.linkText("Search for unread mail")).click();
            new WebDriverWait(s, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("lab-status"), "Your sandbox is ready."));
            s.findElement(By.cssSelector("#pane-phone .connect-form button[type=submit]")).click();
            new WebDriverWait(s, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#pane-phone .pane-connection"), "port"));
            for (String line : List.of("a1 LOGIN alice alice", "a2 SELECT INBOX", "a3 SEARCH UNSEEN")) {
                s.findElement(By.id("input-phone")).sendKeys(line, Keys.ENTER);
                new WebDriverWait(s, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("#pane-phone .console"), line.substring(0, 2) + " OK"));
            }
            new WebDriverWait(s, Duration.ofSeconds(15)).until(d -> d.findElement(By.cssSelector("[data-exercise=imap-search-unseen]")).getAttribute("class").contains("done"));

            // The instructor's dashboard shows both done, the lab exercise once the lab has recorded it.
            new WebDriverWait(t, Duration.ofSeconds(15)).until(d -> {
                d.navigate().refresh();
                List<WebElement> cells = d.findElements(By.cssSelector("#progress tbody td.done"));
                return cells.size() == 2;
            });
            WebElement row = t.findElement(By.cssSelector("#progress tbody tr"));
            assertThat(row.getText()).contains("Bo").doesNotContain("not started", "working");
            assertThat(row.findElements(By.cssSelector("td.done"))).allSatisfy(td -> assertThat(td.getAttribute("title")).startsWith("finished "));
            t.executeScript("document.getElementById('students').scrollIntoView()");
            teacher.screenshot("classroom-dashboard-lesson-and-lab");
        }
    }

    private static void setWork(ChromeDriver t, String kind, String title) {
        t.findElement(By.cssSelector("input[name=kind][value=" + kind + "]")).click();
        t.findElement(By.id("assign-title")).sendKeys(title);
        t.findElement(By.cssSelector("#assign-form button[type=submit]")).click();
        new WebDriverWait(t, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("assignments"), kind + ": " + title));
    }

    private static WebElement wait(ChromeDriver driver, By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }
}
