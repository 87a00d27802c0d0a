package org.mailsim.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text colour the pages use, measured against the background it sits on (WCAG 2.x §1.4.3).
 * The list of which selector's colour goes on which selector's background is written here, read
 * from the templates; the colour values themselves are read from the stylesheets, so changing a
 * colour in the CSS is checked. Normal text needs 4.5:1, large text (24px, or 18.66px bold) 3:1.
 */
class ContrastTest {

    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b");
    private static final Pattern VAR = Pattern.compile("var\\((--[\\w-]+)\\)");

    /** Selector → property → value; a later rule for the same selector wins, as in the cascade. */
    private static final Map<String, Map<String, String>> RULES = new HashMap<>();

    /** Where a colour comes from: the property of the rule with exactly this selector. */
    record Ref(String selector, String property) {}

    /**
     * One piece of text on its background. {@code dimmedBy} names a rule whose {@code opacity}
     * fades text and background together over {@code backdrop}; null when nothing fades it.
     */
    record Pair(String what, Ref text, Ref background, boolean large, String dimmedBy, Ref backdrop) {
        @Override public String toString() { return what; }
    }

    static Ref fg(String selector) { return new Ref(selector, "color"); }
    static Ref bg(String selector) { return new Ref(selector, "background"); }
    static Pair pair(String what, Ref text, Ref background) { return new Pair(what, text, background, false, null, null); }
    static Pair large(String what, Ref text, Ref background) { return new Pair(what, text, background, true, null, null); }
    static Pair dimmed(String what, Ref text, Ref background, String dimmedBy, Ref backdrop) {
        return new Pair(what, text, background, false, dimmedBy, backdrop);
    }

