package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import vn.giamsat.portal.AdminSide;
import vn.giamsat.portal.PortalOnTestDatabase;
import vn.giamsat.adapters.persistence.testing.TestDatabase;

/**
 * The user guide's portal screenshots (issue 18 item 2), taken from the demo data in Debian's headless Chromium: the
 * home page with its headline cards, a unit's page with its trend, a unit's service index, a province's communes,
 * each at desktop and phone width. Written to portal/target/screenshots; copied to docs/images only with -Dscreenshots.refresh=true or
 * GIAMSAT_REFRESH_SCREENSHOTS=1 (docs/images/README.md).
 */
class PortalScreenshotsTest extends PortalOnTestDatabase {
    private static ChromeDriver chromium;

    @BeforeAll
    static void demoDataAndBrowser() throws IOException {
        TestDatabase.truncateAll();
        AdminSide.run((u, writer) -> assertThat(u.loadDemoData().load()).isTrue());
        chromium = screenshotBrowser();
    }

    /** Headless Chromium at 1280 × 900 in Vietnamese, as every portal screenshot is taken. */
    static ChromeDriver screenshotBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=vi",
                "--user-data-dir=" + Files.createTempDirectory("portal-shots"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserTest.CHROMEDRIVER.toFile()).usingAnyFreePort().build(), options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    @Test
    void home_unit_trend_and_index_breakdown() throws IOException {
        shoot("/", "50-cong-trang-chu", 1280);
        shoot("/", "51-cong-trang-chu-dien-thoai", 412);
        chromium.get(url("/don-vi"));
        String tamDan = unitLink("Tam Đàn");
        String phuThinh = unitLink("Phú Thịnh");
        shoot(tamDan, "52-cong-don-vi-xu-huong", 1280);
        shoot(phuThinh + "/chi-so", "53-cong-chi-so-766", 1280);
        shoot(phuThinh + "/chi-so", "54-cong-chi-so-766-dien-thoai", 412);
        shoot("/chi-so-766", "55-cong-cach-tinh-chi-so", 1280);
    }

    /** Decision 050: a province drilled down to its communes, found from the home page as a reader finds it. */
    @Test
    void province_page() throws IOException {
        chromium.get(url("/"));
        String province = chromium.findElement(By.cssSelector(".province-list a")).getDomAttribute("href");
        shoot(province + "?sap-xep=tiep-nhan&thu-tu=giam", "60-cong-trang-tinh", 1280);
        shoot(province, "61-cong-trang-tinh-dien-thoai", 412);
    }

    private String unitLink(String name) {
        return chromium.findElements(By.cssSelector("a.unit-name")).stream()
                .filter(a -> a.getText().contains(name)).map(a -> a.getDomAttribute("href"))
                .findFirst().orElseThrow(() -> new AssertionError("no unit link for " + name));
    }

    /** A full-page PNG at the given CSS width (phone widths emulated: headless windows stay at least 500 px). */
    private void shoot(String path, String name, int width) throws IOException {
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        try {
            chromium.get(url(path));
            WebElement h1 = chromium.findElement(By.tagName("h1"));
            assertThat(h1.getText()).as(path).isNotBlank();
            Map<String, Object> shot = chromium.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true));
            byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
            assertThat(png.length).as(name).isGreaterThan(10_000);
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, png);
            if (Boolean.getBoolean("screenshots.refresh") || "1".equals(System.getenv("GIAMSAT_REFRESH_SCREENSHOTS"))) {
                Path docs = Path.of("..", "docs", "images", name + ".png");
                Files.write(docs, png);
            }
        } finally {
            chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
