package vn.giamsat.adapters.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.calendar.model.CalendarEdit;
import vn.giamsat.application.dossier.model.ImportResult;
import vn.giamsat.application.dossier.port.in.ImportDossiersCommand;
import vn.giamsat.application.dossier.port.in.ImportDossiersUseCase;
import vn.giamsat.application.security.Actor;
import vn.giamsat.domain.calendar.CalendarDay;
import vn.giamsat.domain.calendar.WorkingCalendar;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.UnitId;

/**
 * Dossiers stored per import and, within it, per month of receipt (decision 045), on the real PostgreSQL: an
 * import keeps exactly its months, an import stored before the change is split the same way by the migration, a
 * month can be archived (detached, then dropped) without changing the figures of the periods after it, unless a
 * round not yet published still reads it, and a calendar edit reads only the months it can change.
 */
class DossierMonthPartitionsTest {
    private static final UnitId PROVINCE = new UnitId(DossierImportTest.PROVINCE);
    private static final Period FEBRUARY = Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29));

    /**
     * Imported on 1 March 2024, whose staging window runs from April 2022: one dossier of November 2021 falls
     * outside it. January's dossiers were all closed by 30 January; February's by 20 February but one, still open.
     */
    private static final String FILE = DossierImportTest.csv(
            "N-1,20364,1.001193,1,2021-11-10 08:00,2021-11-15 17:00,2021-11-12 10:00,,Đã giải quyết,0",
            "J-1,20364,1.001193,1,2024-01-03 08:00,2024-01-08 17:00,2024-01-05 10:00,,Đã giải quyết,0",
            "J-2,20374,2.000908,2,2024-01-29 08:00,2024-02-01 17:00,2024-01-30 16:00,,Đã giải quyết,0",
            "F-1,20364,1.001193,1,2024-02-01 08:00,2024-02-06 17:00,2024-02-05 10:00,,Đã giải quyết,0",
            "F-2,20374,2.000908,3,2024-02-01 08:00,2024-02-02 17:00,2024-02-20 08:00,,Đã giải quyết,0",
            "F-3,20374,2.000908,1,2024-02-26 08:00,2024-02-27 17:00,,,Đang giải quyết,0");
    /** Another export, of May 2023 only: its dossiers were all closed by 2 June 2023. */
    private static final String MAY_2023 = DossierImportTest.csv(
            "M-1,20364,1.001193,1,2023-05-10 08:00,2023-05-15 17:00,2023-05-12 10:00,,Đã giải quyết,0",
            "M-2,20374,2.000908,2,2023-05-22 08:00,2023-05-25 17:00,2023-06-02 09:00,,Đã giải quyết,0");

    private final DataSource ds = TestDatabase.appDataSource();
    private final JdbcClient jdbc = JdbcClient.create(ds);
    /** The owner's functions are an operator's, run as the migration login (docs/backup.md). */
    private final JdbcClient owner = JdbcClient.create(TestDatabase.migrationDataSource());
    private final ImportDossiersUseCase imports = DossierImports.useCase(ds, DossierImportTest.TET_2024,
            DossierImportTest.NOW, Actor::theSystem);
    private final JdbcComputedFigures computed = new JdbcComputedFigures(jdbc);
    private long importId;
    private long mayImportId;

    @BeforeEach
    void importFiles() {
        dropArchives();
        new DossierImportTest().catalog();
        importId = importFile("hcc-months", FILE);
        mayImportId = importFile("hcc-2023-05", MAY_2023);
    }

    /** Archive tables are not emptied by TestDatabase.truncateAll: dropped here, before and after each test. */
    @org.junit.jupiter.api.AfterEach
    void dropArchives() {
        owner.sql("""
                DO $$
                DECLARE t record;
                BEGIN
                    FOR t IN SELECT relname FROM pg_class WHERE relname ~ '^dossier_archive_[0-9_]+$' AND NOT relispartition
                    LOOP
                        EXECUTE format('DROP TABLE %I', t.relname);
                    END LOOP;
                END
                $$""").update();
    }

    private long importFile(String exportKey, String csv) {
        ImportResult result = imports.importDossiers(new ImportDossiersCommand(exportKey, exportKey + ".csv", null,
                () -> new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))), (p, r, b) -> {}, null);
        assertThat(result).isInstanceOf(ImportResult.Imported.class);
        return jdbc.sql("SELECT id FROM dossier_import WHERE export_key = ?").param(exportKey).query(Long.class).single();
    }

    /** Partition of each dossier, by code. */
    private String whereEachDossierIs() {
        return owner.sql("SELECT string_agg(dossier_code || '@' || CAST(tableoid AS regclass), ' ' ORDER BY dossier_code)"
                + " FROM dossier").query(String.class).single();
    }

    private String months(long id) {
        return jdbc.sql("""
                SELECT string_agg(concat_ws('/', month, dossiers, due_from, due_to, open_dossiers, closed_to, archive),
                                  ' ' ORDER BY month)
                  FROM dossier_month WHERE import_id = ?""").param(id).query(String.class).single();
    }

    private List<String> partitionsOf(String table) {
        return owner.sql("""
                SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                 WHERE i.inhparent = to_regclass(?) ORDER BY c.relname""").param(table).query(String.class).list();
    }

    /** Every figure of every unit for a period, as a user reads them. */
    private String figures(Period period) {
        return computed.totalsUnder(PROVINCE, period).stream().map(DossierMonthPartitionsTest::counts)
                .reduce((a, b) -> a + " | " + b).orElse("none");
    }

    private static String counts(HandlingFigures f) {
        return f.unit().value().toString().substring(30) + ":" + f.carriedOver() + "+" + f.received() + "=" + f.early()
                + "/" + f.onTime() + "/" + f.late() + "/" + f.inProgressWithinDeadline() + "/" + f.inProgressOverdue()
                + "/" + f.withdrawn();
    }

    @Test
    void anImportKeepsOnePartitionPerMonthOfReceiptAndMovesTheRowsOutsideItsWindow() {
        String i = "dossier_i" + importId;
        assertThat(partitionsOf(i)).containsExactly(i + "_m202111", i + "_m202401", i + "_m202402");
        String may = "dossier_i" + mayImportId + "_m202305";
        assertThat(whereEachDossierIs()).isEqualTo("F-1@" + i + "_m202402 F-2@" + i + "_m202402 F-3@" + i + "_m202402 "
                + "J-1@" + i + "_m202401 J-2@" + i + "_m202401 M-1@" + may + " M-2@" + may + " N-1@" + i + "_m202111");
        assertThat(months(importId)).isEqualTo(
                "2021-11-01/1/2021-11-15 17:00:00/2021-11-15 17:00:00/0/2021-11-12 10:00:00 "
                        + "2024-01-01/2/2024-01-08 17:00:00/2024-02-01 17:00:00/0/2024-01-30 16:00:00 "
                        + "2024-02-01/3/2024-02-02 17:00:00/2024-02-27 17:00:00/1/2024-02-20 08:00:00");
        // Replacing the export drops the old import whole, its months with it.
        ImportResult again = imports.importDossiers(new ImportDossiersCommand("hcc-months", "hcc-months-2.csv", null,
                () -> new ByteArrayInputStream(DossierImportTest.csv(
                        "F-1,20364,1.001193,1,2024-02-01 08:00,2024-02-06 17:00,2024-02-05 10:00,,Đã giải quyết,0")
                        .getBytes(StandardCharsets.UTF_8))), (p, r, b) -> {}, null);
        assertThat(again).isInstanceOf(ImportResult.Imported.class);
        assertThat(partitionsOf(i)).isEmpty();
        assertThat(owner.sql("SELECT count(*) FROM pg_class WHERE relname LIKE ?").param(i + "\\_%")
                .query(Long.class).single()).isZero();
        long replacing = jdbc.sql("SELECT id FROM dossier_import WHERE export_key = 'hcc-months'").query(Long.class).single();
        assertThat(months(replacing)).isEqualTo("2024-02-01/1/2024-02-06 17:00:00/2024-02-06 17:00:00/0/2024-02-05 10:00:00");
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_month WHERE import_id = ?").param(importId).query(Long.class)
                .single()).as("the replaced import's months are gone with it").isZero();
    }

    /**
     * Rows of several months outside the window (change set 842): the default partition becomes the partition of
     * the month with the most of them, the others' rows are moved out of it; every dossier ends in its month, the
     * counts per month are the file's, and the figures are those of the dossiers.
     */
    @Test
    void rowsOfSeveralMonthsOutsideTheWindowEachEndInTheirMonth() {
        long id = importFile("hcc-old", DossierImportTest.csv(
                "O-1,20364,1.001193,1,2021-11-10 08:00,2021-11-15 17:00,2021-11-12 10:00,,Đã giải quyết,0",
                "O-2,20374,2.000908,2,2021-12-01 00:00,2021-12-06 17:00,2021-12-03 10:00,,Đã giải quyết,0",
                "O-3,20364,1.001193,1,2021-12-31 23:59,2022-01-05 17:00,,,Đang giải quyết,0",
                "O-4,20374,2.000908,3,2021-12-15 08:00,2021-12-20 17:00,2021-12-16 09:00,,Đã giải quyết,0",
                "O-5,20364,1.001193,1,2020-02-29 08:00,2020-03-05 17:00,2020-03-02 10:00,,Đã giải quyết,0",
                "O-6,20374,2.000908,1,2024-01-10 08:00,2024-01-15 17:00,2024-01-11 10:00,,Đã giải quyết,0"));
        String i = "dossier_i" + id;
        assertThat(partitionsOf(i)).containsExactly(i + "_m202002", i + "_m202111", i + "_m202112", i + "_m202401");
        assertThat(owner.sql("SELECT string_agg(dossier_code || '@' || CAST(tableoid AS regclass), ' ' ORDER BY"
                + " dossier_code) FROM dossier WHERE import_id = ?").param(id).query(String.class).single())
                .isEqualTo("O-1@" + i + "_m202111 O-2@" + i + "_m202112 O-3@" + i + "_m202112 O-4@" + i + "_m202112 "
                        + "O-5@" + i + "_m202002 O-6@" + i + "_m202401");
        assertThat(jdbc.sql("SELECT string_agg(month || '/' || dossiers, ' ' ORDER BY month) FROM dossier_month"
                + " WHERE import_id = ?").param(id).query(String.class).single())
                .isEqualTo("2020-02-01/1 2021-11-01/1 2021-12-01/3 2024-01-01/1");
        // Each partition holds only its month: a period's figures read from the dossiers are those of the tallies.
        for (Period p : List.of(Period.of(LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31)),
                Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)), Period.year(2024))) {
            assertThat(computed.totalsUnder(PROVINCE, p)).as("%s", p)
                    .isEqualTo(computed.totalsUnderFromDossiers(PROVINCE, p));
        }
        assertThat(owner.sql("SELECT count(*) FROM " + i + "_m202112 WHERE received_at < '2021-12-01'"
                + " OR received_at >= '2022-01-01'").query(Long.class).single()).isZero();
        // December (3 dossiers, the most) is the default partition the COPY wrote, kept: it was made with the window,
        // before the partitions of the two months moved out of it.
        assertThat(owner.sql("SELECT CAST(CAST(:kept AS regclass) AS oid) < CAST(CAST(:moved AS regclass) AS oid)"
                        + " AND CAST(CAST(:kept AS regclass) AS oid) < CAST(CAST(:other AS regclass) AS oid)")
                .param("kept", i + "_m202112").param("moved", i + "_m202111").param("other", i + "_m202002")
                .query(Boolean.class).single()).isTrue();
    }

    /** A row of a month the import did not give, left in the default partition, is refused, not stored elsewhere. */
    @Test
    void aRowOfAMonthNotGivenLeftOutsideTheWindowIsRefused() throws Exception {
        try (Connection c = TestDatabase.migrationDataSource().getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            try {
                st.execute("SELECT dossier_import_stage(999999, DATE '2024-01-01', DATE '2024-01-01')");
                st.execute("CREATE TEMPORARY TABLE rows_of_999999 ON COMMIT DROP AS SELECT * FROM dossier"
                        + " WHERE dossier_code IN ('N-1', 'J-1')");
                st.execute("UPDATE rows_of_999999 SET import_id = 999999");
                st.execute("INSERT INTO dossier_i999999 SELECT * FROM rows_of_999999");
                // N-1 (November 2021) is in the default partition, and the months given say December 2021.
                assertThatThrownBy(() -> st.execute("SELECT dossier_import_months(999999,"
                        + " ARRAY[DATE '2021-12-01', DATE '2024-01-01'])"))
                        .hasMessageContaining("partition constraint").hasMessageContaining("dossier_i999999_m202112");
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    @Test
    void anImportStoredBeforeTheChangeIsSplitByMonthWithTheSameDossiersAndFigures() throws IOException {
        String dossiers = owner.sql("SELECT string_agg(d::text, ' ' ORDER BY line_no) FROM dossier d").query(String.class).single();
        String february = figures(FEBRUARY);
        String year = figures(Period.year(2024));
        // Back to the shape of changelog 632 (one plain table), with 791's own rollback; then 791 again.
        owner.sql(resource("791-split-stored-imports.rollback.sql")).update();
        assertThat(owner.sql("SELECT relkind FROM pg_class WHERE relname = ?").param("dossier_i" + importId)
                .query(String.class).single()).isEqualTo("r");
        assertThat(partitionsOf("dossier_i" + importId)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM dossier_month").query(Long.class).single()).isZero();
        assertThat(figures(FEBRUARY)).as("the legacy import reads as before").isEqualTo(february);

        owner.sql(resource("791-split-stored-imports.sql")).update();

        String i = "dossier_i" + importId;
        assertThat(partitionsOf(i)).containsExactly(i + "_m202111", i + "_m202401", i + "_m202402");
        assertThat(whereEachDossierIs()).contains("N-1@" + i + "_m202111", "J-2@" + i + "_m202401",
                "F-3@" + i + "_m202402");
        assertThat(owner.sql("SELECT string_agg(d::text, ' ' ORDER BY line_no) FROM dossier d").query(String.class).single())
                .isEqualTo(dossiers);
        assertThat(months(importId)).isEqualTo(
                "2021-11-01/1/2021-11-15 17:00:00/2021-11-15 17:00:00/0/2021-11-12 10:00:00 "
                        + "2024-01-01/2/2024-01-08 17:00:00/2024-02-01 17:00:00/0/2024-01-30 16:00:00 "
                        + "2024-02-01/3/2024-02-02 17:00:00/2024-02-27 17:00:00/1/2024-02-20 08:00:00");
        assertThat(figures(FEBRUARY)).isEqualTo(february);
        assertThat(figures(Period.year(2024))).isEqualTo(year);
        // The split imports are stored as new ones are: they archive like them.
        assertThat(owner.sql("SELECT concat_ws('/', archive, dossiers, partitions)"
                        + " FROM dossier_archive_detach(DATE '2021-11-01', DATE '2024-02-01')").query(String.class).single())
                .isEqualTo("dossier_archive_202111_202402/8/4");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DossierMonthPartitionsTest.class.getResourceAsStream("/db/changelog/sql/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void archivingAMonthLeavesTheFiguresOfTheLaterPeriodsAsTheyWereAndDropsOnlyIt() {
        Period june2023 = Period.of(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30));
        Period march = Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
        String juneBefore = figures(june2023);
        String februaryBefore = figures(FEBRUARY);
        String marchBefore = figures(march);
        String[] dossiersBefore = {jdbc.sql("SELECT string_agg(dossier_code, ' ' ORDER BY dossier_code) FROM dossier")
                .query(String.class).single()};
        assertThat(dossiersBefore[0]).isEqualTo("F-1 F-2 F-3 J-1 J-2 M-1 M-2 N-1");

        // Only whole imports: "hcc-months" also holds November 2021 and February 2024.
        assertThatThrownBy(() -> owner.sql("SELECT * FROM dossier_archive_detach(DATE '2024-01-01', DATE '2024-01-01')")
                .query(String.class).single())
                .hasMessageContaining("imports " + importId + " (hcc-months) also hold dossiers received outside these months");

        // May 2023's dossiers were closed by 2 June: periods from 3 June 2023 on do not read them.
        assertThat(owner.sql("SELECT concat_ws('/', archive, dossiers, partitions, unchanged_from)"
                        + " FROM dossier_archive_detach(DATE '2023-05-01', DATE '2023-05-01')").query(String.class).single())
                .isEqualTo("dossier_archive_202305/2/1/2023-06-03");

        assertThat(figures(FEBRUARY)).isEqualTo(februaryBefore);
        assertThat(figures(march)).isEqualTo(marchBefore);
        assertThat(figures(june2023)).as("the tallies per day stay: even June's carry-over").isEqualTo(juneBefore);
        assertThat(partitionsOf("dossier_i" + mayImportId)).isEmpty();
        assertThat(partitionsOf("dossier_i" + importId)).hasSize(3);
        assertThat(partitionsOf("dossier_archive_202305")).containsExactly("dossier_archive_202305_i" + mayImportId);
        assertThat(partitionsOf("dossier_archive_202305_i" + mayImportId))
                .containsExactly("dossier_archive_202305_i" + mayImportId + "_m202305");
        assertThat(owner.sql("SELECT string_agg(dossier_code, ' ' ORDER BY dossier_code) FROM dossier_archive_202305")
                .query(String.class).single()).isEqualTo("M-1 M-2");
        assertThat(jdbc.sql("SELECT string_agg(dossier_code, ' ' ORDER BY dossier_code) FROM dossier")
                .query(String.class).single()).isEqualTo("F-1 F-2 F-3 J-1 J-2 N-1");
        assertThat(months(mayImportId)).isEqualTo("2023-05-01/2/2023-05-15 17:00:00/2023-05-25 17:00:00/0/"
                + "2023-06-02 09:00:00/dossier_archive_202305");
        assertThatThrownBy(() -> owner.sql("SELECT * FROM dossier_archive_detach(DATE '2023-05-01', DATE '2023-05-01')")
                .query(String.class).single()).hasMessageContaining("archive dossier_archive_202305 exists already");

        assertThat(owner.sql("SELECT dossier_archive_drop('dossier_archive_202305')").query(Long.class).single())
                .isEqualTo(2);
        assertThat(owner.sql("SELECT to_regclass('dossier_archive_202305_i' || ?) IS NULL").param(mayImportId)
                .query(Boolean.class).single()).isTrue();
        assertThat(owner.sql("SELECT dropped_at IS NOT NULL FROM dossier_archive").query(Boolean.class).single()).isTrue();
        assertThat(figures(FEBRUARY)).isEqualTo(februaryBefore);
        assertThatThrownBy(() -> owner.sql("SELECT dossier_archive_drop('dossier_archive_202305')").query(Long.class)
                .single()).hasMessageContaining("no archive dossier_archive_202305 to drop");
        assertThatThrownBy(() -> owner.sql("SELECT dossier_archive_drop('dossier_i" + importId + "')").query(Long.class)
                .single()).as("only an archive").hasMessageContaining("no archive dossier_i");
        assertThat(partitionsOf("dossier_i" + importId)).hasSize(3);
    }

    @Test
    void aMonthThatARoundNotYetPublishedStillReadsIsNotArchived() {
        jdbc.sql("""
                INSERT INTO supervision_round (id, council_id, resolution_number, resolution_adopted_on, issuing_council,
                                               subject, period_from, period_to, status, version)
                VALUES ('00000000-0000-0000-0000-0000000000a1', ?, '12/NQ-HĐND', '2024-03-10', 'HĐND tỉnh',
                        'Giám sát tháng 2', '2024-02-01', '2024-02-29', 'IN_PROGRESS', 1)""")
                .param(DossierImportTest.PROVINCE).update();
        // May 2023's dossiers were all closed by 2 June 2023, long before February 2024...
        assertThat(owner.sql("SELECT archive FROM dossier_archive_detach(DATE '2023-05-01', DATE '2023-05-01')")
                .query(String.class).single()).isEqualTo("dossier_archive_202305");
        // ... but February's open F-3 is carried over into every later period, February's own included.
        assertThatThrownBy(() -> owner.sql("SELECT * FROM dossier_archive_detach(DATE '2021-11-01', DATE '2024-02-01')")
                .query(String.class).single())
                .hasMessageContaining("rounds not yet published read these dossiers (6 of them, 1 still open)")
                .hasMessageContaining("12/NQ-HĐND of 2024-03-10 (2024-02-01 to 2024-02-29, IN_PROGRESS)");
        assertThat(partitionsOf("dossier_i" + importId)).hasSize(3);

        jdbc.sql("UPDATE supervision_round SET status = 'PUBLISHED'").update();
        assertThat(owner.sql("SELECT concat_ws('/', archive, dossiers, unchanged_from)"
                        + " FROM dossier_archive_detach(DATE '2021-11-01', DATE '2024-02-01')").query(String.class).single())
                .as("a still open dossier: no period after is unchanged").isEqualTo("dossier_archive_202111_202402/6");
        assertThatThrownBy(() -> owner.sql("SELECT * FROM dossier_archive_detach(DATE '2025-01-01', DATE '2025-12-01')")
                .query(String.class).single()).hasMessageContaining("no stored dossiers were received from 2025-01-01 to 2025-12-31");
    }

    @Test
    void theApplicationCannotArchive() {
        assertThatThrownBy(() -> jdbc.sql("SELECT * FROM dossier_archive_detach(DATE '2024-01-01', DATE '2024-01-01')")
                .query(String.class).single()).rootCause().hasMessageContaining("permission denied for function dossier_archive_detach");
        assertThat(partitionsOf("dossier_i" + importId)).hasSize(3);
    }

    @Test
    void aCalendarEditReadsOnlyTheMonthsWhoseDueDatesItCanMove() throws Exception {
        // Another session holds May 2023's partition: a calendar edit of February 2024 must not wait for it. (November
        // 2021's, of an import with dossiers due in February, is read again: that import's tallies per day are
        // counted again from all its dossiers, decision 044.)
        try (Connection other = TestDatabase.migrationDataSource().getConnection()) {
            other.setAutoCommit(false);
            try (Statement st = other.createStatement()) {
                st.execute("LOCK TABLE dossier_i" + mayImportId + "_m202305 IN ACCESS EXCLUSIVE MODE");
            }
            WorkingCalendar withFebruary20Off = WorkingCalendar.of(List.of(
                    CalendarDay.holiday(LocalDate.of(2024, 2, 20), "Nghỉ")));
            CompletableFuture<CalendarEdit> edit = CompletableFuture.supplyAsync(() -> new JdbcDossierOutcomes(ds)
                    .judgeAgain(Period.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)), withFebruary20Off));
            try {
                CalendarEdit done = edit.get(20, TimeUnit.SECONDS);
                // J-2 (due 1 February) and February's three: judged again; May 2023's not read.
                assertThat(done.dossiersChecked()).isEqualTo(4);
            } finally {
                other.rollback();
            }
        }
        // A window no month's due dates reach reads nothing.
        assertThat(new JdbcDossierOutcomes(ds).judgeAgain(Period.of(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30)),
                WorkingCalendar.of(List.of())).dossiersChecked()).isZero();
        // An import whose months were not recorded (stored by the previous release during an upgrade): all are read.
        owner.sql("DELETE FROM dossier_month").update();
        assertThat(new JdbcDossierOutcomes(ds).judgeAgain(FEBRUARY, WorkingCalendar.of(List.of())).dossiersChecked())
                .isEqualTo(4);
    }
}
