package org.mailsim.web.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mailsim.web.RunningWebApp;
import org.mailsim.scenario.ScenarioLibrary;
import org.mailsim.web.HeadlessChromium;
import org.mailsim.web.StandInServer;
import org.mailsim.web.WebApp;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The ports drill in real headless Chromium, answered from the keyboard alone, both directions, timed. */
class PortsDrillBrowserTest {
    private static final Pattern TO_SERVICE = Pattern.compile("Port (\\d+): which service\\?");
    private static final Pattern TO_PORT = Pattern.compile("(\\S+) \\(.*\\): which port\\?");
    @RegisterExtension
    static final RunningWebApp WEB = new RunningWebApp();

    @Test
    void theTableListsTheSevenMailPortsWithoutJavaScript() {
        JavalinTest.test(WebApp.create(() -> StandInServer.INFO, new ScenarioLibrary(Optional.empty())), (server, client) -> {
            String html = client.get("/drill/ports").body().string();
            for (String port : List.of("143", "993", "110", "995", "25", "587", "465")) assertThat(html).contains("data-port=\"" + port + "\"");
            assertThat(html).contains("table calls 587 &quot;SMTPS&quot;.", "RFC 8314 §3.1, §7.1", "/static/ports-drill.js");
        });
    }

    @Test
    void aRoundAnsweredByKeyboardKeepsScoreAndEndsWithTheMissedPorts() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            WebDriver driver = chromium.driver;
            driver.get(WEB.base() + "/drill/ports?seconds=12");
            List<String> services = driver.findElements(By.cssSelector(".drill-row")).stream().map(r -> r.getAttribute("data-service")).toList();
            Map<String, String> portOf = new HashMap<>();
            Map<String, String> serviceOf = new HashMap<>();
            driver.findElements(By.cssSelector(".drill-row")).forEach(r -> {
                portOf.put(r.getAttribute("data-service"), r.getAttribute("data-port"));
                serviceOf.put(r.getAttribute("data-port"), r.getAttribute("data-service"));
            });
            assertThat(services).hasSize(7);
            new Actions(driver).sendKeys(Keys.ENTER).perform();
            assertThat(driver.findElement(By.id("drill-card")).isDisplayed()).isTrue();
            boolean toService = false;
            boolean toPort = false;
            int i = 0;
            for (; i < 8 || !(toService && toPort); i++) {
                assertThat(i).as("both directions asked within 40 questions").isLessThan(40);
                String prompt = driver.findElement(By.id("drill-prompt")).getText();
                boolean wrongOnPurpose = i == 0;
                Matcher s = TO_SERVICE.matcher(prompt);
                Matcher p = TO_PORT.matcher(prompt);
                if (s.matches()) {
                    toService = true;
                    int right = services.indexOf(serviceOf.get(s.group(1))) + 1;
                    int key = wrongOnPurpose ? right % 7 + 1 : right;
                    new Actions(driver).sendKeys(String.valueOf(key)).perform();
                } else {
                    assertThat(p.matches()).as(prompt).isTrue();
                    toPort = true;
                    String port = wrongOnPurpose ? "1" : portOf.get(p.group(1));
                    new Actions(driver).sendKeys(port).sendKeys(Keys.ENTER).perform();
                }
                assertThat(driver.findElement(By.id("drill-score")).getText()).isEqualTo(i + " of " + (i + 1) + " right");
                assertThat(driver.findElement(By.id("drill-feedback")).getText()).startsWith(wrongOnPurpose ? "✗ No: " : "✓ Right: ");
            }
            chromium.screenshot("ports-drill");
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("drill-result")));
            assertThat(driver.findElement(By.id("drill-final-score")).getText()).isEqualTo("Score: " + (i - 1) + " of " + i + " right in 12 s");
            assertThat(driver.findElements(By.cssSelector("#drill-missed li"))).hasSize(1);
            assertThat(driver.findElement(By.id("drill-best")).getText()).contains("new best");
        }
    }
}
