package vn.giamsat.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.giamsat.admin.WholeAppBrowserTest;
import vn.giamsat.admin.testing.HeadlessChromium;
import vn.giamsat.admin.testing.KeyboardUser;
import vn.giamsat.admin.testing.TestSignIn;

/**
 * The main path in a real headless Chromium ({@link HeadlessChromium}), at 1366×768 and at a tablet width
 * (800×1100). One Spring context, one browser, one walk. Screenshots for the user guide (docs/images when refreshed: HeadlessChromium).
 */
class BrowserWalkTest extends WholeAppBrowserTest {
    @Override
    protected Duration patience() {
        return Duration.ofSeconds(60); // generous: a long walk on the shared machine
    }

    private KeyboardUser user;

    @BeforeEach
    void signIn() {
        // Signed in as council staff of Phú Ninh district (see TestSignIn); Keycloak's form is not part of this walk.
        chromium.signIn("");
        user = new KeyboardUser(chromium);
    }

    private void signInAs(String who, String roundUrl) {
        chromium.signIn("?as=" + who);
        browser.get(roundUrl);
        chromium.awaitIdle();
    }

    /** No sideways scrolling, and each named button is shown inside the window's width. */
    private void layoutHolds(String page, String... buttons) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long overflow = (Long) js.executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("%s: no sideways scrolling at %s", page, browser.manage().window().getSize())
                .isLessThanOrEqualTo(0);
        for (String id : buttons) {
            WebElement button = browser.findElement(By.id(id));
            assertThat(button.isDisplayed()).as("%s: %s shown", page, id).isTrue();
            Boolean inside = (Boolean) js.executeScript("const r = arguments[0].getBoundingClientRect();"
                    + " return r.width > 0 && r.left >= 0 && r.right <= window.innerWidth;", button);
            assertThat(inside).as("%s: %s inside the window", page, id).isTrue();
        }
    }

    /**
     * The whole main path of a new round, by keyboard: create it, plan it, import figures from a CSV file, record a
     * finding and a recommendation with an evidence file and a comment, report, the head's approval (signed in as the
     * head), the DOCX report, publication (signed in as council staff again); then the layout at 1366×768 and at a
     * tablet width.
     */
    @Test
    void the_main_path_of_a_round_from_resolution_to_publication_in_a_real_browser(
            @org.junit.jupiter.api.io.TempDir Path files) throws Exception {
        user.open("");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
        shot("01-danh-sach-cuoc-giam-sat");

        user.press("new-round");
        user.type("resolution-number", "09/NQ-HĐND");
        user.type("resolution-date", "15/02/2023");
        user.type("council", "518");
        user.type("subject", "Việc giải quyết thủ tục hành chính trên môi trường điện tử");
        user.type("period-from", "01/01/2021");
        user.type("period-to", "31/12/2022");
        shot("02-them-cuoc-giam-sat");
        user.press("save-round");
        assertThat(user.roundStatus()).isEqualTo("Dự thảo");
        String roundUrl = browser.getCurrentUrl();
        assertThat(browser.findElement(By.cssSelector(".lifecycle-why")).getText())
                .contains("Chưa chọn đơn vị chịu sự giám sát.");

        user.type("scope-unit", "20374");
        user.press("scope-add");
        wait.until(d -> d.findElement(By.cssSelector(".lifecycle-why")).getText().contains("Trưởng đoàn"));
        user.type("member-name", "Nguyễn Văn A");
        user.type("member-account", "truongdoan"); // the head's account, from the user directory (decision 018)
        user.press("member-add");
        user.choose("visit-unit", "Xã Tam Đàn");
        user.press("visit-add");
        shot("03-ke-hoach");
        user.press("lifecycle-planned");
        assertThat(user.roundStatus()).isEqualTo("Đã lập kế hoạch");
        user.press("lifecycle-in-progress");
        assertThat(user.roundStatus()).isEqualTo("Đang giám sát");

        // figures of Tam Đàn for the first halves of 2021 and 2022, imported from a CSV file (the years themselves are
        // held by the seed's published round, whose figures are frozen: issue 14.3)
        Path csv = Files.writeString(files.resolve("so-lieu-tam-dan.csv"), """
                ma_don_vi,tu_ngay,den_ngay,kenh,tiep_nhan,da_giai_quyet,truoc_han,dung_han,tre_han
                20374,01/01/2021,30/06/2021,,100,90,50,30,10
                20374,01/01/2022,30/06/2022,,120,110,60,45,5
                """);
        user.tab("Số liệu");
        user.upload("figures-upload", csv);
        user.waitForText("#figures-grid vaadin-grid-cell-content", "120");
        shot("04-so-lieu");

        user.tab("Nhận xét");
        user.type("finding-text", "Bộ phận một cửa của xã tiếp nhận, trả kết quả đúng quy trình.");
        user.press("finding-add");
        user.waitForText("#findings-grid vaadin-grid-cell-content", "đúng quy trình");

        user.tab("Kiến nghị");
        user.type("recommendation-addressee", "UBND xã Tam Đàn");
        user.type("recommendation-text", "Niêm yết đầy đủ thủ tục hành chính tại bộ phận một cửa.");
        user.press("recommendation-add");
        user.press("evidence-open-0");
        // A program renamed to .exe is refused by the browser already; one renamed to .pdf by the server.
        user.upload("evidence-upload", Files.write(files.resolve("chuong-trinh.exe"), new byte[] {'M', 'Z', 0, 0}));
        user.waitForText("#evidence-error", "Không nhận tệp \"chuong-trinh.exe\"");
        user.upload("evidence-upload", Files.write(files.resolve("bien-ban-gia.pdf"), new byte[] {'M', 'Z', 0, 0}));
        user.waitForText("#evidence-error", "Nội dung tệp \"bien-ban-gia.pdf\" không phải là tệp PDF");
        // A scanned record of 1.5 MB: over Spring's default multipart limit of 1 MB, under the 10 MB of the rule.
        byte[] scan = new byte[1536 * 1024];
        java.util.Arrays.fill(scan, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, scan, 0, head.length);
        user.upload("evidence-upload", Files.write(files.resolve("Biên bản niêm yết.pdf"), scan));
        user.waitForText("#evidence-grid a", "Biên bản niêm yết.pdf");
        assertThat(browser.findElement(By.id("evidence-error")).isDisplayed()).isFalse();
        user.type("comment-text", "Xã đã niêm yết 12 thủ tục; gửi kèm biên bản.");
        user.press("comment-send");
        user.waitForText("#comments", "gửi kèm biên bản");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('.evidence-about').scrollIntoView({block: 'start'});");
        shot("08-kien-nghi-minh-chung");
        user.press("evidence-close");
        user.waitForText("#evidence-open-0", "1 tệp · 1 ý kiến");

        user.press("lifecycle-reported");
        assertThat(user.roundStatus()).isEqualTo("Đã có báo cáo");

        // the head approves, signed in as himself
        signInAs("head", roundUrl);
        user.press("lifecycle-approve");
        user.confirm();
        user.waitForText(".round-approval", "Nguyễn Văn A");
        shot("09-phe-duyet");
        user.tab("Báo cáo");
        assertThat(browser.findElement(By.id("report-preview")).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                .doesNotContain("DỰ THẢO");
        shot("05-bao-cao");
        // the DOCX the link serves, fetched by the browser with its session: a Word document of this round
        String href = browser.findElement(By.id("report-docx")).getDomProperty("href");
        KeyboardUser.Download docx = user.download(href);
        assertThat(docx.status()).as("report download status").isEqualTo(200);
        assertThat(docx.contentType()).contains("wordprocessingml");
        assertThat(docx.docxText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "09/NQ-HĐND", "Tam Đàn")
                .doesNotContain("DỰ THẢO");

        // council staff publishes the approved report
        signInAs("staff", roundUrl);
        user.press("lifecycle-publish");
        user.confirm();
        assertThat(user.roundStatus()).isEqualTo("Đã công khai");
        user.tab("Công khai");
        shot("10-cong-khai");
        layoutHolds("round page", "lifecycle-correct", "lifecycle-closed");

        user.open("bang-dieu-khien");
        assertThat(browser.findElement(By.cssSelector("#dashboard-chart svg")).isDisplayed()).isTrue();
        shot("06-bang-chi-so");
        user.open("");
        layoutHolds("rounds list", "new-round");
        assertThat(chromium.cutHeaders()).as("rounds list headers cut at 1366 px").isEmpty();

        chromium.resize(HeadlessChromium.TABLET);
        user.open("");
        layoutHolds("rounds list (tablet)", "new-round");
        assertThat(chromium.cutHeaders()).as("rounds list headers cut at 800 px").isEmpty();
        user.open(roundUrl.substring(roundUrl.indexOf("/admin/") + "/admin/".length()));
        layoutHolds("round page (tablet)", "lifecycle-correct", "lifecycle-closed");
        shot("07-may-tinh-bang");
    }
}
