package vn.giamsat.admin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import vn.giamsat.admin.WholeAppBrowserTest;
import vn.giamsat.admin.testing.KeyboardUser;
import vn.giamsat.admin.testing.TestSignIn;

/**
 * The dossier import page in a real headless Chromium (as {@code BrowserWalkTest}): a file with a bad row is
 * uploaded, the import runs on the app's own threads, the page's polling brings the refusal, and a corrected file
 * then imports. Screenshot {@code nhap-ho-so.png} for the user guide (docs/images when refreshed: HeadlessChromium).
 */
class DossierImportBrowserTest extends WholeAppBrowserTest {
    @Override
    protected Duration patience() {
        return Duration.ofSeconds(60); // generous: a long walk on the shared machine
    }

    private KeyboardUser user;

    @BeforeEach
    void signIn() {
        chromium.signIn(""); // council staff of Phú Ninh district (see TestSignIn)
        user = new KeyboardUser(chromium);
    }

    private void idle() {
        chromium.awaitIdle();
    }

    @Test
    void a_refused_file_then_a_corrected_one_in_a_real_browser(@TempDir Path files) throws Exception {
        String header = "ma_ho_so,ma_don_vi,ma_thu_tuc,kenh,ngay_tiep_nhan,han_giai_quyet,ngay_giai_quyet,"
                + "ngay_tra_ket_qua,trang_thai,rut_ho_so\n";
        String good = "HCC-1,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-05 10:00,,Đã giải quyết,0\n";
        Path bad = files.resolve("ho-so-thang-2.csv");
        Files.writeString(bad, header + good
                + "HCC-2,99999,1.001193,1,2024-02-02 08:00,2024-02-07 17:00,,,Đang giải quyết,0\n"
                + "HCC-3,20364,1.001193,3,2024-02-05 08:00,2024-02-08 17:00,2024-01-05 10:00,,Đã giải quyết,0\n"
                + "HCC-1,20364,1.001193,2,2024-02-06 08:00,2024-02-09 17:00,,,Mới tiếp nhận,0\n", StandardCharsets.UTF_8);
        // Larger than Spring Boot's default multipart limit (1 MB): a real export is hundreds of MB.
        StringBuilder many = new StringBuilder(header).append(good);
        for (int i = 2; i <= 30_000; i++) {
            many.append("HCC-").append(i).append(",20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,")
                    .append("2024-02-05 10:00,,Đã giải quyết,0\n");
        }
        Path corrected = files.resolve("ho-so-thang-2-da-sua.csv");
        Files.writeString(corrected, many, StandardCharsets.UTF_8);
        assertThat(Files.size(corrected)).isGreaterThan(2_000_000);

        browser.get(chromium.url("/admin/nhap-ho-so"));
        idle();
        WebElement key = browser.findElement(By.cssSelector("#import-export-key input"));
        key.sendKeys("hcc-2024-02", Keys.TAB);
        idle();
        user.upload("import-upload", bad);
        wait.until(d -> user.text("import-outcome").startsWith("Không nhập hồ sơ nào"));
        idle();
        assertThat(user.text("import-outcome")).isEqualTo("Không nhập hồ sơ nào: 3 lỗi. Sửa tệp rồi tải lên lại.");
        assertThat(browser.findElement(By.id("import-report")).isDisplayed()).isTrue();
        chromium.screenshot("nhap-ho-so");

        user.upload("import-upload", corrected);
        wait.until(d -> user.text("import-outcome").startsWith("Đã nhập 30.000 hồ sơ"));
        assertThat(browser.findElement(By.id("import-history")).getText()).contains("Bị từ chối (3)", "Lê Thị Hoa");
    }
}
