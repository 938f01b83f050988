package vn.giamsat.admin.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.FutureAccess;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.giamsat.admin.WholeAppTest;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.dossier.model.ImportCouncil;
import vn.giamsat.domain.unit.UnitCode;

/**
 * The dossier import page on the whole app and its database. Imports are held until the test lets them run (on
 * their own thread, as in the app), so what the page shows while one waits, runs and ends is checked in order.
 */
@Import(DossierImportViewTest.HeldImports.class)
class DossierImportViewTest extends WholeAppTest {
    static final String HEADER = "ma_ho_so,ma_don_vi,ma_thu_tuc,kenh,ngay_tiep_nhan,han_giai_quyet,ngay_giai_quyet,"
            + "ngay_tra_ket_qua,trang_thai,rut_ho_so\n";

    @TestConfiguration
    static class HeldImports {
        @Bean
        @Primary
        HeldImportThreads heldImportThreads() {
            return new HeldImportThreads();
        }
    }

    /** Keeps started imports until {@link #runAll()}, which runs each on a thread of its own and waits for it. */
    static final class HeldImportThreads implements ImportThreads {
        private final List<Runnable> waiting = new ArrayList<>();

        @Override
        public synchronized void start(Runnable task) {
            waiting.add(new DelegatingSecurityContextRunnable(task, SecurityContextHolder.getContext()));
        }

        void runAll() throws InterruptedException {
            List<Runnable> tasks;
            synchronized (this) {
                tasks = List.copyOf(waiting);
                waiting.clear();
            }
            for (Runnable t : tasks) {
                Thread.ofPlatform().start(t).join();
            }
        }
    }

    @Autowired HeldImportThreads held;
    @Autowired DataSource dataSource;

    /** Dossiers of February 2024 at Phú Thịnh, registered at birth, each resolved early. */
    static byte[] goodFile(int rows) {
        StringBuilder b = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            b.append("HCC-").append(i).append(",20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-05 10:00,,")
                    .append("Đã giải quyết,0\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void upload(String exportKey, String fileName, byte[] file) {
        navigate(DossierImportView.class);
        test($(TextField.class).id("import-export-key")).setValue(exportKey);
        test($(Upload.class).id("import-upload")).upload(fileName, "text/csv", file);
    }

    private String outcome() {
        return $(Paragraph.class).id("import-outcome").getText();
    }

    private long storedDossiers() {
        return JdbcClient.create(dataSource).sql("SELECT count(*) FROM dossier").query(Long.class).single();
    }

    @Test
    void an_import_shows_its_progress_by_rows_and_bytes_then_the_counts_and_who_imported_it() throws Exception {
        upload("hcc-2024-02", "ho-so-thang-2.csv", goodFile(25_000));

        ProgressBar bar = $(ProgressBar.class).id("import-progress");
        Span text = $(Span.class).id("import-progress-text");
        assertThat(bar.isVisible()).isTrue();
        assertThat(text.getText()).isEqualTo("Đang chờ bắt đầu nhập tệp ho-so-thang-2.csv…");
        assertThat($(Button.class).id("import-cancel").isVisible()).isTrue();
        assertThat($(Upload.class).id("import-upload").isEnabled()).as("one import at a time").isFalse();

        held.runAll();
        // What the page showed after each news from the import, in order.
        List<String> seen = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        FutureAccess next;
        while ((next = VaadinSession.getCurrent().getPendingAccessQueue().poll()) != null) {
            next.run();
            seen.add(bar.isVisible() ? text.getText() : "end");
            if (bar.isVisible()) {
                values.add(bar.getValue());
            }
        }

        // Rows counted every 10,000; bytes read of the 2.4 MB file move the bar.
        assertThat(seen).anySatisfy(t -> assertThat(t).matches("Đang đọc tệp: 10\\.000 dòng, [0-2],\\d / 2,4 MB"));
        assertThat(seen).anySatisfy(t -> assertThat(t).matches("Đang đọc tệp: 20\\.000 dòng, [1-2],\\d / 2,4 MB"));
        assertThat(seen).anySatisfy(t -> assertThat(t).startsWith("Đang ghi vào cơ sở dữ liệu: 25.000 dòng"));
        assertThat(values).isSortedAccordingTo(Double::compare);
        assertThat(values.getLast()).isEqualTo(1.0);
        assertThat(seen).last().isEqualTo("end");
        assertThat(outcome()).isEqualTo(
                "Đã nhập 25.000 hồ sơ của lần xuất \"hcc-2024-02\" (thay thế 0 hồ sơ của lần nhập trước).");
        assertThat(storedDossiers()).isEqualTo(25_000);
        var history = test($(Grid.class).id("import-history"));
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.getCellText(0, 1)).isEqualTo("Lê Thị Hoa");
        assertThat(history.getCellText(0, 2)).isEqualTo("hcc-2024-02");
        assertThat(history.getCellText(0, 3)).isEqualTo("ho-so-thang-2.csv");
        assertThat(history.getCellText(0, 5)).isEqualTo("25.000");
        assertThat(history.getCellText(0, 6)).isEqualTo("Đã nhập");
        assertThat($(Upload.class).id("import-upload").isEnabled()).isTrue();
    }

