package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import vn.giamsat.portal.PortalOnTestDatabase;

/**
 * Every page type in headless Chromium (Debian's chromium and chromium-driver, never a downloaded browser):
 * axe-core finds no WCAG 2.1 A/AA violation, and a reader with a keyboard and no JavaScript gets through.
 */
class BrowserTest extends PortalOnTestDatabase {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static String axe;
    private static ChromeDriver withScript;
    private static ChromeDriver withoutScript;

    @BeforeAll
    static void publishAndStartBrowsers() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver (looked for "
                    + CHROMIUM + " and " + CHROMEDRIVER + ")");
        }
        try (InputStream in = BrowserTest.class.getResourceAsStream("/axe/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        PublishedData.publish();
        withScript = chromium(true);
        withoutScript = chromium(false);
    }

    @AfterAll
    static void stopBrowsers() {
        for (WebDriver d : new WebDriver[] {withScript, withoutScript}) {
            if (d != null) {
                d.quit();
            }
        }
    }

    private static ChromeDriver chromium(boolean javaScript) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=412,915", // a phone, as most readers use
                "--user-data-dir=" + Files.createTempDirectory("portal-chromium"));
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The address of a unit page and of a round page, found as a reader finds them: by following links. */
    private String linkFrom(String page, String cssSelector) {
        withScript.get(url(page));
        return withScript.findElement(By.cssSelector(cssSelector)).getAttribute("href");
    }

    @ParameterizedTest
    @ValueSource(strings = {"home", "procedures", "procedure", "unit", "comparison", "round", "opendata", "unit-en",
            "unit-index", "index-formula", "province", "province-en"})
    void no_wcag_2_1_a_or_aa_violation(String pageType) {
        String address = switch (pageType) {
            case "home" -> url("/");
            case "procedures" -> url("/thu-tuc?q=dang+ky");
            case "procedure" -> url("/thu-tuc/1.000894");
            case "unit" -> linkFrom("/don-vi", "a.unit-name");
            case "unit-en" -> linkFrom("/don-vi?lang=en", "a.unit-name");
            case "comparison" -> url("/so-sanh");
            case "round" -> url("/giam-sat/" + PublishedData.corrected.value() + "/phien-ban/1");
            case "opendata" -> url("/du-lieu-mo");
            case "unit-index" -> linkFrom("/don-vi", "a.unit-name") + "/chi-so";
            case "index-formula" -> url("/chi-so-766");
            case "province" -> linkFrom("/don-vi", ".province-link a") + "?sap-xep=tiep-nhan&thu-tu=giam";
            case "province-en" -> linkFrom("/?lang=en", ".province-list a");
            default -> throw new IllegalArgumentException(pageType);
        };
        withScript.get(address);
        ((JavascriptExecutor) withScript).executeScript(axe);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) ((JavascriptExecutor) withScript).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done({passes: r.passes.length, violations: r.violations.map(v => v.id + ' ('
                        + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))}))
                   .catch(e => done({passes: 0, violations: ['axe failed: ' + e]}));
                """);
        assertThat((List<?>) result.get("violations")).as("axe-core on " + address).isEmpty();
        // axe did look: a page on which no rule applied would prove nothing
        assertThat(((Number) result.get("passes")).intValue()).as("rules passed on " + address).isGreaterThan(10);
    }

    @Test
    void a_reader_with_a_keyboard_and_no_javascript_searches_and_opens_a_procedure() {
        withoutScript.get(url("/thu-tuc"));
        assertThat(withoutScript.findElements(By.tagName("script"))).isEmpty();
        WebElement focused = tab();
        assertThat(focused.getText()).isEqualTo("Bỏ qua, đến nội dung chính");
        focused.sendKeys(Keys.ENTER);
        assertThat(withoutScript.switchTo().activeElement().getAttribute("id")).isEqualTo("main");

        focused = tab();
        assertThat(focused.getAttribute("id")).isEqualTo("q");
        focused.sendKeys("dang ky ket hon", Keys.ENTER);
        assertThat(withoutScript.getCurrentUrl()).contains("q=dang+ky+ket+hon");

        focused = tabUntil("Đăng ký kết hôn");
        focused.sendKeys(Keys.ENTER);
        assertThat(withoutScript.getCurrentUrl()).endsWith("/thu-tuc/1.000894");
        assertThat(withoutScript.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng ký kết hôn");

        tabUntil("English").sendKeys(Keys.ENTER);
        assertThat(withoutScript.getCurrentUrl()).endsWith("/thu-tuc/1.000894?lang=en");
        assertThat(withoutScript.findElement(By.cssSelector("dl.facts")).getText()).contains("Partly online");
    }

    /** Issue 18 item 2: printed, a page keeps its content and figures and drops the navigation. */
    @Test
    void printed_pages_drop_the_navigation_and_print_the_figures_as_a_whole_table() {
        withScript.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            JavascriptExecutor js = withScript;
            withScript.get(url("/don-vi"));
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('.site-header nav')).display"))
                    .isEqualTo("none");
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('table.figures thead')).position"))
                    .as("column headers printed").isEqualTo("static");
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('table.figures tbody tr')).display"))
                    .as("rows printed as table rows, not cards").isEqualTo("table-row");
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('main a.unit-name'), '::after').content"))
                    .as("a link prints its address").isNotEqualTo("none").isNotEqualTo("normal");
        } finally {
            withScript.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void a_printed_province_page_keeps_its_communes_table_and_drops_the_sorting_and_period_links() {
        withScript.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            JavascriptExecutor js = withScript;
            withScript.get(url("/tinh/quang-nam?sap-xep=tiep-nhan&thu-tu=giam"));
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('table.province-table thead')).position"))
                    .as("column headers printed").isEqualTo("static");
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('table.province-table tbody tr')).display"))
                    .as("rows printed as table rows").isEqualTo("table-row");
            assertThat(js.executeScript("return getComputedStyle(document.querySelector('th[aria-sort] .sort-link'), '::after').content"))
                    .as("a sorting link prints neither its address nor its arrow").isIn("none", "normal");
            if (!withScript.findElements(By.cssSelector(".period-choice")).isEmpty()) {
                assertThat(js.executeScript("return getComputedStyle(document.querySelector('.period-choice')).display"))
                        .isEqualTo("none");
            }
        } finally {
            withScript.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void every_page_type_works_without_javascript() {
        for (String path : List.of("/", "/thu-tuc", "/thu-tuc/1.000894", "/so-sanh", "/giam-sat", "/du-lieu-mo",
                "/giam-sat/" + PublishedData.corrected.value())) {
            withoutScript.get(url(path));
            assertThat(withoutScript.findElements(By.tagName("script"))).as(path).isEmpty();
            assertThat(withoutScript.findElement(By.tagName("h1")).getText()).as(path).isNotBlank();
        }
    }

    /**
     * Issue 18 item 5: at phone width every figures row is a card ({@code display: block}), and a screen reader still
     * gets a table: Chromium's accessibility tree (what it hands to screen readers) has the table, one row per
     * {@code tr}, the column and row headers and the cells, with no ARIA role in the markup (the Nu HTML checker
     * forbids explicit roles on {@code tr}/{@code th}/{@code td} of a native table).
     */
    @ParameterizedTest
    @ValueSource(strings = {"/so-sanh", "/don-vi", "round", "/tinh/quang-nam"})
    void at_phone_width_the_figures_cards_keep_their_table_semantics(String page) {
        // Headless Chromium keeps windows at least 500 px wide: the phone's 412 px are emulated.
        withScript.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 412, "height", 915, "deviceScaleFactor", 1, "mobile", true));
        try {
            withScript.get(url(page.equals("round") ? "/giam-sat/" + PublishedData.corrected.value() + "/phien-ban/1" : page));
            tableSemanticsInTheAccessibilityTree();
            if (page.startsWith("/tinh/")) {
                // the sorting links are column headings: at a phone's width they stay visible, never focused unseen
                assertThat(withScript.findElements(By.cssSelector("thead .sort-link")))
                        .isNotEmpty().allSatisfy(link -> assertThat(link.isDisplayed()).isTrue());
            }
        } finally {
            withScript.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void tableSemanticsInTheAccessibilityTree() {
        JavascriptExecutor js = withScript;
        assertThat(js.executeScript("return innerWidth")).as("a phone's width").isEqualTo(412L);
        assertThat(js.executeScript("return getComputedStyle(document.querySelector('table.figures tbody tr')).display"))
                .as("rows are cards").isEqualTo("block");
        assertThat(withScript.findElements(By.cssSelector("table.figures [role]"))).as("explicit roles").isEmpty();

        withScript.executeCdpCommand("Accessibility.enable", Map.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) withScript
                .executeCdpCommand("Accessibility.getFullAXTree", Map.of()).get("nodes");
        Map<String, Long> roles = new java.util.TreeMap<>();
        for (Map<String, Object> node : nodes) {
            if (!Boolean.TRUE.equals(node.get("ignored")) && node.get("role") instanceof Map<?, ?> role) {
                roles.merge(String.valueOf(role.get("value")), 1L, Long::sum);
            }
        }
        long tables = (Long) js.executeScript("return document.querySelectorAll('table.figures').length");
        long rows = (Long) js.executeScript("return document.querySelectorAll('table.figures tr').length");
        long rowHeaders = (Long) js.executeScript("return document.querySelectorAll('table.figures th[scope=row]').length");
        long columnHeaders = (Long) js.executeScript("return document.querySelectorAll('table.figures thead th').length");
        assertThat(roles.getOrDefault("table", 0L)).as("tables in " + roles).isGreaterThanOrEqualTo(tables);
        assertThat(roles.getOrDefault("row", 0L)).as("rows in " + roles).isGreaterThanOrEqualTo(rows);
        assertThat(roles.getOrDefault("rowheader", 0L)).as("row headers in " + roles).isGreaterThanOrEqualTo(rowHeaders);
        assertThat(roles.getOrDefault("columnheader", 0L)).as("column headers in " + roles).isGreaterThanOrEqualTo(columnHeaders);
        long cells = (Long) js.executeScript("return document.querySelectorAll('table.figures td:not(:empty)').length");
        assertThat(roles.getOrDefault("cell", 0L)).as("cells in " + roles).isGreaterThanOrEqualTo(cells);
    }

    private WebElement tab() {
        withoutScript.switchTo().activeElement().sendKeys(Keys.TAB);
        return withoutScript.switchTo().activeElement();
    }

    private WebElement tabUntil(String text) {
        for (int i = 0; i < 60; i++) {
            WebElement focused = tab();
            if (focused.getText().strip().equals(text)) {
                return focused;
            }
        }
        throw new AssertionError("No element with text \"" + text + "\" reachable by Tab on " + withoutScript.getCurrentUrl());
    }
}
