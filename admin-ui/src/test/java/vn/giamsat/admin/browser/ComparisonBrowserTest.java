package vn.giamsat.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppBrowserTest;
import vn.giamsat.admin.testing.HeadlessChromium;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportProgress;
import vn.giamsat.application.dossier.port.in.ComputedFiguresQueries;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.UnitId;

/**
 * The figures comparison in a real headless Chromium at 1366×768 and at 800 px: the page never scrolls sideways
 * (the wide grid scrolls inside itself), the drill-down opens by keyboard. Screenshots for the user guide (docs/images when refreshed: HeadlessChromium).
 */
class ComparisonBrowserTest extends WholeAppBrowserTest {
    private static final Period Q1 = Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31));
    private static final List<String> COMMUNES = List.of("20364", "20365", "20374", "20386", "20392");
    private static final List<String> PROCEDURES = List.of("1.001193", "1.000894", "1.000656", "2.000815");

    @Autowired ImportDossiersUseCase imports;
    @Autowired RecordFiguresUseCase recordFigures;
    @Autowired ComputedFiguresQueries computed;


    /**
     * Dossiers of the first quarter of 2024 at five communes (early, on time, late, in progress, withdrawn), and
     * self-reports for that quarter: Phú Thịnh's agrees with its dossiers, Tam Đàn's and Tam Dân's do not, Tam
     * Thành and Tam Thái reported nothing.
     */
    private void quarterOfDossiers() {
        StringBuilder file = new StringBuilder("ma_ho_so,ma_don_vi,ma_thu_tuc,kenh,ngay_tiep_nhan,han_giai_quyet,"
                + "ngay_giai_quyet,ngay_tra_ket_qua,trang_thai,rut_ho_so\n");
        int n = 0;
        for (int c = 0; c < COMMUNES.size(); c++) {
            for (int i = 0; i < 12 + 7 * c; i++) {
                n++;
                LocalDate received = LocalDate.of(2024, 1 + i % 3, 2 + i % 20);
                LocalDate due = received.plusDays(6);
                int kind = (i * 7 + c) % 10;
                String resolved = switch (kind) {
                    case 0, 1, 2, 3, 4 -> received.plusDays(3) + " 10:00";
                    case 5, 6 -> due + " 10:00";
                    case 7 -> due.plusDays(4) + " 10:00";
                    default -> "";
                };
                String status = resolved.isEmpty() ? (kind == 9 ? "Đã rút" : "Đang giải quyết") : "Đã giải quyết";
                file.append("Q1-").append(n).append(',').append(COMMUNES.get(c)).append(',')
                        .append(PROCEDURES.get(i % PROCEDURES.size())).append(',').append(1 + (i + c) % 3).append(',')
                        .append(received).append(" 08:00,").append(due).append(" 17:00,").append(resolved).append(",,")
                        .append(status).append(',').append(kind == 9 ? 1 : 0).append('\n');
            }
        }
        byte[] bytes = file.toString().getBytes(StandardCharsets.UTF_8);
        imports.importDossiers(new ImportDossiersCommand("hcc-2024-q1", "ho-so-quy-1.csv", null,
                () -> new ByteArrayInputStream(bytes)), ImportProgress.NONE, new Cancellation());

        for (HandlingFigures f : computed.computedUnder(unit("518", true), Q1)) {
            if (f.unit().equals(unit("20364", true))) {
                report(f, 0, 0);
            } else if (f.unit().equals(unit("20374", true))) {
                report(f, 4, 0);
            } else if (f.unit().equals(unit("20392", true))) {
                report(f, 0, 2);
            }
        }
    }

    /** The computed counts as a self-report, with {@code more} extra received (still in progress) and {@code earlyToLate} early ones called late. */
    private void report(HandlingFigures c, long more, long earlyToLate) {
        recordFigures.record(new RecordFiguresCommand(HandlingFigures.builder(c.unit(), Q1, FiguresSource.SELF_REPORTED)
                .received(c.received().orNull() + more).receivedOnline(c.receivedOnline()).receivedPostal(c.receivedPostal())
                .resolved(c.resolved()).early(c.early().orNull() - earlyToLate).onTime(c.onTime())
                .late(c.late().orNull() + earlyToLate)
                .inProgressWithinDeadline(Count.of(c.inProgressWithinDeadline().orNull() + more)).inProgressOverdue(c.inProgressOverdue())
                .withdrawn(c.withdrawn()).build(), null));
    }

    /** The page itself does not scroll sideways; the wide grid scrolls within its own box. */
    private void pageFitsTheWidth() {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }

    @Test
    void the_comparison_at_desktop_and_tablet_width_with_the_drill_down_by_keyboard() throws Exception {
        quarterOfDossiers();
        browser.get("http://127.0.0.1:" + port + "/test-sign-in?role=COUNCIL_STAFF&unit=518&next=doi-chieu-so-lieu");
        settle();
        UnitId district = unit("518", true);
        browser.get("http://127.0.0.1:" + port + "/admin/doi-chieu-so-lieu?don-vi=" + district + "&tu=2024-01-01&den=2024-03-31");
        settle();
        wait.until(d -> d.findElement(By.id("comparison-grid")).getText().contains("Xã Tam Đàn"));
        assertThat(browser.findElement(By.id("comparison-summary")).getText())
                .isEqualTo("5 đơn vị có hồ sơ đã nhập; 2 đơn vị có chênh lệch; 2 đơn vị chưa có số liệu tự báo cáo đúng kỳ.");
        pageFitsTheWidth();
        shot("40-doi-chieu-so-lieu");

        WebElement detail = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".comparison-detail")));
        detail.sendKeys(Keys.ENTER);
        settle();
        wait.until(d -> d.findElement(By.id("comparison-breakdown-grid")).getText().contains("Đăng ký khai sinh"));
        shot("41-doi-chieu-theo-thu-tuc");
        browser.findElement(By.id("comparison-breakdown-close")).sendKeys(Keys.ENTER);
        settle();

        chromium.resize(HeadlessChromium.TABLET);
        settle();
        pageFitsTheWidth();
        shot("42-doi-chieu-may-tinh-bang");
    }
}
