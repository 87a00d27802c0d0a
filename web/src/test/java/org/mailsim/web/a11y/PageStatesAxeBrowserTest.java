package org.mailsim.web.a11y;

import java.time.Duration;
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
 * axe-core on the pages and states no other browser test reaches: each page as it first loads, the
 * explanation page and the error page, and presenter mode with its explanation and key help open.
 * (The other browser tests check each state they screenshot, through HeadlessChromium.screenshot.)
 */
class PageStatesAxeBrowserTest {
    @RegisterExtension
    static final RunningWebApp WEB = new RunningWebApp();

    @Test
    void everyPageAsItFirstLoads() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1366, 900)) {
            for (String page : List.of("/", "/scenarios", "/scenarios/imap-phone-and-laptop/steps/1", "/scenarios/imap-phone-and-laptop/steps/5?view=eavesdropper",
                    "/quiz", "/quiz/take?ids=ivp-pop3-delete-myth&mode=exam&minutes=5", "/lab", "/live",
                    "/explain?protocol=IMAP&direction=client&line=a1+LOGIN+alice+alice", "/rfc", "/rfc/3501", "/setup/how-apps-find-servers",
                    "/no-such-page")) {
                chromium.driver.get(WEB.base() + page);
                Axe.assertNoViolations(chromium.driver, page + " as it loads");
            }
        }
    }

    @Test
    void presenterModeWithTheExplanationAndTheKeysOpen() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1920, 1080)) {
            WebDriver driver = chromium.driver;
            driver.get(WEB.base() + "/scenarios/imap-starttls-vs-implicit-tls/steps/3?present");
            Axe.assertNoViolations(driver, "presenter mode");
            WebElement login = driver.findElements(By.cssSelector(".wire-row.now button.wire-line")).stream()
                    .filter(b -> b.getText().equals("a2 LOGIN alice alice")).findFirst().orElseThrow();
            login.sendKeys(Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("explain-panel")));
            chromium.screenshot("presenter-explain");
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            new Actions(driver).sendKeys("?").perform();
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOfElementLocated(By.id("help")));
            chromium.screenshot("presenter-keys");
            new Actions(driver).sendKeys(Keys.ESCAPE).perform();
            driver.get(WEB.base() + "/scenarios/imap-starttls-vs-implicit-tls/steps/5?present&view=eavesdropper");
            Axe.assertNoViolations(driver, "presenter mode, eavesdropper's view");
        }
    }
}