    static Stream<Pair> pairs() {
        return Stream.of(
            pair("body text on the page", fg(":root"), bg(":root")),
            pair("body text in a panel", fg(":root"), bg(".panel")),
            pair("muted text on the page", fg(".muted"), bg(":root")),
            pair("muted text in a panel", fg(".muted"), bg(".panel")),
            pair("a link on the page", fg("a"), bg(":root")),
            pair("a link in a panel", fg("a"), bg(".panel")),
            pair("the header", fg(".site-header"), bg(".site-header")),
            large("the header's brand (1.25rem bold)", fg(".site-header .brand"), bg(".site-header")),
            pair("a button", fg(".button"), bg(".button")),
            pair("a secondary button", fg(".button.secondary"), bg(".button.secondary")),
            pair("a disabled button", fg(".button.disabled"), bg(".button.disabled")),
            pair("a warning", fg(".warning"), bg(":root")),
            pair("a table heading", fg(":root"), bg("thead th")),
            pair("the eavesdropper's-view badge", fg(".mode-badge"), bg(".mode-badge")),
            pair("a typed command", fg(".typed"), bg(".typed")),
            pair("the exam point", fg(":root"), bg(".exam-point")),
            pair("an expectation that held", fg(".results .pass"), bg(".panel")),
            pair("an expectation that failed", fg(".results .fail"), bg(".panel")),
            pair("the client lane key", fg(".lane-key.client"), bg(".panel")),
            pair("the server lane key", fg(".lane-key.server"), bg(".panel")),
            pair("a client line", fg(".wire-line"), bg(".wire-row.client")),
            pair("a server line", fg(".wire-line"), bg(".wire-row.server")),
            pair("a TLS record row", fg(".wire-line"), bg(".wire-row.tls")),
            pair("the C:/S: prefix on a client row", fg(".wire-row .prefix"), bg(".wire-row.client")),
            pair("the C:/S: prefix on a TLS row", fg(".wire-row .prefix"), bg(".wire-row.tls")),
            pair("this step's marker", fg(".wire-row .marker"), bg(".wire-row.client")),
            pair("the TLS badge", fg(".lock"), bg(".lock")),
            pair("an explained line", fg(".wire-line"), bg("button.wire-line.explained")),
            dimmed("an earlier client line", fg(".wire-row.earlier .wire-line"), bg(".wire-row.client"), ".wire-row.earlier", bg(".transcript")),
            dimmed("an earlier server line", fg(".wire-row.earlier .wire-line"), bg(".wire-row.server"), ".wire-row.earlier", bg(".transcript")),
            dimmed("an earlier TLS record", fg(".wire-row.earlier .wire-line"), bg(".wire-row.tls"), ".wire-row.earlier", bg(".transcript")),
            dimmed("an earlier line's prefix", fg(".wire-row.earlier .prefix"), bg(".wire-row.tls"), ".wire-row.earlier", bg(".transcript")),
            dimmed("the TLS badge on an earlier line", fg(".lock"), bg(".lock"), ".wire-row.earlier", bg(".transcript")),
            pair("the live view's secret-hidden badge", fg(".masked-badge"), bg(".masked-badge")),
            pair("the live view's status while streaming", fg(".live-status[data-state=\"live\"]"), bg(":root")),
            pair("the live view's status when the stream is lost", fg(".live-status[data-state=\"lost\"]"), bg(":root")),
            pair("the live view's status when mailsim stopped", fg(".live-status[data-state=\"stopped\"]"), bg(":root")),
            pair("a closed connection in the live view", fg(".connections tr.closed td"), bg("table")),
            pair("a NEW row", fg(":root"), bg("tr.new")),
            pair("a CHANGED row", fg(":root"), bg("tr.changed")),
            pair("a REMOVED row", fg(":root"), bg("tr.removed")),
            pair("muted text in a CHANGED row", fg(".muted"), bg("tr.changed")),
            pair("the NEW label", fg(".badge.new"), bg(".badge.new")),
            pair("the CHANGED label", fg(".badge.changed"), bg(".badge.changed")),
            pair("the REMOVED label", fg(".badge.removed"), bg(".badge.removed")),
            pair("the unread dot", fg(".unread-dot"), bg(":root")),
            pair("the unread dot on a NEW row", fg(".unread-dot"), bg("li.new")),
            pair("the unread dot on a CHANGED row", fg(".unread-dot"), bg("li.changed")),
            pair("the current step in the progress bar", fg(".progress li.current a"), bg(":root")),
            pair("a step in the progress bar", fg(".progress a"), bg(":root")),
            pair("a header link", fg(".site-nav a"), bg(".site-header")),
            pair("quiz: a question's number in the grid", fg(".grid-button"), bg(".grid-button")),
            pair("quiz: an answered question in the grid", fg(".grid-button"), bg(".grid-button.answered")),
            pair("quiz: a question answered right in the grid", fg(".grid-button"), bg(".grid-button.right")),
            pair("quiz: a question answered wrong in the grid", fg(".grid-button"), bg(".grid-button.wrong")),
            pair("quiz: the flagged badge", fg(".flag-badge"), bg(".question")),
            pair("quiz: a pressed flag button", fg(".flag[aria-pressed=true]"), bg(".flag[aria-pressed=true]")),
            pair("quiz: a disabled button", fg(".question-actions .button:disabled"), bg(".question-actions .button:disabled")),
            pair("quiz: the time left when it runs low", fg(".timer.low"), bg(":root")),
            pair("quiz: a message under a question", fg(".form-message"), bg(".question")),
            pair("quiz: a picked option", fg(":root"), bg(".option:has(input:checked)")),
            pair("quiz: the situation of a configure task", fg(":root"), bg(".situation")),
            pair("quiz: the verdict right", fg(".verdict.right"), bg(".verdict.right")),
            pair("quiz: the verdict wrong", fg(".verdict.wrong"), bg(".verdict.wrong")),
            pair("quiz: an option's tag, right", fg(".option-review li.right .tag"), bg(".option-review li")),
            pair("quiz: an option's tag, wrong", fg(".option-review li.wrong .tag"), bg(".option-review li")),
            pair("quiz: your match, right", fg(".pair-review tr.right td:nth-child(3)"), bg(":root")),
            pair("quiz: your match, wrong", fg(".pair-review tr.wrong td:nth-child(3)"), bg(":root")),
            pair("quiz: the decisive line", fg(".wire-line"), bg(".wire-row.decisive")),
            pair("quiz: the decisive line's tag", fg(".decisive-tag"), bg(".wire-row.decisive")),
            pair("quiz: a connection heading in a run", fg(".wire-row.note"), bg(".run-lines")),
            pair("quiz: the exam key's RFC facts", fg(":root"), bg(".exam-key")),
            pair("quiz: an import error", fg(":root"), bg("#history-error:not(:empty)")),
            pair("lab: a console note", fg(".wire-line"), bg(".wire-row.note")),
            pair("lab: the prefix of a console row", fg(".wire-row .prefix"), bg(".wire-row.server")),
            pair("lab: the hint line", fg(":root"), bg(".hint")),
            pair("lab: typed input", fg(".console-input"), bg(".console-input")),
            pair("lab: how to do an exercise", fg(".exercises .how"), bg(".panel")),
            pair("lab: a done exercise's mark", fg(".exercises li.done .done-mark"), bg(".panel")),
            pair("presenter: text", fg("body.present"), bg("body.present")),
            pair("presenter: text in a panel", fg(".present .panel"), bg(".present .panel")),
            pair("presenter: links and muted text", fg(".present a"), bg(".present .panel")),
            pair("presenter: a button", fg(".present .button"), bg(".present .button")),
            pair("presenter: a disabled button, hollow on the black page", fg(".present .button.disabled"), bg("body.present")),
            pair("presenter: a step in the progress bar", fg(".present .progress a"), bg("body.present")),
            pair("presenter: a client line", fg(".present .wire-line"), bg(".present .wire-row.client")),
            pair("presenter: a server line", fg(".present .wire-line"), bg(".present .wire-row.server")),
            pair("presenter: a TLS record row", fg(".present .wire-line"), bg(".present .wire-row.tls")),
            pair("presenter: an explained line", fg(".present .wire-line"), bg(".present button.wire-line.explained")),
            pair("presenter: this step's marker", fg(".present .wire-row .marker"), bg(".present .wire-row.client")),
            dimmed("presenter: an earlier client line", fg(".present .wire-row.earlier .wire-line"), bg(".present .wire-row.client"),
                ".present .wire-row.earlier", bg(".present .transcript")),
            dimmed("presenter: an earlier TLS record", fg(".present .wire-row.earlier .wire-line"), bg(".present .wire-row.tls"),
                ".present .wire-row.earlier", bg(".present .transcript")),
            pair("presenter: the exam point", fg(".present .panel"), bg(".present .exam-point")),
            pair("presenter: an expectation that failed", fg(".present .results .fail"), bg(".present .panel")),
            pair("presenter: the client lane key", fg(".present .lane-key.client"), bg(".present .panel")),
            pair("presenter: the server lane key", fg(".present .lane-key.server"), bg(".present .panel")),
            pair("presenter: a NEW row", fg(".present .panel"), bg(".present tr.new")),
            pair("presenter: a CHANGED row", fg(".present .panel"), bg(".present tr.changed")),
            pair("presenter: a REMOVED row", fg(".present .panel"), bg(".present tr.removed")),
            pair("presenter: a table heading", fg(".present thead th"), bg(".present thead th")),
            pair("presenter: a typed command", fg(".typed"), bg(".present .typed")),
            pair("presenter: the explained line in the explanation", fg(".present .explain-panel"), bg(".present .explained-line code")),
            pair("presenter: the explanation", fg(".present .explain-panel"), bg(".present .explain-panel")),
            pair("presenter: the unread dot", fg(".present .unread-dot"), bg(".present .device-frame")),
            pair("presenter: the unread dot on a NEW row", fg(".present .unread-dot"), bg(".present li.new")),
            pair("presenter: the unread dot on a CHANGED row", fg(".present .unread-dot"), bg(".present li.changed")),
            pair("presenter: the TLS badge", fg(".present .lock"), bg(".present .lock")));
    }

