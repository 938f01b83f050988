package vn.giamsat.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.giamsat.admin.WholeAppBrowserTest;

/**
 * Issue 18 item 6: every admin view in headless Chromium at a phone's width (412 px), checked by axe-core for
 * WCAG 2.1 A and AA, and for a page wider than the screen (a user would have to scroll sideways). One browser,
 * one Spring context, every view in one walk. axe-core is the portal's copy (portal/src/test/resources/axe).
 * Nothing is let through: the round page's tab strip (once read by axe as a tablist holding a focusable scroller
 * instead of tabs) is checked like everything else, and its tabs must still answer the arrow keys.
 */
class AdminAccessibilityBrowserTest extends WholeAppBrowserTest {
    private static final Path AXE = Path.of("../portal/src/test/resources/axe/axe.min.js");

    @Override
    protected Duration patience() {
        return Duration.ofSeconds(60);
    }

    @Test
    void every_admin_view_has_no_wcag_21_a_or_aa_violation_and_fits_412_pixels() throws Exception {
        String axe = Files.readString(AXE, StandardCharsets.UTF_8);
        // Council staff of Phú Ninh see the demo round and may start one; the administrator sees everything else.
        List<String> staffViews = List.of("cuoc-giam-sat/" + demoRound().value(), "cuoc-giam-sat/moi");
        List<String> adminViews = List.of("", "kien-nghi-qua-han", "bang-dieu-khien", "don-vi", "thu-tuc",
                "nhap-ho-so", "doi-chieu-so-lieu", "lich-ngay-nghi", "audit", "nguoi-dung");
        browser.manage().window().setSize(new Dimension(412, 915));
        List<String> problems = new ArrayList<>();
        chromium.signIn("?as=staff&next=");
        chromium.awaitIdle();
        check(staffViews, axe, problems);
        browser.manage().deleteAllCookies();
        chromium.signIn("?role=ADMIN&next=");
        chromium.awaitIdle();
        check(adminViews, axe, problems);
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();
    }

    /**
     * The tab strip whose roles were rearranged for axe still works from the keyboard as Vaadin's tabs do (WAI-ARIA
     * tabs with manual activation): the arrow keys move the focus along the tabs, Enter opens the focused one.
     */
    private void arrowKeysMoveBetweenTabs(String view, List<String> problems) {
        browser.findElement(By.cssSelector("vaadin-tab[selected]")).sendKeys(Keys.ARROW_RIGHT);
        settle();
        String focused = focusedText();
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        settle();
        String selected = browser.findElement(By.cssSelector("vaadin-tab[selected]")).getText();
        if (!"Số liệu".equals(focused) || !"Số liệu".equals(selected)) {
            problems.add("/admin/" + view + ": ArrowRight then Enter from the first tab focuses '" + focused
                    + "' and opens '" + selected + "', not the second tab 'Số liệu'");
        }
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
        settle();
        if (!"Kế hoạch".equals(focusedText())) {
            problems.add("/admin/" + view + ": ArrowLeft goes to '" + focusedText() + "', not back to 'Kế hoạch'");
        }
    }

    private String focusedText() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.activeElement && document.activeElement.textContent;");
    }

    private void check(List<String> views, String axe, List<String> problems) {
        for (String view : views) {
            browser.get(chromium.url("/admin/" + view));
            chromium.awaitIdle();
            settle();
            ((JavascriptExecutor) browser).executeScript(axe);
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                       .then(r => done({passes: r.passes.length, violations: r.violations.map(v => v.id + ' ('
                            + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ') + ' [' + n.failureSummary + ']').join(', '))}))
                       .catch(e => done({passes: 0, violations: ['axe failed: ' + e]}));
                    """);
            for (Object v : (List<?>) result.get("violations")) {
                problems.add("/admin/" + view + ": " + v);
            }
            if (view.startsWith("cuoc-giam-sat/") && !view.endsWith("moi")) {
                arrowKeysMoveBetweenTabs(view, problems);
            }
            if (((Number) result.get("passes")).intValue() < 10) {
                problems.add("/admin/" + view + ": axe found almost nothing to check (" + result.get("passes") + ")");
            }
            Number width = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth;");
            if (width.intValue() > 412) {
                problems.add("/admin/" + view + ": the page is " + width + " px wide at 412 px");
            }
            String title = browser.getTitle();
            if (title.isBlank() || title.startsWith(vn.giamsat.admin.testing.TestSignIn.PATH)) {
                problems.add("/admin/" + view + ": no title");
            }
            if (title.startsWith("Không mở được trang")) { // ErrorView's title: the view itself was not checked
                problems.add("/admin/" + view + ": an error page instead of the view");
            }
        }
    }
}
