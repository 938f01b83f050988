package vn.giamsat.adapters.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.model.RejectedRow;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.security.Actor;
import vn.giamsat.domain.calendar.WorkingCalendar;

/**
 * Decision 054 on PostgreSQL: "a dossier belongs to one export" is checked within the province of the export's
 * dossiers. The catalogue: Hà Nội (01) with phường Ba Đình (00004); Bình Dương (74), ended on 1 July 2025 and merged
 * into Thành phố Hồ Chí Minh (79), with phường Phú Cường (25741, ended the same day, no successor recorded: only
 * the province's successor links it to 79); Hồ Chí Minh with phường Thủ Dầu Một (25747, since 1 July 2025).
 */
class DossierCodeScopeTest {
    static final String HEADER = "ma_ho_so,ma_don_vi,ma_thu_tuc,kenh,ngay_tiep_nhan,han_giai_quyet,ngay_giai_quyet,"
            + "ngay_tra_ket_qua,trang_thai,rut_ho_so";
    static final LocalDateTime NOW = LocalDateTime.of(2025, 10, 1, 12, 0);

    private final DataSource ds = TestDatabase.appDataSource();
    private final JdbcClient jdbc = JdbcClient.create(ds);
    private final ImportDossiersUseCase byProvince = DossierImports.useCase(ds, WorkingCalendar.of(List.of()), NOW,
            Actor::theSystem);
    private final ImportDossiersUseCase national = DossierImports.useCase(ds, WorkingCalendar.of(List.of()), NOW,
            Actor::theSystem, DossierCodeScope.NATIONAL);

    @BeforeEach
    void catalog() {
        TestDatabase.truncateAll();
        jdbc.sql("""
                INSERT INTO administrative_unit (id, code, name, kind, parent_id, valid_from, valid_to) VALUES
                  ('00000000-0000-0000-0000-000000000001', '01', 'Thành phố Hà Nội', 'CITY', NULL, '2008-08-01', NULL),
                  ('00000000-0000-0000-0000-000000000004', '00004', 'Phường Ba Đình', 'WARD',
                   '00000000-0000-0000-0000-000000000001', '2025-07-01', NULL),
                  ('00000000-0000-0000-0000-000000000074', '74', 'Tỉnh Bình Dương', 'PROVINCE', NULL, '1997-01-01', '2025-07-01'),
                  ('00000000-0000-0000-0000-000000025741', '25741', 'Phường Phú Cường', 'WARD',
                   '00000000-0000-0000-0000-000000000074', '1997-01-01', '2025-07-01'),
                  ('00000000-0000-0000-0000-000000000079', '79', 'Thành phố Hồ Chí Minh', 'CITY', NULL, '1976-07-02', NULL),
                  ('00000000-0000-0000-0000-000000025747', '25747', 'Phường Thủ Dầu Một', 'WARD',
                   '00000000-0000-0000-0000-000000000079', '2025-07-01', NULL)
                """).update();
        jdbc.sql("""
                INSERT INTO unit_successor (unit_id, successor_id, position) VALUES
                  ('00000000-0000-0000-0000-000000000074', '00000000-0000-0000-0000-000000000079', 1)
                """).update();
        jdbc.sql("""
                INSERT INTO procedure (code, name, field, authority_level, time_limit_working_days, online_mode,
                                       postal_service_allowed) VALUES
                  ('1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'COMMUNE', 3, 'FULL', true)
                """).update();
    }

    static String row(String code, String unit, String day) {
        return code + "," + unit + ",1.001193,2," + day + " 08:00," + day + " 17:00,,,RECEIVED,0";
    }

    static ImportResult run(ImportDossiersUseCase imports, String exportKey, String... rows) {
        byte[] file = (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
        return imports.importDossiers(new ImportDossiersCommand(exportKey, exportKey + ".csv", FileFormat.CSV,
                () -> new ByteArrayInputStream(file)), (p, r, b) -> {}, new Cancellation());
    }

    private String dossiers() {
        return jdbc.sql("SELECT string_agg(dossier_code || '@' || unit_code, ' ' ORDER BY unit_code, dossier_code) FROM dossier")
                .query(String.class).single();
    }

    private String scopes() {
        return jdbc.sql("""
                SELECT string_agg(i.export_key || '=' || s.provinces, ' ' ORDER BY i.export_key)
                  FROM dossier_import i
                  JOIN (SELECT import_id, string_agg(province_code, ',' ORDER BY province_code) AS provinces
                          FROM dossier_import_scope GROUP BY import_id) s ON s.import_id = i.id""")
                .query(String.class).single();
    }

    private static void refusedOnLine(ImportResult result, long line, String otherExport, long otherLine) {
        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class, r -> {
            assertThat(r.report().total()).isEqualTo(1);
            RejectedRow refused = r.report().first().getFirst();
            assertThat(refused.line()).isEqualTo(line);
            assertThat(refused.column()).isEqualTo("ma_ho_so");
            assertThat(refused.reason().code()).isEqualTo("import.code-in-other-export");
            assertThat(refused.reason().vietnamese()).contains("\"" + otherExport + "\"", "dòng " + otherLine);
            assertThat(refused.reason().english()).contains("\"" + otherExport + "\"", "line " + otherLine);
        });
    }

