package vn.giamsat.portal.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.giamsat.portal.PortalOnTestDatabase;

/**
 * The user guide's screenshots of decision 052, from the generated province {@link DigitizedResultsOnPortalTest}
 * imports and publishes: 56, the index of the commune whose export carries {@code so_hoa_ket_qua}, 5a measured;
 * 57, the formula page's digitization group, saying when 5a is held. Written to portal/target/screenshots; copied
 * to docs/images only with -Dscreenshots.refresh=true or GIAMSAT_REFRESH_SCREENSHOTS=1 (docs/images/README.md).
 */
class DigitizedResultsScreenshotsTest extends PortalOnTestDatabase {
    private static ChromeDriver chromium;

    @BeforeAll
    static void generatedProvinceAndBrowser() throws Exception {
        DigitizedResultsOnPortalTest.importCountAndPublish();
        chromium = PortalScreenshotsTest.screenshotBrowser();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.quit();
        }
    }

    @Test
    void the_index_with_5a_measured_and_the_formula_of_5a() throws IOException {
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        try {
            chromium.get(url(DigitizedResultsOnPortalTest.unitPath(DigitizedResultsOnPortalTest.MEASURED) + "/chi-so"));
            assertThat(chromium.findElement(By.cssSelector(".index-total")).getText()).contains("trên 34 điểm đo được");
            write("56-cong-chi-so-766-so-hoa-ket-qua", capture(null));

            chromium.get(url("/chi-so-766"));
            // From the digitization group's heading to the end of 5a's rule.
            @SuppressWarnings("unchecked")
            List<Number> box = (List<Number>) chromium.executeScript("""
                    const top = document.getElementById('nhom-5').getBoundingClientRect().top + window.scrollY;
                    const rule = document.getElementById('chi-so-5a').parentElement.getBoundingClientRect();
                    const main = document.querySelector('main').getBoundingClientRect();
                    return [main.left, top - 8, main.width, rule.bottom + window.scrollY - top + 16];""");
            assertThat(chromium.findElement(By.id("chi-so-5a")).findElement(By.xpath("..")).getText())
                    .contains("cột so_hoa_ket_qua");
            Map<String, Object> clip = new HashMap<>();
            clip.put("x", box.get(0).doubleValue());
            clip.put("y", box.get(1).doubleValue());
            clip.put("width", box.get(2).doubleValue());
            clip.put("height", box.get(3).doubleValue());
            clip.put("scale", 1);
            write("57-cong-cach-tinh-chi-so-5a", capture(clip));
        } finally {
            chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private byte[] capture(Map<String, Object> clip) {
        Map<String, Object> args = new HashMap<>(Map.of("format", "png", "captureBeyondViewport", true));
        if (clip != null) {
            args.put("clip", clip);
        }
        Map<String, Object> shot = chromium.executeCdpCommand("Page.captureScreenshot", args);
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    private static void write(String name, byte[] png) throws IOException {
        assertThat(png.length).as(name).isGreaterThan(10_000);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, png);
        if (Boolean.getBoolean("screenshots.refresh") || "1".equals(System.getenv("GIAMSAT_REFRESH_SCREENSHOTS"))) {
            Files.write(Path.of("..", "docs", "images", name + ".png"), png);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
