package vn.giamsat.admin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for the admin UI's browser tests: Debian's {@code chromium} and {@code chromium-driver}
 * (the test downloads nothing), Vietnamese, a throw-away profile, no call to the outside (no sync, no component
 * update, no background networking). Opens at the desktop size the user guide shows ({@link #DESKTOP}); tests
 * check the tablet width ({@link #TABLET}) too. Screenshots go to {@code target/screenshots}; the user guide's
 * {@code docs/images} are retaken only when asked ({@link #REFRESH_PROPERTY} or {@link #REFRESH_ENVIRONMENT}), so a
 * test run leaves the working tree as it found it.
 */
public final class HeadlessChromium implements AutoCloseable {
    /** The most common office screen: everything must fit beside the side menu at this width. */
    public static final Dimension DESKTOP = new Dimension(1366, 768);
    /** A tablet held upright: the narrowest width the admin UI is checked at. */
    public static final Dimension TABLET = new Dimension(800, 1100);

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** {@code -Dscreenshots.refresh=true} on the Maven command line (surefire passes it on): retake docs/images. */
    public static final String REFRESH_PROPERTY = "screenshots.refresh";
    /** {@code GIAMSAT_REFRESH_SCREENSHOTS=1}: the same, from the environment. */
    public static final String REFRESH_ENVIRONMENT = "GIAMSAT_REFRESH_SCREENSHOTS";
    private static final Path SCREENSHOTS = screenshotFolder(System.getProperty(REFRESH_PROPERTY),
            System.getenv(REFRESH_ENVIRONMENT));
    /** True once Vaadin's client is loaded and has no request to the server in flight. */
    private static final String VAADIN_IDLE = "return !!window.Vaadin && !!window.Vaadin.Flow"
            + " && Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive())";

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String app;

    private HeadlessChromium(WebDriver driver, Duration patience, int port) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, patience);
        this.app = "http://127.0.0.1:" + port;
    }

    /**
     * Starts Chromium at {@link #DESKTOP} size for the app on {@code port}, with its profile in {@code profile}
     * (a temporary folder); {@code patience} is how long each wait lasts (generous: the build machine is shared).
     */
    public static HeadlessChromium start(Path profile, int port, Duration patience) {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))
                .as("real-browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver")
                .isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=vi", "--user-data-dir=" + profile);
        WebDriver driver = new ChromeDriver(
                new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
        driver.manage().window().setSize(DESKTOP);
        return new HeadlessChromium(driver, patience, port);
    }

    public WebDriver driver() {
        return driver;
    }

    /** A wait of the patience given at start. */
    public WebDriverWait waiter() {
        return wait;
    }

    /** The app's address for a path, e.g. {@code /admin/don-vi}. */
    public String url(String path) {
        return app + path;
    }

    /** Signs in through {@link TestSignIn}: {@code ""} for council staff, or e.g. {@code "?role=ADMIN&next=don-vi"}. */
    public void signIn(String query) {
        driver.get(url(TestSignIn.PATH + query));
    }

    /** Waits until Vaadin's client is loaded and idle. */
    public void awaitIdle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    /** Lets the client send what the last key press queued, then waits until it is idle. */
    public void settle() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        awaitIdle();
    }

    /** The page does not scroll sideways, nor does a grid within itself: every column and control fits the window. */
    public void fitsTheWidth() {
        Object overflow = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
        Object gridOverflow = ((JavascriptExecutor) driver).executeScript(
                "return Math.max(0, ...[...document.querySelectorAll('vaadin-grid')].map(g => "
                        + "g.shadowRoot.querySelector('#table').scrollWidth - g.shadowRoot.querySelector('#table').clientWidth))");
        assertThat(((Number) gridOverflow).intValue()).as("a grid's horizontal overflow in px").isLessThanOrEqualTo(1);
    }

    /**
     * The grid column headers on the page whose text does not fit (the browser shows them cut, with "…"): their
     * cell, or the sort button's label inside it, is narrower than the text.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> cutHeaders() {
        return (java.util.List<String>) ((JavascriptExecutor) driver).executeScript("""
                const cut = [];
                for (const grid of document.querySelectorAll('vaadin-grid')) {
                  for (const th of grid.shadowRoot.querySelectorAll('thead th')) {
                    const slot = th.querySelector('slot');
                    const content = slot && slot.assignedElements()[0];
                    if (!content || !content.textContent.trim()) continue;
                    const boxes = [content];
                    for (const sorter of content.querySelectorAll('vaadin-grid-sorter')) {
                      const label = sorter.shadowRoot && sorter.shadowRoot.querySelector('[part~="content"]');
                      if (label) boxes.push(label);
                    }
                    if (boxes.some(b => b.scrollWidth > b.clientWidth + 1)) cut.push(content.textContent.trim());
                  }
                }
                return cut;
                """);
    }

    public void resize(Dimension size) {
        driver.manage().window().setSize(size);
    }

    /**
     * Where screenshots go (the working directory is the admin-ui module): {@code ../docs/images} when asked by
     * {@code screenshots.refresh=true} or {@code GIAMSAT_REFRESH_SCREENSHOTS=1} (or {@code true}), else
     * {@code target/screenshots}.
     */
    static Path screenshotFolder(String property, String environment) {
        boolean refresh = "true".equalsIgnoreCase(property) || "1".equals(environment) || "true".equalsIgnoreCase(environment);
        return refresh ? Path.of("..", "docs", "images") : Path.of("target", "screenshots");
    }

    /** Once the page has settled, {@code <name>.png} in {@code target/screenshots} (or {@code docs/images}, asked). */
    public void screenshot(String name) {
        settle();
        screenshotOfAPage(name);
    }

    /**
     * {@code <name>.png} as the window shows it now, without waiting for Vaadin: for a page of another app (the
     * portal renders on the server and runs no Vaadin client).
     */
    public void screenshotOfAPage(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