    @Test
    void aCodeRepeatedInAnotherProvincesExportIsThatProvincesDossier() {
        assertThat(run(byProvince, "hn-2025-08", row("X-1", "00004", "2025-08-04")))
                .isInstanceOf(ImportResult.Imported.class);

        ImportResult hcm = run(byProvince, "hcm-2025-08", row("H-1", "25747", "2025-08-04"),
                row("X-1", "25747", "2025-08-05"));

        assertThat(hcm).isInstanceOf(ImportResult.Imported.class);
        assertThat(dossiers()).isEqualTo("X-1@00004 H-1@25747 X-1@25747");
        assertThat(scopes()).isEqualTo("hcm-2025-08=79 hn-2025-08=01");
    }

    @Test
    void theNationalSettingComparesWithEveryProvincesExports() {
        run(national, "hn-2025-08", row("X-1", "00004", "2025-08-04"));

        ImportResult hcm = run(national, "hcm-2025-08", row("H-1", "25747", "2025-08-04"),
                row("X-1", "25747", "2025-08-05"));

        refusedOnLine(hcm, 3, "hn-2025-08", 2);
        assertThat(dossiers()).isEqualTo("X-1@00004");
    }

    @Test
    void aCodeRepeatedInTheSameProvincesOtherExportIsRefusedNamingItsLine() {
        run(byProvince, "hcm-2025-08", row("H-1", "25747", "2025-08-04"), row("H-2", "25747", "2025-08-28"));

        refusedOnLine(run(byProvince, "hcm-2025-09", row("H-3", "25747", "2025-09-01"),
                row("H-4", "25747", "2025-09-02"), row("H-2", "25747", "2025-08-28")), 4, "hcm-2025-08", 3);
    }

    @Test
    void anExportOfAMergedProvinceIsComparedWithItsSuccessorsExports() {
        // June 2025: Bình Dương's export; the dossier B-2 was still open and is in Hồ Chí Minh's July export too.
        assertThat(run(byProvince, "bd-2025-06", row("B-1", "25741", "2025-06-02"), row("B-2", "25741", "2025-06-30")))
                .isInstanceOf(ImportResult.Imported.class);

        refusedOnLine(run(byProvince, "hcm-2025-07", row("B-2", "25747", "2025-07-01")), 2, "bd-2025-06", 3);
        assertThat(scopes()).as("Bình Dương's export belongs to 74 and to the province it went on into")
                .isEqualTo("bd-2025-06=74,79");
    }

    @Test
    void anImportStoredWithoutItsProvincesIsComparedWithEveryExport() {
        run(byProvince, "hn-2025-08", row("X-1", "00004", "2025-08-04"));
        // As a release before change set 850 stored it.
        JdbcClient.create(TestDatabase.migrationDataSource()).sql("DELETE FROM dossier_import_scope").update();

        refusedOnLine(run(byProvince, "hcm-2025-08", row("X-1", "25747", "2025-08-05")), 2, "hn-2025-08", 2);
    }

    @Test
    void changeset851GivesTheImportsStoredBeforeItTheirProvincesFromTheirTallies() throws Exception {
        run(byProvince, "hn-2025-08", row("X-1", "00004", "2025-08-04"));
        run(byProvince, "bd-2025-06", row("B-1", "25741", "2025-06-02"));
        JdbcClient owner = JdbcClient.create(TestDatabase.migrationDataSource());
        owner.sql("DELETE FROM dossier_import_scope").update();

        owner.sql(new String(getClass().getResourceAsStream("/db/changelog/sql/851-scope-of-stored-imports.sql")
                .readAllBytes(), StandardCharsets.UTF_8)).update();

        assertThat(scopes()).isEqualTo("bd-2025-06=74,79 hn-2025-08=01");
        assertThat(run(byProvince, "hcm-2025-08", row("X-1", "25747", "2025-08-05")))
                .as("Hà Nội's export, its provinces known again, is no longer compared")
                .isInstanceOf(ImportResult.Imported.class);
    }
}
