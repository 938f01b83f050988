package vn.giamsat.adapters.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.dossier.model.Cancellation;
import vn.giamsat.application.common.FileFormat;
import vn.giamsat.application.dossier.model.ImportAttempt;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.unit.UnitCode;

/**
 * Issue 14, item 2, on PostgreSQL: an export belongs to a council. Rows of units outside it are refused, each with its
 * line; the same export key under two councils is two exports; the history shows an actor its own councils only.
 * The catalogue is the demo's shape: district Phú Ninh (518) of Quảng Nam (49) until the 2025 reform; code 20364 was
 * Phú Thịnh (518) until 1 July 2025 and is Chiên Đàn of Đà Nẵng (48) since.
 */
class CouncilImportsTest {
    static final String HEADER = "ma_ho_so,ma_don_vi,ma_thu_tuc,kenh,ngay_tiep_nhan,han_giai_quyet,ngay_giai_quyet,"
            + "ngay_tra_ket_qua,trang_thai,rut_ho_so";
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 12, 0);
    static final Actor PHU_NINH = Actor.user("vanphong", "Lê Thị Hoa", Set.of(Role.COUNCIL_STAFF),
            Set.of(UnitCode.of("518")));
    static final Actor DA_NANG = Actor.user("vanphong.dn", "Trần Văn Nam", Set.of(Role.COUNCIL_STAFF),
            Set.of(UnitCode.of("48")));

    private final DataSource ds = TestDatabase.superuserDataSource();
    private final JdbcClient jdbc = JdbcClient.create(ds);
    private Actor actor = PHU_NINH;
    private final ImportDossiersUseCase imports = DossierImports.useCase(ds, WorkingCalendar.of(List.of()), NOW,
            () -> actor);

    @BeforeEach
    void catalog() {
        TestDatabase.truncateAll();
        units(jdbc);
    }

    static void units(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO administrative_unit (id, code, name, kind, parent_id, valid_from, valid_to) VALUES
                  ('00000000-0000-0000-0000-000000000049', '49', 'Quảng Nam', 'PROVINCE', NULL, '2008-01-01', '2025-07-01'),
                  ('00000000-0000-0000-0000-000000000048', '48', 'Đà Nẵng', 'CITY', NULL, '2008-01-01', NULL),
                  ('00000000-0000-0000-0000-000000000518', '518', 'Phú Ninh', 'DISTRICT',
                   '00000000-0000-0000-0000-000000000049', '2008-01-01', '2025-07-01'),
                  ('00000000-0000-0000-0000-000000020364', '20364', 'Phú Thịnh', 'TOWNSHIP',
                   '00000000-0000-0000-0000-000000000518', '2008-01-01', '2025-07-01'),
                  ('00000000-0000-0000-0001-000000020364', '20364', 'Chiên Đàn', 'COMMUNE',
                   '00000000-0000-0000-0000-000000000048', '2025-07-01', NULL),
                  ('00000000-0000-0000-0001-000000020380', '20380', 'Tây Hồ', 'COMMUNE',
                   '00000000-0000-0000-0000-000000000048', '2025-07-01', NULL)
                """).update();
        jdbc.sql("""
                INSERT INTO procedure (code, name, field, authority_level, time_limit_working_days, online_mode,
                                       postal_service_allowed) VALUES
                  ('1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'COMMUNE', 3, 'FULL', true)
                """).update();
    }

    static String row(String code, String unit, String receivedDay) {
        return code + "," + unit + ",1.001193,2," + receivedDay + " 08:00," + receivedDay + " 17:00,,,RECEIVED,0";
    }

    static String csv(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    ImportResult run(String exportKey, String fileName, String content) {
        return imports.importDossiers(new ImportDossiersCommand(exportKey, fileName, FileFormat.CSV,
                () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))), (p, r, b) -> {},
                new Cancellation());
    }

    private long dossiers() {
        return jdbc.sql("SELECT count(*) FROM dossier").query(Long.class).single();
    }

    @Test
    void rowsOfUnitsOutsideTheCouncilAreRefusedEachWithItsLineAndNothingIsImported() {
        ImportResult result = run("hcc-2026-01", "phu-ninh.csv", csv(
                row("A-1", "20364", "2024-02-01"),     // Phú Thịnh, in Phú Ninh then
                row("A-2", "20380", "2026-01-05"),     // Tây Hồ, Đà Nẵng
                row("A-3", "20364", "2026-01-05")));   // the same code, now Chiên Đàn of Đà Nẵng

        assertThat(result).isInstanceOfSatisfying(ImportResult.Rejected.class, r -> {
            assertThat(r.report().total()).isEqualTo(2);
            assertThat(r.report().first()).extracting(p -> p.line() + " " + p.column() + " " + p.reason().code()
                            + " " + p.value())
                    .containsExactly("3 ma_don_vi import.unit-outside-jurisdiction 20380",
                            "4 ma_don_vi import.unit-outside-jurisdiction 20364");
            assertThat(r.report().first().getFirst().reason().vietnamese()).contains("20380", "518");
        });
        assertThat(dossiers()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_import").query(Long.class).single()).isZero();
    }

    @Test
    void theSameExportKeyUnderAnotherCouncilIsAnotherExportAndNeverReplacesTheFirst() {
        assertThat(run("hcc-2026-01", "phu-ninh.csv", csv(row("P-1", "20364", "2024-02-01"),
                row("P-2", "20364", "2024-02-02")))).isInstanceOf(ImportResult.Imported.class);

        actor = DA_NANG;
        ImportResult daNang = run("hcc-2026-01", "da-nang.csv", csv(row("D-1", "20380", "2026-01-05")));

        assertThat(daNang).isInstanceOfSatisfying(ImportResult.Imported.class,
                i -> assertThat(i.replacedRows()).isZero());
        assertThat(jdbc.sql("SELECT string_agg(dossier_code, ' ' ORDER BY dossier_code) FROM dossier")
                .query(String.class).single()).isEqualTo("D-1 P-1 P-2");
        assertThat(jdbc.sql("SELECT sum(received_direct + received_online + received_postal) FROM dossier_tally").query(Long.class).single()).isEqualTo(3);

        // Phú Ninh's corrected file replaces Phú Ninh's export only.
        actor = PHU_NINH;
        assertThat(run("hcc-2026-01", "phu-ninh-sua.csv", csv(row("P-1", "20364", "2024-02-01"))))
                .isInstanceOfSatisfying(ImportResult.Imported.class, i -> assertThat(i.replacedRows()).isEqualTo(2));
        assertThat(jdbc.sql("SELECT string_agg(dossier_code, ' ' ORDER BY dossier_code) FROM dossier")
                .query(String.class).single()).isEqualTo("D-1 P-1");
    }

    @Test
    void theHistoryShowsAnActorOnlyTheImportsOfItsJurisdiction() {
        run("hcc-2026-01", "phu-ninh.csv", csv(row("P-1", "20364", "2024-02-01")));
        actor = DA_NANG;
        run("hcc-2026-01", "da-nang.csv", csv(row("D-1", "20380", "2026-01-05")));
        run("hcc-2026-01", "da-nang-loi.csv", csv(row("D-2", "99999", "2026-01-05")));

        assertThat(imports.history(0, 10)).extracting(ImportAttempt::fileName)
                .containsExactly("da-nang-loi.csv", "da-nang.csv");
        assertThat(imports.historySize()).isEqualTo(2);
        actor = PHU_NINH;
        assertThat(imports.history(0, 10)).extracting(ImportAttempt::fileName).containsExactly("phu-ninh.csv");
        assertThat(imports.historySize()).isEqualTo(1);
        actor = Actor.user("tinh", "Hoàng Minh", Set.of(Role.ADMIN), Set.of(UnitCode.of("49")));
        assertThat(imports.history(0, 10)).as("Quảng Nam holds Phú Ninh").extracting(ImportAttempt::fileName)
                .containsExactly("phu-ninh.csv");
    }

    @Test
    void importsMadeBeforeChangeset610BelongToTheSmallestProvinceOrDistrictHoldingTheirUnits() throws Exception {
        // Two imports as the previous release stored them: no council.
        jdbc.sql("""
                INSERT INTO dossier_import (id, export_key, file_name, sha256, row_count, as_of, imported_by) VALUES
                  (901, 'cu-2024', 'cu-2024.csv', repeat('a', 64), 2, '2024-03-01', 'Lê Thị Hoa'),
                  (902, 'cu-2026', 'cu-2026.csv', repeat('b', 64), 1, '2026-03-01', 'Trần Văn Nam')""").update();
        jdbc.sql("""
                INSERT INTO dossier_tally (import_id, unit_code, day, received_direct, received_online, received_postal,
                    early, on_time, late, withdrawn, closed, overdue_change) VALUES
                  (901, '20364', '2024-02-01', 0, 2, 0, 2, 0, 0, 0, 2, 0),
                  (902, '20380', '2026-01-05', 0, 1, 0, 1, 0, 0, 0, 1, 0)""").update();
        jdbc.sql("""
                INSERT INTO dossier_import_attempt (export_key, file_name, status, started_at, imported_by, import_id)
                VALUES ('cu-2024', 'cu-2024.csv', 'IMPORTED', now(), 'Lê Thị Hoa', 901),
                       ('cu-2024', 'cu-2024-loi.csv', 'REJECTED', now(), 'Lê Thị Hoa', NULL)""").update();

        String sql = new String(getClass().getResourceAsStream(
                "/db/changelog/sql/610-imports-belong-to-a-council.sql").readAllBytes(), StandardCharsets.UTF_8);
        for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
            String s = statement.strip();
            if (s.startsWith("WITH RECURSIVE") || s.startsWith("UPDATE")) {
                // The changeset's backfill, as it ran on the stored data. The monthly sums it read the import's units
                // from are gone (changelog 801); the tallies hold the same import and unit pairs.
                jdbc.sql(s.replace("FROM dossier_figures_unit", "FROM dossier_tally")).update();
            }
        }

        assertThat(jdbc.sql("SELECT string_agg(id || '=' || coalesce(council_code, '-'), ' ' ORDER BY id) FROM dossier_import")
                .query(String.class).single()).as("20364 of 2024 was Phú Thịnh of 518; 20380 is under 48 only")
                .isEqualTo("901=518 902=48");
        assertThat(jdbc.sql("SELECT string_agg(coalesce(council_code, '-'), ' ' ORDER BY file_name) FROM dossier_import_attempt")
                .query(String.class).single()).isEqualTo("518 518");
        assertThat(imports.history(0, 10)).extracting(ImportAttempt::fileName)
                .containsExactlyInAnyOrder("cu-2024.csv", "cu-2024-loi.csv");
    }
}
