package vn.giamsat.adapters.persistence.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;

/**
 * Change set 832 fills the counts of digitized results for imports stored before it (decision 052): from their
 * dossiers, exactly as the import now counts them while the file streams by; an import whose export had no
 * {@code so_hoa_ket_qua} column stays null ("not in this export").
 */
class DigitizedTallyBackfillTest {
    private final JdbcClient jdbc = JdbcClient.create(TestDatabase.appDataSource());

    private String tallies() {
        return jdbc.sql("""
                SELECT string_agg(concat_ws('/', import_id, unit_code, day, coalesce(resolved_digitized::text, '-'),
                           coalesce(resolved_digitized_unknown::text, '-')), ' ' ORDER BY import_id, unit_code, day)
                  FROM dossier_tally""").query(String.class).single();
    }

    @Test
    void theChangeSetFillsStoredImportsAsTheImportCountsThem() throws Exception {
        PeriodFiguresTest province = new PeriodFiguresTest();
        province.catalog();
        List<PeriodFiguresTest.Generated> dossiers = PeriodFiguresTest.provinceYear(2_000, 46);
        province.importAll("with-column", dossiers.subList(0, 1_500), PeriodTalliesTest::digitizedCell);
        province.importAll("without-column", dossiers.subList(1_500, 2_000), null);
        String counted = tallies();
        assertThat(counted).contains("/-/-");          // the import without the column
        assertThat(counted).containsPattern("/[1-9][0-9]*/0 ");   // digitized results counted
        assertThat(counted).containsPattern("/[0-9]+/[1-9][0-9]* ");   // empty cells counted

        jdbc.sql("UPDATE dossier_tally SET resolved_digitized = NULL, resolved_digitized_unknown = NULL").update();
        String changeSet = new String(getClass().getResourceAsStream(
                "/db/changelog/sql/832-tally-digitized-results.sql").readAllBytes(), StandardCharsets.UTF_8);
        String backfill = changeSet.substring(changeSet.indexOf("-- Imports stored before"));
        try (Connection c = TestDatabase.migrationDataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);   // as Liquibase runs a change set: one transaction
            s.execute(backfill);
            c.commit();
        }

        assertThat(tallies()).isEqualTo(counted);
    }
}
