package vn.giamsat.adapters.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.giamsat.adapters.persistence.imports.DossierImportTest.utf8;

import java.io.ByteArrayInputStream;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.security.Actor;

/**
 * Issue 16 items 3 and 4 through the import: due dates from the procedure's stored deadline rule (half days, the
 * "after 15:00 counts from the next working day" rule), the optional columns (pauses, apology slips, flags), and
 * "not in this export" kept apart from "no".
 */
class DeadlineColumnsImportTest {
    static final String OPTIONAL = ",gio_cho_bo_sung,ngay_xin_loi,ngay_hen_lai,bo_sung_nhieu_lan,so_hoa_ket_qua,"
            + "thanh_toan_truc_tuyen";

    private final DataSource ds = TestDatabase.appDataSource();
    private final JdbcClient jdbc = JdbcClient.create(ds);
    private final ImportDossiersUseCase imports = DossierImports.useCase(ds, DossierImportTest.TET_2024,
            DossierImportTest.NOW, Actor::theSystem);

    @BeforeEach
    void catalog() {
        TestDatabase.truncateAll();
        jdbc.sql("""
                INSERT INTO administrative_unit (id, code, name, kind, parent_id, valid_from, valid_to) VALUES
                  ('00000000-0000-0000-0000-000000000049', '49', 'Tỉnh Quảng Nam', 'PROVINCE', NULL, '2008-01-01', NULL),
                  ('00000000-0000-0000-0000-000000020364', '20364', 'Thị trấn Phú Thịnh', 'TOWNSHIP',
                   '00000000-0000-0000-0000-000000000049', '2008-01-01', NULL)
                """).update();
        jdbc.sql("""
                INSERT INTO procedure (code, name, field, authority_level, time_limit_working_days, time_limit_unit,
                                       next_working_day_after, online_mode, postal_service_allowed) VALUES
                  ('1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'COMMUNE', 3, 'WORKING_DAYS', NULL, 'FULL', true),
                  ('2.000908', 'Chứng thực bản sao', 'Chứng thực', 'COMMUNE', 0, 'WORKING_DAYS', '15:00', 'PARTIAL', false),
                  ('2.000815', 'Chứng thực chữ ký', 'Chứng thực', 'COMMUNE', 2, 'HALF_DAYS', NULL, 'PARTIAL', false)
                """).update();
    }

    ImportResult run(String header, String... rows) {
        byte[] file = utf8(header + "\r\n" + String.join("\r\n", rows) + "\r\n");
        return imports.importDossiers(new ImportDossiersCommand("k", "k.csv", FileFormat.CSV,
                () -> new ByteArrayInputStream(file)), (p, r, b) -> {}, new Cancellation());
    }

    List<String> dossiers(String sql) {
        return jdbc.sql("SELECT dossier_code || ' ' || " + sql + " FROM dossier ORDER BY dossier_code")
                .query(String.class).list();
    }

    @Test
    void aCertificationReceivedAfterThreeIsDueTheNextWorkingDayAndAHalfDayLimitEndsWithItsSession() {
        ImportResult result = run(DossierImportTest.HEADER,
                "C-1,20364,2.000908,1,2024-02-23 14:59,,,,RECEIVED,0",   // Friday, before the cut-off: that day
                "C-2,20364,2.000908,1,2024-02-23 15:01,,,,RECEIVED,0",   // after it: Monday
                "C-3,20364,2.000908,1,2024-02-24 09:00,,,,RECEIVED,0",   // a Saturday: Monday
                "C-4,20364,2.000815,1,2024-02-26 09:00,,,,RECEIVED,0",   // 2 half days from Monday 09:00
                "C-5,20364,1.001193,1,2024-02-26 16:59,,,,RECEIVED,0");  // the default rule, unchanged

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(dossiers("due_at::text")).containsExactly(
                "C-1 2024-02-23 17:00:00", "C-2 2024-02-26 17:00:00", "C-3 2024-02-26 17:00:00",
                "C-4 2024-02-27 11:30:00", "C-5 2024-02-29 17:00:00");
    }

