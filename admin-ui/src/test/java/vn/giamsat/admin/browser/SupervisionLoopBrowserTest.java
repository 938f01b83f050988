package vn.giamsat.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.admin.WholeAppBrowserTest;
import vn.giamsat.admin.testing.KeyboardUser;
import vn.giamsat.admin.testing.RealPortal;

/**
 * Issue 19, "done when": the supervision loop in a real browser, by keyboard, from the round's creation to what a
 * citizen reads on the real portal (its own process, on the same database: {@link RealPortal}). Council staff
 * create a round and plan it, download the notice to the unit and record it as sent (the lead-time warning goes),
 * the delegation reports, the head approves, the council's resolution adopts one recommendation of two, the round
 * is published, and the portal shows the resolution and which recommendation it adopted. Screenshots 70–79 of the
 * user guide's section "Một vòng giám sát từ đầu đến cuối" (docs/images when refreshed: HeadlessChromium).
 */
class SupervisionLoopBrowserTest extends WholeAppBrowserTest {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private RealPortal portal;

    @Override
    protected Duration patience() {
        return Duration.ofSeconds(60); // a long walk on the shared build machine
    }

    @AfterEach
    void stopThePortal() {
        if (portal != null) {
            portal.close(); // before the tables are emptied for the next test
        }
    }