    @Test
    void cancel_stops_the_import_and_leaves_no_dossier_behind() throws Exception {
        upload("hcc-2024-02", "ho-so.csv", goodFile(25_000));

        test($(Button.class).id("import-cancel")).click();
        assertThat($(Span.class).id("import-progress-text").getText()).isEqualTo("Đang hủy…");
        held.runAll();
        roundTrip();

        assertThat(outcome()).isEqualTo("Đã hủy sau 10.000 dòng: không có gì thay đổi.");
        assertThat(storedDossiers()).isZero();
        assertThat(JdbcClient.create(dataSource).sql("SELECT count(*) FROM dossier_import").query(Long.class).single())
                .isZero();
        var history = test($(Grid.class).id("import-history"));
        assertThat(history.getCellText(0, 6)).isEqualTo("Đã hủy");
        assertThat($(ProgressBar.class).all()).as("no visible progress bar").isEmpty();
    }

    @Test
    void a_refused_file_lists_each_problem_by_line_and_column_and_the_report_downloads_for_excel() throws Exception {
        String bad = HEADER
                + "A-1,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-05 10:00,,Đã giải quyết,0\n"
                + "A-2,99999,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-05 10:00,,Đã giải quyết,0\n"
                + "A-3,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-01-05 10:00,,Đã giải quyết,0\n";
        upload("hcc-2024-02", "ho-so.csv", bad.getBytes(StandardCharsets.UTF_8));
        held.runAll();
        roundTrip();

        assertThat(outcome()).isEqualTo("Không nhập hồ sơ nào: 2 lỗi. Sửa tệp rồi tải lên lại.");
        var grid = test($(Grid.class).id("import-rejections"));
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("3");
        assertThat(grid.getCellText(0, 1)).isEqualTo("ma_don_vi");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Không có đơn vị hành chính mã \"99999\".");
        assertThat(grid.getCellText(1, 0)).isEqualTo("4");
        assertThat(grid.getCellText(1, 1)).isEqualTo("ngay_giai_quyet");
        assertThat(storedDossiers()).isZero();

