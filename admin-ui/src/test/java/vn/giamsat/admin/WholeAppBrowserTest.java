package vn.giamsat.admin;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.giamsat.admin.testing.HeadlessChromium;
import vn.giamsat.admin.testing.TestSignIn;

/**
 * {@link WholeAppTest} in a real headless Chromium ({@link HeadlessChromium}): one browser per test, started at the
 * desktop size with a throw-away profile and closed after it; signing in goes through {@link TestSignIn}.
 */
@Import(TestSignIn.class)
public abstract class WholeAppBrowserTest extends WholeAppTest {
    @LocalServerPort
    protected int port;
    protected HeadlessChromium chromium;
    protected WebDriver browser;
    protected WebDriverWait wait;

    /** How long each wait lasts; a longer walk on the shared build machine may ask for more. */
    protected Duration patience() {
        return Duration.ofSeconds(30);
    }

    @BeforeEach
    void startBrowser(@TempDir Path profile) {
        chromium = HeadlessChromium.start(profile, port, patience());
        browser = chromium.driver();
        wait = chromium.waiter();
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    protected void settle() {
        chromium.settle();
    }

    /** Once the page has settled, {@code <name>.png} (in target/screenshots; docs/images when asked: HeadlessChromium). */
    protected void shot(String name) {
        chromium.screenshot(name);
    }
}