    @Test
    void a_round_from_its_creation_to_the_councils_conclusion_on_the_public_portal(@TempDir Path files)
            throws Exception {
        // The portal starts beside the walk (it needs some seconds) and is looked at once the round is published.
        portal = RealPortal.start(TestDatabase.jdbcUrl(), TestDatabase.readerLogin());
        KeyboardUser staff = new KeyboardUser(chromium);
        chromium.signIn(""); // council staff of Phú Ninh district (518): TestSignIn

        // 1. The council's resolution makes the round; the plan: one commune, the head, the day of the visit.
        staff.open("");
        staff.press("new-round");
        staff.type("resolution-number", "12/NQ-HĐND");
        staff.type("resolution-date", "10/01/2023");
        staff.type("council", "518");
        staff.type("subject", "Việc giải quyết thủ tục hành chính tại Bộ phận một cửa cấp xã");
        staff.type("period-from", "01/01/2022");
        staff.type("period-to", "31/12/2022");
        staff.press("save-round");
        assertThat(staff.roundStatus()).isEqualTo("Dự thảo");
        String roundUrl = browser.getCurrentUrl();
        String roundId = roundUrl.substring(roundUrl.lastIndexOf('/') + 1);

        staff.type("scope-unit", "20374");
        staff.press("scope-add");
        staff.waitForText("#scope-grid", "Tam Đàn");
        staff.type("member-name", "Nguyễn Văn A");
        staff.type("member-account", "truongdoan"); // the head's account, from the user directory (decision 018)
        staff.press("member-add");
        staff.choose("visit-unit", "Xã Tam Đàn");
        staff.typeDateBeside("visit-unit", "20/02/2023");
        staff.press("visit-add");
        staff.waitForText("#visits-grid", "20/02/2023");
        staff.press("lifecycle-planned");
        assertThat(staff.roundStatus()).isEqualTo("Đã lập kế hoạch");
        staff.scrollTo("scope-grid");
        shot("70-vong-giam-sat-ke-hoach");

        // 2. Before the visit: the notice with the report outline, as DOCX; the law of the round's date sets the
        // lead times, and the page warns until the notice is recorded as sent in time.
        staff.tab("Văn bản, thời hạn");
        assertThat(staff.text("documents-lead-times")).contains("87/2015/QH13");
        assertThat(staff.text("documents-warning-0")).contains("Xã Tam Đàn", "chưa gửi thông báo", "13/02/2023");
        KeyboardUser.Download notice = staff.download(
                browser.findElement(By.id("documents-notice-20374")).getDomProperty("href"));
        assertThat(notice.status()).as("notice download").isEqualTo(200);
        assertThat(notice.contentType()).contains("wordprocessingml");
        assertThat(notice.docxText()).contains("THÔNG BÁO", "ĐỀ CƯƠNG BÁO CÁO", "Xã Tam Đàn", "trước ngày 17/02/2023",
                "12/NQ-HĐND");
        staff.choose("documents-unit", "Xã Tam Đàn");
        staff.type("documents-number", "05/TB-ĐGS");
        staff.type("documents-sent-on", "06/02/2023");
        staff.press("documents-record");
        staff.waitForText("#documents-sent", "05/TB-ĐGS");
        staff.choose("documents-kind", "Kế hoạch giám sát");
        staff.type("documents-number", "02/KH-ĐGS");
        staff.type("documents-sent-on", "01/02/2023");
        staff.press("documents-record");
        staff.waitForText("#documents-sent", "02/KH-ĐGS");
        assertThat(browser.findElements(By.cssSelector("#documents-warnings p")))
                .as("no warning once the notice is recorded as sent in time").isEmpty();
        staff.scrollTo("documents-units");
        shot("71-van-ban-truoc-khi-lam-viec");

        // 3. The commune hands in its report before the visit: the office sets the due date, the commune's officer
        // (signed in as himself) uploads the report; the round shows it handed in on time.
        staff.tab("Báo cáo của đơn vị");
        staff.waitForText("#unit-reports-grid vaadin-grid-cell-content", "Quá hạn, chưa nộp"); // due 17/02/2023
        String due = LocalDate.now(VIETNAM).plusDays(10).format(DAY);
        staff.choose("unit-reports-due-unit", "Xã Tam Đàn");
        staff.type("unit-reports-due-date", due);
        staff.press("unit-reports-set-due");
        staff.waitForText("#unit-reports-grid", due);
        chromium.signIn("?as=officer&unit=20374");
        browser.get(roundUrl);
        chromium.awaitIdle();
        KeyboardUser officer = new KeyboardUser(chromium);
        officer.tab("Báo cáo của đơn vị");
        officer.press("unit-reports-hand-in-20374");
        officer.upload("unit-reports-upload", pdf(files.resolve("Báo cáo xã Tam Đàn.pdf")));
        officer.waitForText("#unit-reports-file", "Báo cáo xã Tam Đàn.pdf");
        officer.type("unit-reports-note", "Báo cáo theo đề cương kèm Thông báo số 05/TB-ĐGS.");
        officer.press("unit-reports-submit");
        officer.waitForText("#unit-reports-grid", "Nộp đúng hạn");
        // The tab opens at the top of the round page: bring the units' table, with its "Nộp đúng hạn" row, into view.
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('unit-reports-grid').scrollIntoView({block: 'center'});");
        shot("72-don-vi-nop-bao-cao");
        chromium.signIn("");
        browser.get(roundUrl);
        chromium.awaitIdle();

        // 4. The visit, what the delegation found, two recommendations; the delegation's report.
        staff.press("lifecycle-in-progress");
        assertThat(staff.roundStatus()).isEqualTo("Đang giám sát");
        staff.tab("Nhận xét");
        staff.type("finding-text", "Bộ phận một cửa của xã niêm yết chưa đủ thủ tục hành chính đang thực hiện.");
        staff.press("finding-add");
        staff.waitForText("#findings-grid", "niêm yết chưa đủ");
        staff.tab("Kiến nghị");
        recommend(staff, "Niêm yết đầy đủ, kịp thời các thủ tục hành chính tại Bộ phận một cửa.", "30/06/2023");
        recommend(staff, "Bố trí thêm một công chức tiếp nhận hồ sơ vào buổi sáng thứ Bảy.", "30/09/2023");
        staff.press("lifecycle-reported");
        assertThat(staff.roundStatus()).isEqualTo("Đã có báo cáo");
        staff.tab("Báo cáo");
        assertThat(staff.text("report-preview")).contains("BÁO CÁO", "Xã Tam Đàn", "Niêm yết đầy đủ, kịp thời");
        staff.scrollTo("report-preview");
        shot("73-bao-cao-cua-doan");

        // 5. The head approves, signed in as himself.
        chromium.signIn("?as=head");
        browser.get(roundUrl);
        chromium.awaitIdle();
        KeyboardUser head = new KeyboardUser(chromium);
        head.press("lifecycle-approve");
        head.confirm();
        head.waitForText(".round-approval", "Nguyễn Văn A");
        shot("74-truong-doan-phe-duyet");

        // 6. The council's resolution on the results: it adopts the first recommendation, not the second.
        chromium.signIn("");
        browser.get(roundUrl);
        chromium.awaitIdle();
        String today = LocalDate.now(VIETNAM).format(DAY); // not before the approval
        staff.tab("Kết luận của HĐND");
        staff.type("conclusion-number", "18/NQ-HĐND");
        staff.type("conclusion-date", today);
        staff.type("conclusion-text", "Hội đồng nhân dân huyện tán thành báo cáo kết quả giám sát của Đoàn giám sát.");
        staff.type("conclusion-decisions", "Giao Ủy ban nhân dân xã Tam Đàn thực hiện kiến nghị về niêm yết thủ tục.");
        staff.tick("conclusion-adopted", "Niêm yết đầy đủ, kịp thời");
        staff.press("conclusion-save");
        staff.waitForText("#conclusion-citation", "18/NQ-HĐND");
        staff.waitForText("#conclusion-recommendations", "Không được Hội đồng nhân dân tiếp thu");
        staff.scrollTo("conclusion-citation");
        shot("75-ket-luan-cua-hdnd");

        // 7. Publication; then the real portal shows the round with the resolution and what it adopted.
        staff.press("lifecycle-publish");
        staff.confirm();
        assertThat(staff.roundStatus()).isEqualTo("Đã công khai");
        portal.awaitReady(Duration.ofSeconds(90));
        browser.get(portal.url("/giam-sat/" + roundId));
        // the portal re-reads what is published every second: a fresh page shows it within a few reloads
        wait.until(d -> {
            if (d.findElements(By.cssSelector(".conclusion-citation")).isEmpty()) {
                d.navigate().refresh();
                return false;
            }
            return true;
        });
        WebElement citation = browser.findElement(By.cssSelector(".conclusion-citation"));
        assertThat(citation.getText()).isEqualTo("Nghị quyết số 18/NQ-HĐND ngày " + today);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("12/NQ-HĐND");
        assertThat(browser.findElement(By.cssSelector("p.lead")).getText())
                .isEqualTo("Việc giải quyết thủ tục hành chính tại Bộ phận một cửa cấp xã");
        assertThat(browser.findElement(By.cssSelector(".conclusion-decisions")).getText())
                .contains("Giao Ủy ban nhân dân xã Tam Đàn thực hiện kiến nghị về niêm yết thủ tục.");
        java.util.List<String> rows = browser.findElements(By.cssSelector("table.simple tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(rows).as("the adopted recommendation is followed up, the other is kept and marked")
                .anyMatch(r -> r.contains("Niêm yết đầy đủ, kịp thời") && r.contains("Chưa thực hiện"))
                .anyMatch(r -> r.contains("Bố trí thêm một công chức") && r.contains("Không được Hội đồng nhân dân tiếp thu"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('conclusion').scrollIntoView({block: 'start'});");
        chromium.screenshotOfAPage("76-cong-ket-luan-hdnd");

        // 8. The commune reports the adopted recommendation done; the office accepts; the portal's timeline shows it
        // with its date, without the round being published again.
        chromium.signIn("?as=officer&unit=20374");
        browser.get(roundUrl);
        chromium.awaitIdle();
        officer.tab("Kiến nghị");
        officer.selectRow("recommendations-grid", "Niêm yết đầy đủ, kịp thời");
        officer.choose("progress-status", "Đã thực hiện");
        officer.type("progress-text", "Đã niêm yết đủ 86 thủ tục hành chính tại Bộ phận một cửa từ ngày 01/6/2023.");
        officer.press("progress-send");
        officer.selectRow("recommendations-grid", "Niêm yết đầy đủ, kịp thời"); // the page was read again
        officer.waitForText("#progress-grid", "Đơn vị báo cáo");
        staff.scrollTo("progress-hint");
        shot("77-don-vi-bao-cao-tien-do");
        chromium.signIn("");
        browser.get(roundUrl);
        chromium.awaitIdle();
        staff.tab("Kiến nghị");
        staff.selectRow("recommendations-grid", "Niêm yết đầy đủ, kịp thời");
        staff.press("progress-accept-0");
        staff.confirm();
        staff.selectRow("recommendations-grid", "Niêm yết đầy đủ, kịp thời");
        staff.waitForText("#progress-grid", "Đã chấp nhận");
        staff.scrollTo("progress-hint");
        shot("78-chap-nhan-tien-do");

        browser.get(portal.url("/giam-sat/" + roundId));
        wait.until(d -> {
            if (d.findElements(By.cssSelector("ol.timeline li")).isEmpty()) {
                d.navigate().refresh();
                return false;
            }
            return true;
        });
        assertThat(browser.findElement(By.cssSelector("ol.timeline li")).getText())
                .contains(today, "Đã thực hiện", "Đã niêm yết đủ 86 thủ tục hành chính");
        assertThat(browser.findElements(By.cssSelector("table.simple tbody tr")).stream().map(WebElement::getText))
                .anyMatch(r -> r.contains("Niêm yết đầy đủ, kịp thời") && r.contains("Đã thực hiện"));
        assertThat(browser.findElements(By.cssSelector("ol.versions li"))).as("the round was not published again")
                .hasSize(1);
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.getElementById('theo-doi').scrollIntoView({block: 'start'});");
        chromium.screenshotOfAPage("79-cong-dien-bien-thuc-hien");
    }

    /** A small PDF file (its first bytes say PDF: the upload checks the content, not only the name). */
    private static Path pdf(Path file) throws java.io.IOException {
        return Files.writeString(file, "%PDF-1.4\n% Báo cáo của xã Tam Đàn\n%%EOF\n");
    }

    private void recommend(KeyboardUser staff, String text, String due) {
        staff.chooseBeside("recommendation-addressee", "Xã Tam Đàn"); // the unit that reports on its follow-up
        staff.type("recommendation-addressee", "UBND xã Tam Đàn");
        staff.type("recommendation-text", text);
        staff.typeDateBeside("recommendation-addressee", due);
        staff.press("recommendation-add");
        staff.waitForText("#recommendations-grid", text);
    }
}
