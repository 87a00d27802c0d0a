package org.mailsim.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the copy inside {@code com.deque.html.axe-core:selenium}, so no network) run on the page
 * as the browser shows it now, with the WCAG 2.0 A and AA and WCAG 2.1 AA rules. Every browser test
 * calls it on each page and page state it reaches; see docs/accessibility.md.
 *
 * <pre>{@code Axe.assertNoViolations(chromium.driver, "player, explain panel open");}</pre>
 */
public final class Axe {
    /** The rule sets checked: WCAG 2.0 level A and AA, and what WCAG 2.1 adds at AA. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {}

    /** Runs axe on the page and returns its results; fails if axe itself did not run. */
    public static Results analyze(WebDriver driver) {
        Results results = new AxeBuilder().withTags(TAGS).disableIframeTesting().analyze(driver);
        assertThat(results.isErrored()).as("axe-core ran on %s: %s", driver.getCurrentUrl(), results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe-core checked something on %s", driver.getCurrentUrl()).isNotEmpty();
        return results;
    }

    /**
     * Fails, listing each rule broken, each element breaking it and what would fix it, if axe finds
     * any violation on the page as it is now. {@code state} says what the page shows, for the message.
     */
    public static void assertNoViolations(WebDriver driver, String state) {
        List<Rule> violations = analyze(driver).getViolations();
        if (!violations.isEmpty()) {
            throw new AssertionError(String.format("WCAG 2.1 AA: %d rule%s broken on %s (%s):%n%s", violations.size(),
                    violations.size() == 1 ? "" : "s", state, driver.getCurrentUrl(), report(violations)));
        }
    }

    /** Rule, impact and help link; then each element with its selector, its HTML and axe's "fix" text. */
    public static String report(List<Rule> violations) {
        StringBuilder out = new StringBuilder();
        for (Rule rule : violations) {
            out.append(String.format("%n● %s (%s, %d element%s): %s%n  %s%n", rule.getId(), rule.getImpact(), rule.getNodes().size(),
                    rule.getNodes().size() == 1 ? "" : "s", rule.getHelp(), rule.getHelpUrl()));
            List<CheckedNode> nodes = rule.getNodes();
            for (CheckedNode node : nodes.subList(0, Math.min(nodes.size(), 8))) {
                out.append("  - ").append(node.getTarget()).append("  ").append(shorten(node.getHtml())).append('\n');
                out.append("    fix: ").append(node.getFailureSummary().strip().replaceAll("\\s*\\n\\s*", " | ")).append('\n');
            }
            if (nodes.size() > 8) out.append("  … and ").append(nodes.size() - 8).append(" more like these\n");
        }
        return out.toString();
    }

    private static String shorten(String html) {
        String flat = html.replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "…";
    }
}