    @BeforeAll
    static void readStylesheets() throws IOException {
        try (Stream<Path> files = Files.list(STATIC)) {
            for (Path css : files.filter(f -> f.toString().endsWith(".css")).sorted().toList()) {
                String text = Files.readString(css).replaceAll("(?s)/\\*.*?\\*/", "");
                Matcher rule = RULE.matcher(text);
                while (rule.find()) {
                    for (String selector : rule.group(1).split(",")) {
                        Map<String, String> props = RULES.computeIfAbsent(selector.trim().replaceAll("\\s+", " "), s -> new HashMap<>());
                        for (String declaration : rule.group(2).split(";")) {
                            int colon = declaration.indexOf(':');
                            if (colon > 0) props.put(declaration.substring(0, colon).trim(), declaration.substring(colon + 1).trim());
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void textIsReadableOnItsBackground(Pair pair) {
        double opacity = pair.dimmedBy() == null ? 1 : Double.parseDouble(declared(pair.dimmedBy(), "opacity", "1"));
        double needed = pair.large() ? 3.0 : 4.5;
        for (int[] text : colours(pair.text())) {
            for (int[] background : colours(pair.background())) {
                // A faded element is composited over what lies beneath it: text and background both move toward it.
                int[] under = pair.backdrop() == null ? background : colours(pair.backdrop()).get(0);
                double ratio = contrast(blend(text, under, opacity), blend(background, under, opacity));
                assertThat(ratio)
                    .as("%s: %s on %s (opacity %s) is %.2f:1", pair.what(), hex(text), hex(background), opacity, ratio)
                    .isGreaterThanOrEqualTo(needed);
            }
        }
    }

    @Test
    void theFormulaMatchesTheKnownExtremes() {
        assertThat(contrast(new int[] {0, 0, 0}, new int[] {255, 255, 255})).isCloseTo(21.0, offset(0.001));
        assertThat(contrast(new int[] {0x77, 0x77, 0x77}, new int[] {255, 255, 255})).isCloseTo(4.48, offset(0.01));
    }

    private static String declared(String selector, String property, String otherwise) {
        Map<String, String> props = RULES.get(selector);
        return props == null ? otherwise : props.getOrDefault(property, otherwise);
    }

    /** Every colour in the value (a gradient has several; each must pass), variables resolved from :root. */
    private static List<int[]> colours(Ref ref) {
        String value = declared(ref.selector(), ref.property(), null);
        if (value == null && ref.property().equals("background")) value = declared(ref.selector(), "background-color", null);
        assertThat(value).as("the stylesheet sets %s on %s", ref.property(), ref.selector()).isNotNull();
        Matcher variable = VAR.matcher(value);
        while (variable.find()) value = value.replace(variable.group(), declared(":root", variable.group(1), variable.group()));
        List<int[]> found = new ArrayList<>();
        for (Matcher hex = HEX.matcher(value); hex.find(); ) found.add(rgb(hex.group()));
        assertThat(found).as("a colour in %s { %s: %s }", ref.selector(), ref.property(), value).isNotEmpty();
        return found;
    }

    private static int[] rgb(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        int v = Integer.parseInt(h, 16);
        return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }

    private static int[] blend(int[] top, int[] under, double alpha) {
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) out[i] = (int) Math.round(alpha * top[i] + (1 - alpha) * under[i]);
        return out;
    }

    /** WCAG 2.x relative luminance: sRGB channels linearised, weighted 0.2126 R + 0.7152 G + 0.0722 B. */
    static double luminance(int[] rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = rgb[i] / 255.0;
            c[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** WCAG 2.x contrast ratio: (lighter + 0.05) / (darker + 0.05). */
    static double contrast(int[] a, int[] b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static String hex(int[] rgb) { return String.format("#%02x%02x%02x", rgb[0], rgb[1], rgb[2]); }
}
