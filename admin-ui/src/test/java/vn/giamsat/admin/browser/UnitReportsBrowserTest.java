package vn.giamsat.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.adapters.persistence.JdbcUnitReports;
import vn.giamsat.admin.WholeAppBrowserTest;
import vn.giamsat.admin.testing.HeadlessChromium;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.round.port.in.ChangeRoundStatusUseCase;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.application.round.port.in.UnitReportsUseCase;
import vn.giamsat.application.round.port.in.UnitReportsUseCase.HandInCommand;
import vn.giamsat.application.round.port.in.UnitReportsUseCase.SetDueDateCommand;
import vn.giamsat.domain.round.Contributor;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.EvidenceType;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.UnitReportFigures;
import vn.giamsat.domain.round.UnitReportVersion;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.UnitId;

/**
 * The tab "Báo cáo của đơn vị" in a real browser, for the user guide's screenshots (66–68; docs/images when refreshed:
 * HeadlessChromium): the council office's view of four units (on time and changed after the due date, late,
 * overdue, not yet), the officer's hand-in dialog, and the tab at tablet width.
 */
class UnitReportsBrowserTest extends WholeAppBrowserTest {
    static final byte[] PDF = "%PDF-1.7\n báo cáo \n%%EOF\n".getBytes(StandardCharsets.UTF_8);

    @Autowired PrepareRoundUseCase prepareRound;
    @Autowired ChangeRoundStatusUseCase lifecycle;
    @Autowired UnitReportsUseCase unitReports;
    @Autowired JdbcUnitReports store;

    @Test
    void the_council_office_sees_who_reported_and_the_officer_opens_the_hand_in() {
        RoundId round = newRound();
        UnitId tamDan = unit("20374", true);
        UnitId phuThinh = unit("20364", true);
        UnitId tamThai = unit("20386", true);
        UnitId tamDan2 = unit("20392", true);
        for (UnitId u : new UnitId[] {tamDan, phuThinh, tamThai, tamDan2}) {
            prepareRound.includeUnit(new IncludeUnitCommand(round, u));
        }
        prepareRound.appoint(new AppointMemberCommand(round,
                new DelegationMember("Phan Thanh Thám", "Phó Chủ tịch HĐND huyện", DelegationRole.HEAD)));
        prepareRound.scheduleVisit(new ScheduleVisitCommand(round, new Visit(tamDan2, LocalDate.now().plusDays(20),
                "Làm việc tại UBND xã")));
        lifecycle.moveTo(new ChangeRoundStatusCommand(round, RoundStatus.PLANNED));
        LocalDate past = LocalDate.of(2023, 1, 20);
        unitReports.setDueDate(new SetDueDateCommand(round, tamDan, past));
        unitReports.setDueDate(new SetDueDateCommand(round, phuThinh, past));
        unitReports.setDueDate(new SetDueDateCommand(round, tamThai, past));
        // Tam Đàn reported on time, then again after the due date with a note; Phú Thịnh only after it.
        store.append(version(round, tamDan, 1, "2023-01-18T02:00:00Z", "Bao-cao-Tam-Dan.pdf"), PDF);
        store.append(version(round, phuThinh, 1, "2023-01-25T02:00:00Z", "Bao-cao-Phu-Thinh.pdf"), PDF);
        SignedInUsers.signIn(SignedInUsers.unitOfficerOf("20374"));
        unitReports.handIn(new HandInCommand(round, tamDan, "Bao-cao-Tam-Dan-bo-sung.pdf", PDF, "Bổ sung phụ lục số liệu"));

        chromium.signIn("?next=cuoc-giam-sat/" + round);
        openTab();
        wait.until(d -> d.findElement(By.id("unit-reports-grid")).getText().contains("Quá hạn, chưa nộp"));
        String grid = browser.findElement(By.id("unit-reports-grid")).getText();
        assertThat(grid).contains("Nộp đúng hạn", "Nộp muộn", "Quá hạn, chưa nộp", "Chưa nộp",
                "Lần nộp 2 sau hạn: Tệp báo cáo: Bao-cao-Tam-Dan.pdf → Bao-cao-Tam-Dan-bo-sung.pdf");
        scrollTo("unit-reports-grid");
        shot("66-bao-cao-cua-don-vi");
        chromium.resize(HeadlessChromium.TABLET);
        scrollTo("unit-reports-grid");
        shot("68-bao-cao-cua-don-vi-may-tinh-bang");
        chromium.resize(HeadlessChromium.DESKTOP);

        chromium.signIn("?role=UNIT_OFFICER&unit=20392&next=cuoc-giam-sat/" + round);
        openTab();
        WebElement handIn = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-reports-hand-in-20392")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", handIn);
        settle();
        handIn.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-reports-upload")));
        shot("67-nop-bao-cao");
    }

    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.findElement(By.id(id)));
    }

    private void openTab() {
        WebElement tab = wait.until(d -> d.findElements(By.cssSelector("vaadin-tab")).stream()
                .filter(t -> t.getText().contains("Báo cáo của đơn vị")).findFirst().orElse(null));
        tab.click();
        settle();
    }

    private static UnitReportVersion version(RoundId round, UnitId unit, int number, String at, String file) {
        return new UnitReportVersion(UUID.randomUUID(), round, unit, number, Instant.parse(at),
                new Contributor("canbo", "Trần Văn B"), file, EvidenceType.PDF, "0".repeat(64), UnitReportFigures.NONE,
                Optional.empty());
    }
}