    @Test
    void aPauseMovesTheDueMomentAndAnApologySlipMakesALateDossierLateWithASlip() {
        // Received Thursday 1 Feb, 3 working days: due Tuesday 6 Feb 17:00; resolved Wednesday 7 Feb. A pause of 7.5
        // working hours (one working day) moves the due moment to Wednesday 17:00.
        ImportResult result = run(DossierImportTest.HEADER + OPTIONAL,
                "P-1,20364,1.001193,1,2024-02-01 08:00,,2024-02-07 10:00,,RESOLVED,0,,,,,,",
                "P-2,20364,1.001193,1,2024-02-01 08:00,,2024-02-07 10:00,,RESOLVED,0,\"7,5\",,,1,1,0",
                "P-3,20364,1.001193,1,2024-02-01 08:00,,2024-02-07 10:00,,RESOLVED,0,,2024-02-05,2024-02-07 17:00,0,,");

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(dossiers("due_at::text || ' ' || outcome || ' ' || coalesce(paused_minutes::text, '-') || ' '"
                + " || coalesce(apology_on::text, '-') || ' ' || coalesce(supplements_again::text, '-') || ' '"
                + " || coalesce(result_digitized::text, '-') || ' ' || coalesce(fee_paid_online::text, '-')"))
                .containsExactly(
                        "P-1 2024-02-06 17:00:00 LATE - - - - -",
                        "P-2 2024-02-07 17:00:00 ON_TIME 450 - true true false",
                        "P-3 2024-02-06 17:00:00 LATE - 2024-02-05 false - -");
        assertThat(jdbc.sql("SELECT sum(late) || '/' || sum(late_with_apology) FROM dossier_tally").query(String.class)
                .single()).isEqualTo("2/1");
    }

    @Test
    void anExportWithoutTheOptionalColumnsStoresNotInThisExportNotNo() {
        ImportResult result = run(DossierImportTest.HEADER,
                "N-1,20364,1.001193,1,2024-02-01 08:00,,2024-02-07 10:00,,RESOLVED,0");

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(dossiers("coalesce(supplements_again::text, 'null') || coalesce(fee_paid_online::text, 'null')"))
                .containsExactly("N-1 nullnull");
        assertThat(jdbc.sql("SELECT sum(late) || '/' || coalesce(sum(late_with_apology)::text, 'not in this export')"
                + " FROM dossier_tally").query(String.class).single()).isEqualTo("1/not in this export");
    }

    @Test
    void badOptionalValuesAreRefusedWithLineAndColumnAndNothingIsImported() {
        ImportResult result = run(DossierImportTest.HEADER + OPTIONAL,
                "B-1,20364,1.001193,1,2024-02-01 08:00,,,,RECEIVED,0,abc,,,,,",
                "B-2,20364,1.001193,1,2024-02-01 08:00,,,,RECEIVED,0,-2,,,,,",
                "B-3,20364,1.001193,1,2024-02-01 08:00,,,,RECEIVED,0,,2024-02-05,,,,",
                "B-4,20364,1.001193,1,2024-02-01 08:00,,,,RECEIVED,0,,2024-02-05,2024-02-06 12:00,,,",
                "B-5,20364,1.001193,1,2024-02-01 08:00,,,,RECEIVED,0,,,,maybe,,",
                "B-6,20364,1.001193,1,2024-02-01 08:00,,,,RECEIVED,0,,2024-01-31,2024-02-09 17:00,,,",
                "B-7,20364,1.001193,1,2024-02-01 08:00,,,,RECEIVED,0,,,,,,1");

        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class, r -> assertThat(r.report().first())
                .extracting(x -> x.line() + " " + x.column() + " " + x.reason().code())
                .containsExactly(
                        "2 gio_cho_bo_sung import.paused-hours",
                        "3 gio_cho_bo_sung import.paused-hours",
                        "4 ngay_hen_lai dossier.apology-incomplete",
                        "5 ngay_hen_lai deadline.apology-not-later",
                        "6 bo_sung_nhieu_lan import.flag",
                        "7 ngay_xin_loi dossier.apology-before-received"));
        assertThat(jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single()).isZero();
    }

    @Test
    void aProvinceReceivingOnSaturdayMorningsMakesACertificationReceivedThenDueThatMorning() {
        jdbc.sql("INSERT INTO province_working_hours VALUES ('49', '07:30', '11:30', '13:30', '17:00', true)").update();
        ImportDossiersUseCase councilImports = DossierImports.useCase(ds, DossierImportTest.TET_2024,
                DossierImportTest.NOW, () -> DossierImports.staff("Văn thư"));
        byte[] file = utf8(DossierImportTest.HEADER + "\r\n"
                + "S-1,20364,2.000908,1,2024-02-24 09:00,,,,RECEIVED,0\r\n"     // Saturday morning: that morning
                + "S-2,20364,2.000908,1,2024-02-24 11:45,,,,RECEIVED,0\r\n");   // after its session: Monday

        ImportResult result = councilImports.importDossiers(new ImportDossiersCommand("sat", "sat.csv", FileFormat.CSV,
                () -> new ByteArrayInputStream(file), vn.giamsat.domain.unit.UnitCode.of("49")), (p, r, b) -> {},
                new Cancellation());

        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        assertThat(dossiers("due_at::text")).containsExactly("S-1 2024-02-24 11:30:00", "S-2 2024-02-26 17:00:00");
    }
}
