package vn.giamsat.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppBrowserTest;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitId;

/**
 * The dashboard across rounds (issue 18 item 3) in a real headless Chromium, for the user guide's screenshot
 * (decision 050): the demo round and a second round with half-year figures, both chosen in the rounds picker the way a
 * user does (open the list, tick each round), the table then showing the rows of both.
 */
class DashboardAcrossRoundsBrowserTest extends WholeAppBrowserTest {
    private static final Period FIRST_HALF_2022 = Period.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30));

    @Autowired PrepareRoundUseCase prepareRound;
    @Autowired RecordFiguresUseCase recordFigures;

    @Test
    void council_staff_compare_two_rounds_on_one_dashboard() {
        RoundId second = newRound();
        record(second, unit("20374", true), 2_310, 1_650, 540, 120, 1_004);
        record(second, unit("20386", true), 2_675, 2_210, 301, 164, 412);
        String secondNumber = rounds.listRounds().stream().filter(r -> r.id().equals(second)).findFirst()
                .orElseThrow().resolutionNumber();

        chromium.signIn("");
        chromium.awaitIdle();
        browser.get(chromium.url("/admin/bang-dieu-khien"));
        chromium.awaitIdle();
        WebElement picker = browser.findElement(By.id("dashboard-rounds"));
        picker.findElement(By.tagName("input")).click();
        chromium.settle();
        List<WebElement> items = browser.findElements(By.cssSelector("vaadin-multi-select-combo-box-item"));
        assertThat(items).as("rounds offered").hasSizeGreaterThanOrEqualTo(2);
        for (WebElement item : items) {
            if (item.getDomAttribute("selected") == null) {
                item.click();
                chromium.settle();
            }
        }
        picker.findElement(By.tagName("input")).sendKeys(Keys.ESCAPE);
        chromium.settle();

        String table = browser.findElement(By.id("dashboard-table")).getText();
        assertThat(table).as("rows of both rounds").contains(secondNumber, "21/NQ-HĐND", "2.310", "2.675",
                "01/01/2022 – 30/06/2022");
        assertThat(browser.findElement(By.cssSelector("#dashboard-chart svg")).isDisplayed()).isTrue();
        shot("64-quan-tri-bang-dieu-khien-nhieu-cuoc");
    }

    private void record(RoundId round, UnitId unit, long received, long early, long onTime, long late, long online) {
        prepareRound.includeUnit(new IncludeUnitCommand(round, unit));
        recordFigures.record(new RecordFiguresCommand(HandlingFigures.builder(unit, FIRST_HALF_2022,
                FiguresSource.SELF_REPORTED).received(received).early(early).onTime(onTime).late(late)
                .receivedOnline(online).build(), round));
    }
}