        ByteArrayOutputStream report = new ByteArrayOutputStream();
        test($(Anchor.class).id("import-report")).download(report);
        byte[] bytes = report.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("dong;cot;ma_loi;ly_do;reason;gia_tri",
                "3;ma_don_vi;import.unknown-unit;");
        assertThat(test($(Grid.class).id("import-history")).getCellText(0, 6)).isEqualTo("Bị từ chối (2)");
    }

    @Test
    void without_an_export_key_nothing_starts_and_the_field_says_why() {
        upload("", "ho-so.csv", goodFile(1));

        TextField key = $(TextField.class).id("import-export-key");
        assertThat(key.isInvalid()).isTrue();
        assertThat(key.getErrorMessage()).containsIgnoringCase("mã lần xuất dữ liệu");
        assertThat($(ProgressBar.class).all()).as("no visible progress bar").isEmpty();
        assertThat(test($(Grid.class).id("import-history")).size()).isZero();
    }

    @Test
    void aRowOfAUnitOutsideTheCouncilIsRefusedWithItsOwnCodeAndLine() throws Exception {
        navigate(DossierImportView.class);
        assertThat($(Select.class).id("import-council").getValue()).isEqualTo(
                new ImportCouncil(UnitCode.of("518"), "Phú Ninh"));
        String file = HEADER
                + "C-1,20364,1.001193,2,2024-02-01 08:00,2024-02-06 17:00,2024-02-05 10:00,,Đã giải quyết,0\n"
                + "C-2,20380,1.001193,2,2026-01-05 08:00,2026-01-08 17:00,2026-01-06 10:00,,Đã giải quyết,0\n";
        upload("hcc-2026-01", "ho-so.csv", file.getBytes(StandardCharsets.UTF_8));
        held.runAll();
        roundTrip();

        assertThat(outcome()).isEqualTo("Không nhập hồ sơ nào: 1 lỗi. Sửa tệp rồi tải lên lại.");
        var grid = test($(Grid.class).id("import-rejections"));
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, 0)).isEqualTo("3");
        assertThat(grid.getCellText(0, 1)).isEqualTo("ma_don_vi");
        assertThat(grid.getCellText(0, 2)).contains("20380", "không thuộc địa bàn 518");
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        test($(Anchor.class).id("import-report")).download(report);
        assertThat(report.toString(StandardCharsets.UTF_8)).contains("3;ma_don_vi;import.unit-outside-jurisdiction;");
        assertThat(storedDossiers()).isZero();
    }

    @Test
    void anotherCouncilsStaffSeesNoneOfTheseImportsAndItsOwnKeyIsAnotherExport() throws Exception {
        upload("hcc-2024-02", "ho-so-phu-ninh.csv", goodFile(3));
        held.runAll();
        roundTrip();
        var history = test($(Grid.class).id("import-history"));
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.getCellText(0, 7)).isEqualTo("518");

        SignedInUsers.signIn(SignedInUsers.councilStaffOf("48"));
        navigate(vn.giamsat.admin.calendar.HolidayCalendarView.class);   // a fresh page, as after signing in again
        navigate(DossierImportView.class);
        assertThat($(Select.class).id("import-council").getValue()).isEqualTo(
                new ImportCouncil(UnitCode.of("48"), "Đà Nẵng"));
        assertThat(test($(Grid.class).id("import-history")).size()).as("Phú Ninh's import is not Đà Nẵng's to see")
                .isZero();
        String daNang = HEADER
                + "D-1,20380,1.001193,2,2026-01-05 08:00,2026-01-08 17:00,2026-01-06 10:00,,Đã giải quyết,0\n";
        upload("hcc-2024-02", "ho-so-da-nang.csv", daNang.getBytes(StandardCharsets.UTF_8));
        held.runAll();
        roundTrip();
        assertThat(outcome()).as("the same key under Đà Nẵng replaces nothing of Phú Ninh's").isEqualTo(
                "Đã nhập 1 hồ sơ của lần xuất \"hcc-2024-02\" (thay thế 0 hồ sơ của lần nhập trước).");
        assertThat(storedDossiers()).isEqualTo(4);
        assertThat(test($(Grid.class).id("import-history")).size()).isEqualTo(1);
    }

    @Test
    void anImportLeftStartedByAKilledAdminUiShowsAsInterruptedWithWhoWhenAndWhichFile() {
        // The line a killed import leaves: written at its start, never completed, and no live connection holds it.
        JdbcClient.create(dataSource).sql("""
                INSERT INTO dossier_import_attempt (export_key, file_name, status, started_at, imported_by,
                                                    council_code, finished_at)
                VALUES ('hcc-2024-03', 'ho-so-thang-3.csv', 'STARTED', '2026-12-01 09:15:00+07', 'Lê Thị Hoa', '518', NULL)
                """).update();

        navigate(DossierImportView.class);
        var history = test($(Grid.class).id("import-history"));
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.getCellText(0, 0)).isEqualTo("01/12/2026 09:15:00");
        assertThat(history.getCellText(0, 1)).isEqualTo("Lê Thị Hoa");
        assertThat(history.getCellText(0, 3)).isEqualTo("ho-so-thang-3.csv");
        assertThat(history.getCellText(0, 6)).isEqualTo("Bị gián đoạn");
    }
}
