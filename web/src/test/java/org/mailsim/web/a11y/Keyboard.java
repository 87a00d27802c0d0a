package org.mailsim.web.a11y;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.function.Predicate;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** Keys only, as a student without a mouse: every press goes to the focused element, and each focus must show a ring. */
final class Keyboard {
    private final WebDriver driver;

    Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses Tab until the focused element matches, at most {@code max} times, checking the focus ring at each stop. */
    WebElement tabTo(String what, Predicate<WebElement> wanted, int max) {
        for (int i = 0; i < max; i++) {
            press(Keys.TAB);
            assertFocusRing();
            WebElement now = focused();
            if (wanted.test(now)) return now;
        }
        return fail("no %s within %d presses of Tab", what, max);
    }

    /**
     * The focused element draws a ring a sighted keyboard user can see (WCAG 2.4.7): an outline at least
     * 2px wide or a box shadow, and it is at least partly inside the window.
     */
    void assertFocusRing() {
        String problem = (String) ((JavascriptExecutor) driver).executeScript("""
                var e = document.activeElement;
                if (!e || e === document.body) return "nothing has focus";
                var s = getComputedStyle(e), r = e.getBoundingClientRect();
                var name = e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className ? "." + String(e.className).trim().replace(/\\s+/g, ".") : "");
                var ring = (s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2) || (s.boxShadow && s.boxShadow !== "none");
                if (!ring) return name + " has no focus ring (outline " + s.outlineStyle + " " + s.outlineWidth + ", box-shadow " + s.boxShadow + ")";
                if (r.width === 0 || r.height === 0) return name + " has no size";
                if (r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) return name + " is outside the window";
                return "";
                """);
        assertThat(problem).as("the focused element shows where the keyboard is").isEmpty();
    }
}
