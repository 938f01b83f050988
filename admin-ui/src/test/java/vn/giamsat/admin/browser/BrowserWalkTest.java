package vn.giamsat.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamsat.admin.WholeAppTest;

/**
 * The main path in a real headless Chromium (Debian's chromium and chromium-driver; the test downloads
 * nothing), at 1366×768 and at a tablet width. Screenshots go to docs/images for the user guide.
 */
@org.springframework.context.annotation.Import(vn.giamsat.admin.testing.TestSignIn.class)
class BrowserWalkTest extends WholeAppTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("..", "docs", "images");

    @LocalServerPort
    int port;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser(@org.junit.jupiter.api.io.TempDir Path profile) {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))
                .as("real-browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver")
                .isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=vi", "--user-data-dir=" + profile);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
        browser.manage().window().setSize(new Dimension(1366, 768));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // Signed in as council staff of Phú Ninh district (see TestSignIn); Keycloak's form is not part of this walk.
        browser.get("http://127.0.0.1:" + port + "/test-sign-in");
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + "/admin/" + path);
        wait.until(d -> ((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients || {})"
                        + ".every(c => !c.isActive())").equals(Boolean.TRUE));
    }

    private void settle() {
        try {
            Thread.sleep(300); // let the client send what the last key press queued before asking if it is idle
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        wait.until(d -> ((JavascriptExecutor) d).executeScript(
                "return Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive())").equals(Boolean.TRUE));
    }

    private WebElement field(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input, #" + id + " textarea")));
    }

    /** Types into a field with the keyboard only; a date picker or combo box commits with Enter. */
    private void type(String id, String text) {
        WebElement input = field(id);
        input.sendKeys(text);
        settle(); // a combo box filters on the server: wait for its items before Enter
        if (!browser.findElements(By.cssSelector("vaadin-combo-box#" + id)).isEmpty()) {
            // a combo box commits the highlighted item only: wait for the filtered item, highlight it, Enter
            wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                    .filter(WebElement::isDisplayed).toList().isEmpty());
            input.sendKeys(Keys.ARROW_DOWN);
            wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item[focused]")).isEmpty());
            input.sendKeys(Keys.ENTER);
        } else {
            boolean date = !browser.findElements(By.cssSelector("vaadin-date-picker#" + id)).isEmpty();
            input.sendKeys(date ? Keys.ENTER : Keys.TAB);
        }
        settle();
    }

    private void press(String id) {
        // by keyboard, as a user without a mouse would: the button takes focus and Enter presses it
        // Retried: the page re-renders after each action, so a button found a moment ago may be replaced.
        wait.ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
            WebElement button = d.findElement(By.id(id));
            if (!button.isDisplayed() || button.getDomAttribute("disabled") != null) {
                return false;
            }
            button.sendKeys(Keys.ENTER);
            return true;
        });
        settle();
    }

    private void shot(String name) throws Exception {
        settle();
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private String statusText() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".round-status"))).getText();
    }

    @Test
    void create_a_round_plan_it_and_read_the_seed_round_report_in_a_real_browser() throws Exception {
        open("");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        shot("01-danh-sach-cuoc-giam-sat");

        press("new-round");
        type("resolution-number", "09/NQ-HĐND");
        type("resolution-date", "15/02/2023");
        type("council", "518");
        type("subject", "Việc giải quyết thủ tục hành chính trên môi trường điện tử");
        type("period-from", "01/01/2021");
        type("period-to", "31/12/2022");
        shot("02-them-cuoc-giam-sat");
        press("save-round");
        assertThat(statusText()).isEqualTo("Dự thảo");
        assertThat(browser.findElement(By.cssSelector(".lifecycle-why")).getText())
                .contains("Chưa chọn đơn vị chịu sự giám sát.");

        type("scope-unit", "20374");
        press("scope-add");
        wait.until(d -> d.findElement(By.cssSelector(".lifecycle-why")).getText().contains("Trưởng đoàn"));
        type("member-name", "Nguyễn Văn A");
        press("member-add");
        shot("03-ke-hoach");
        press("lifecycle-planned");
        assertThat(statusText()).isEqualTo("Đã lập kế hoạch");

        // the seed round: figures, report preview, publication, at a tablet width too
        String seed = demoRound().toString();
        open("cuoc-giam-sat/" + seed);
        assertThat(statusText()).isEqualTo("Đã công khai");
        browser.findElement(By.xpath("//vaadin-tab[contains(., 'Số liệu')]")).sendKeys(Keys.ENTER);
        settle();
        shot("04-so-lieu");
        browser.findElement(By.xpath("//vaadin-tab[contains(., 'Báo cáo')]")).sendKeys(Keys.ENTER);
        settle();
        assertThat(browser.findElement(By.id("report-preview")).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        shot("05-bao-cao");
        open("bang-dieu-khien");
        assertThat(browser.findElement(By.cssSelector("#dashboard-chart svg")).isDisplayed()).isTrue();
        shot("06-bang-chi-so");

        browser.manage().window().setSize(new Dimension(768, 1024));
        open("cuoc-giam-sat/" + seed);
        long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling at a tablet width").isLessThanOrEqualTo(0);
        shot("07-may-tinh-bang");
    }
}
