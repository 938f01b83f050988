package vn.giamsat.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppBrowserTest;
import vn.giamsat.admin.testing.HeadlessChromium;
import vn.giamsat.admin.testing.KeyboardUser;
import vn.giamsat.application.round.port.in.ChangeRoundStatusUseCase;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RecordFindingsUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.AppointMemberCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ChangeRoundStatusCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.application.round.port.in.RoundCommands.RecommendCommand;
import vn.giamsat.application.round.port.in.RoundCommands.ScheduleVisitCommand;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.Visit;
import vn.giamsat.domain.unit.UnitId;

/**
 * The catalogues and the overdue list in a real headless Chromium, by keyboard, at 1366×768 and at a tablet
 * width (800 px): nothing may spill sideways. Screenshots for the user guide (docs/images when refreshed: HeadlessChromium).
 */
class CatalogueBrowserTest extends WholeAppBrowserTest {
    @Autowired PrepareRoundUseCase prepareRound;
    @Autowired RecordFindingsUseCase recordFindings;
    @Autowired ChangeRoundStatusUseCase changeRoundStatus;


    private void signInAndOpen(String query) {
        chromium.signIn("?" + query);
        settle();
    }

    private KeyboardUser keyboard() {
        return new KeyboardUser(chromium);
    }

    private void typeInto(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " input")));
        input.sendKeys(text);
        settle();
    }

    @Test
    void the_unit_catalogue_by_keyboard_at_desktop_and_tablet_width() throws Exception {
        signInAndOpen("role=ADMIN&next=don-vi");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-grid")));
        typeInto("unit-filter", "20364");
        wait.until(d -> d.findElement(By.id("unit-grid")).getText().contains("Chiên Đàn"));
        chromium.fitsTheWidth();
        shot("20-danh-muc-don-vi");

        keyboard().press("unit-merge");
        WebElement merged = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#merge-merged input")));
        assertThat(browser.switchTo().activeElement()).as("the dialog opens on its first field").isEqualTo(merged);
        shot("21-ghi-nhan-sap-nhap");
        // The first Escape belongs to the focused combo box (it closes its list), the next one to the dialog.
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        settle();
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        settle();
        assertThat(browser.findElements(By.cssSelector("#merge-merged"))).as("Escape closes the dialog").isEmpty();

        chromium.resize(HeadlessChromium.TABLET);
        settle();
        chromium.fitsTheWidth();
        shot("22-danh-muc-don-vi-may-tinh-bang");
    }

    @Test
    void the_procedure_catalogue_by_keyboard_at_desktop_and_tablet_width() throws Exception {
        signInAndOpen("role=ADMIN&next=thu-tuc");
        wait.until(d -> d.findElement(By.id("procedure-grid")).getText().contains("Đăng ký khai sinh"));
        chromium.fitsTheWidth();
        shot("23-danh-muc-thu-tuc");

        keyboard().press("procedure-add");
        WebElement code = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#procedure-code input")));
        assertThat(browser.switchTo().activeElement()).as("the form opens with the code field focused").isEqualTo(code);
        keyboard().press("procedure-save");
        wait.until(d -> d.findElement(By.id("procedure-name")).getDomAttribute("invalid") != null);
        shot("24-them-thu-tuc-loi");

        chromium.resize(HeadlessChromium.TABLET);
        settle();
        shot("25-them-thu-tuc-may-tinh-bang");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        settle();
        chromium.fitsTheWidth();
    }

    @Test
    void overdue_recommendations_at_desktop_and_tablet_width() throws Exception {
        // Two rounds with recommendations past due, recorded as council staff of Phú Ninh district (518).
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        recommend(unit("20374", true), "UBND xã Tam Đàn", "Đẩy mạnh dịch vụ công trực tuyến toàn trình.", today.minusDays(45));
        recommend(unit("20392", true), "UBND xã Tam Dân", "Niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận một cửa.",
                today.minusDays(12));
        signInAndOpen("role=COUNCIL_STAFF&unit=518&next=kien-nghi-qua-han");
        wait.until(d -> d.findElement(By.id("overdue-grid")).getText().contains("UBND xã Tam Đàn"));
        chromium.fitsTheWidth();
        shot("26-kien-nghi-qua-han");

        chromium.resize(HeadlessChromium.TABLET);
        settle();
        chromium.fitsTheWidth();
        shot("27-kien-nghi-qua-han-may-tinh-bang");
    }

    private void recommend(UnitId unit, String addressee, String text, LocalDate due) {
        RoundId id = newRound();
        prepareRound.includeUnit(new IncludeUnitCommand(id, unit));
        prepareRound.appoint(new AppointMemberCommand(id, new DelegationMember("Nguyễn Văn A", null, DelegationRole.HEAD)));
        changeRoundStatus.moveTo(new ChangeRoundStatusCommand(id, RoundStatus.PLANNED));
        prepareRound.scheduleVisit(new ScheduleVisitCommand(id, new Visit(unit, null, null)));
        changeRoundStatus.moveTo(new ChangeRoundStatusCommand(id, RoundStatus.IN_PROGRESS));
        recordFindings.recommend(new RecommendCommand(id, unit, addressee, text, due));
    }
}
