package org.mailsim.web.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mailsim.web.Axe;
import org.mailsim.web.HeadlessChromium;
import org.mailsim.web.RunningWebApp;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * prefers-reduced-motion, emulated through Chromium's DevTools (Emulation.setEmulatedMedia), and text
 * at 200 % (WCAG 1.4.4): browser zoom, emulated as a 1280×720 window at device scale 2 (a 640×360 CSS
 * viewport), and text-only enlargement (root font size 200 %). Nothing may need a sideways page scroll
 * and no key content may be cut off by a box that hides its overflow.
 */
class ReducedMotionAndZoomBrowserTest {
    @RegisterExtension
    static final RunningWebApp WEB = new RunningWebApp();

    private static final List<String> PAGES = List.of("/", "/scenarios", "/scenarios/imap-phone-and-laptop/steps/5",
            "/scenarios/imap-phone-and-laptop/steps/5?present", "/quiz", "/quiz/take?ids=ivp-pop3-delete-myth&mode=study", "/lab", "/live",
            "/explain?protocol=IMAP&direction=client&line=a1+LOGIN+alice+alice");
    private static final String KEY_CONTENT = "h1, h2, .button, label, .wire-line, .stem, th, td, .narration, .exam-point, .summary, .lead";

    /** A highlight as a page might add one: under reduced motion the stylesheet must stop it. */
    private static final String PULSE = "var s = document.createElement('style'); s.textContent ="
            + " '@keyframes pulse { from { opacity: .2 } to { opacity: 1 } } .wire-row.now { animation: pulse 1s infinite; transition: background 2s; }';"
            + " document.head.appendChild(s); var r = getComputedStyle(document.querySelector('.wire-row.now'));"
            + " return r.animationName + ' ' + r.transitionDuration;";

    @Test
    void reducedMotionStopsHighlightsAndSlowsAutoplay() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            ChromeDriver driver = chromium.driver;
            String step = WEB.base() + "/scenarios/imap-phone-and-laptop/steps/3";
            driver.get(step);
            assertThat(driver.executeScript(PULSE)).as("without the preference the highlight runs").isEqualTo("pulse 2s");
            assertThat(driver.findElement(By.id("speed")).getAttribute("value")).isEqualTo("3500");

            motion(driver, "reduce");
            driver.get(step);
            assertThat(driver.executeScript("return matchMedia('(prefers-reduced-motion: reduce)').matches")).isEqualTo(true);
            assertThat(driver.executeScript(PULSE)).as("with it, nothing moves").isEqualTo("none 0s");
            assertThat(driver.findElement(By.id("speed")).getAttribute("value")).as("autoplay, if switched on, goes slowly").isEqualTo("6000");
            Axe.assertNoViolations(driver, "player, reduced motion");
        }
    }

    @Test
    void at200PercentZoomEveryPageReflowsWithoutCuttingContent() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            ChromeDriver driver = chromium.driver;
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 640, "height", 360, "deviceScaleFactor", 2, "mobile", false));
            for (String page : PAGES) {
                driver.get(WEB.base() + page);
                assertThat(driver.executeScript("return innerWidth")).isEqualTo(640L);
                assertNothingLost(driver, page + " at 200 % zoom");
            }
            chromium.screenshot("player-zoom-200");
        }
    }

    @Test
    void withTextAt200PercentNothingIsCutOff() throws Exception {
        try (HeadlessChromium chromium = HeadlessChromium.start(1280, 720)) {
            ChromeDriver driver = chromium.driver;
            for (String page : PAGES) {
                driver.get(WEB.base() + page);
                driver.executeScript("document.documentElement.style.fontSize = '200%'");
                assertNothingLost(driver, page + " with text at 200 %");
            }
            driver.executeScript("document.querySelector('main').insertAdjacentHTML('afterbegin', '<div style=\"overflow: hidden; width: 60px\">"
                    + "<h2 style=\"white-space: nowrap\">A heading far too long for its box</h2></div>')");
            assertThat(cutOff(driver)).as("the check sees content that is cut off").singleElement().asString().contains("cut by div");
        }
    }

    private static void motion(ChromeDriver driver, String value) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", value))));
    }

    private static void assertNothingLost(ChromeDriver driver, String state) {
        assertThat(driver.executeScript("""
                if (document.documentElement.scrollWidth <= innerWidth + 1) return "";
                var wide = [];
                document.querySelectorAll("body *").forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.right > innerWidth + 1 && wide.length < 5) wide.push(e.tagName.toLowerCase() + (e.id ? "#" + e.id : "")
                      + (e.className ? "." + String(e.className).trim().split(/\\s+/).join(".") : "") + " reaches " + Math.round(r.right) + "px");
                });
                return "the page scrolls sideways: " + wide.join("; ");
                """)).as("%s: no sideways scroll of the page", state).isEqualTo("");
        assertThat(cutOff(driver)).as("%s: key content cut off", state).isEmpty();
    }

    /** Key content that lies outside a box hiding its overflow, or that overflows its own hiding box. */
    @SuppressWarnings("unchecked")
    private static List<String> cutOff(ChromeDriver driver) {
        return (List<String>) driver.executeScript("""
                function name(e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : ''); }
                var cut = [];
                document.querySelectorAll(arguments[0]).forEach(function (e) {
                  var box = e.getBoundingClientRect();
                  if (box.width === 0 || box.height === 0 || e.closest('.visually-hidden, [hidden]')) return;
                  if (getComputedStyle(e).clipPath === 'inset(50%)') return; // hidden on purpose, for screen readers only
                  // where the visible text itself is, which may lie outside the element's box; words hidden on purpose
                  // for screen readers (clipped to nothing) are not content a sighted reader can lose
                  var r = null, walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
                  for (var t = walker.nextNode(); t; t = walker.nextNode()) {
                    if (!t.textContent.trim()) continue;
                    var hidden = false;
                    for (var p = t.parentElement; p && p !== e.parentElement; p = p.parentElement) {
                      if (p.classList.contains('visually-hidden') || getComputedStyle(p).clipPath === 'inset(50%)') { hidden = true; break; }
                    }
                    if (hidden) continue;
                    var range = document.createRange(); range.selectNodeContents(t);
                    var tb = range.getBoundingClientRect();
                    r = r ? { left: Math.min(r.left, tb.left), right: Math.max(r.right, tb.right) } : { left: tb.left, right: tb.right };
                  }
                  if (!r) return;
                  var own = getComputedStyle(e);
                  if ((own.overflowX === 'hidden' || own.overflowX === 'clip') && e.scrollWidth > e.clientWidth + 1) cut.push(name(e) + ' cuts its own text');
                  for (var a = e.parentElement; a; a = a.parentElement) {
                    var s = getComputedStyle(a);
                    if (s.overflowX !== 'hidden' && s.overflowX !== 'clip') continue;
                    var b = a.getBoundingClientRect();
                    if (r.left < b.left - 1 || r.right > b.right + 1) { cut.push(name(e) + ' "' + e.textContent.trim().slice(0, 40) + '" cut by ' + name(a)); break; }
                  }
                });
                return cut;
                """, KEY_CONTENT);
    }
}
