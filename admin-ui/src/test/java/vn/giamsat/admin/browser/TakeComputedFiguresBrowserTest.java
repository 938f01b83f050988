package vn.giamsat.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.giamsat.admin.WholeAppBrowserTest;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportProgress;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.round.port.in.PrepareRoundUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundCommands.IncludeUnitCommand;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;

/**
 * The confirmation of "record the figures counted from dossiers in the round" in a real headless Chromium, for the
 * user guide (58, issue 18): Phú Thịnh's export has the column so_hoa_ket_qua, Tam Đàn's does not.
 */
class TakeComputedFiguresBrowserTest extends WholeAppBrowserTest {
    private static final String HEADER = "ma_ho_so,ma_don_vi,ma_thu_tuc,kenh,ngay_tiep_nhan,han_giai_quyet,"
            + "ngay_giai_quyet,ngay_tra_ket_qua,trang_thai,rut_ho_so";
    private static final Period FEBRUARY = Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));

    @Autowired ImportDossiersUseCase imports;
    @Autowired PrepareRoundUseCase prepareRound;

    private void importFile(String key, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        imports.importDossiers(new ImportDossiersCommand(key, key + ".csv", null, () -> new ByteArrayInputStream(bytes)),
                ImportProgress.NONE, new Cancellation());
    }

    @Test
    void the_confirmation_lists_what_is_recorded_with_the_digitized_results() throws Exception {
        importFile("so-hoa", HEADER + ",so_hoa_ket_qua\n"
                + "PT-1,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-05 10:00,,Đã giải quyết,0,1\n"
                + "PT-2,20364,1.001193,2,2024-02-02 08:00,2024-02-07 17:00,2024-02-05 10:00,,Đã giải quyết,0,1\n"
                + "PT-3,20364,1.001193,2,2024-02-03 08:00,2024-02-08 17:00,2024-02-12 10:00,,Đã giải quyết,0,0\n"
                + "PT-4,20364,1.000894,1,2024-02-19 08:00,2024-02-26 17:00,,,Đang giải quyết,0,\n");
        importFile("khong-cot", HEADER + "\n"
                + "TD-1,20374,1.000894,1,2024-02-10 08:00,2024-02-15 17:00,2024-02-14 10:00,,Đã giải quyết,0\n"
                + "TD-2,20374,1.000894,1,2024-02-12 08:00,2024-02-19 17:00,2024-02-16 10:00,,Đã giải quyết,0\n"
                + "TT-1,20386,1.000894,1,2024-02-10 08:00,2024-02-15 17:00,2024-02-14 10:00,,Đã giải quyết,0\n");
        RoundId round = establishRound.establish(new EstablishRoundCommand(unit("518", true),
                new Resolution(ResolutionNumber.of("7/NQ-HĐND"), LocalDate.of(2024, 1, 5),
                        "Hội đồng nhân dân huyện Phú Ninh"),
                "Giải quyết thủ tục hành chính tháng 2 năm 2024", FEBRUARY));
        prepareRound.includeUnit(new IncludeUnitCommand(round, unit("20364", true)));
        prepareRound.includeUnit(new IncludeUnitCommand(round, unit("20374", true)));

        browser.get("http://127.0.0.1:" + port + "/test-sign-in?role=COUNCIL_STAFF&unit=518&next=doi-chieu-so-lieu");
        settle();
        browser.get("http://127.0.0.1:" + port + "/admin/cuoc-giam-sat/" + round);
        settle();
        WebElement compare = wait.until(ExpectedConditions.elementToBeClickable(By.id("round-compare")));
        compare.click();
        settle();
        WebElement take = wait.until(ExpectedConditions.elementToBeClickable(By.id("comparison-take")));
        take.click();
        settle();
        wait.until(d -> d.findElement(By.id("comparison-take-grid")).getText().contains("Xã Tam Đàn"));
        assertThat(browser.findElement(By.id("comparison-take-grid")).getText()).contains("chưa báo cáo");
        shot("58-ghi-so-lieu-tinh-tu-ho-so");
    }
}
