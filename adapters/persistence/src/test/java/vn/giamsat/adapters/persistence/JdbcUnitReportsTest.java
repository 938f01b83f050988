package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.Contributor;
import vn.giamsat.domain.round.EvidenceType;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.round.UnitReportFigures;
import vn.giamsat.domain.round.UnitReportVersion;

/** Change set 810 through its adapter: due dates replaced when set again; hand-ins only ever added. */
class JdbcUnitReportsTest {
    private final Adapters adapters = Adapters.onTestDatabase();
    private final JdbcUnitReports reports = new JdbcUnitReports(adapters.jdbc());
    private Fixtures f;
    private SupervisionRound round;

    @BeforeEach
    void aRound() {
        TestDatabase.truncateAll();
        f = new Fixtures(adapters).storeUnits();
        round = f.reportedRound();
        adapters.rounds().save(round);
    }

    private UnitReportVersion version(int number, UnitReportFigures figures) {
        return new UnitReportVersion(UUID.randomUUID(), round.id(), f.tamDan.id(), number,
                Instant.parse("2023-02-05T03:00:00.123456Z"), new Contributor("canbo.20374", "Trần Văn B"),
                "Báo cáo xã Tam Đàn.pdf", EvidenceType.PDF, "ab".repeat(32), figures, Optional.of("Bản ký số"));
    }

    @Test
    void aHandInComesBackAsHandedInWithItsFileAndFigures() {
        UnitReportFigures figures = UnitReportFigures.of(List.of(HandlingFigures.builder(f.tamDan.id(),
                Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 30)), FiguresSource.SELF_REPORTED)
                .received(15973).late(Count.notReported()).statement("Hầu hết đúng hạn").build()));
        UnitReportVersion v1 = version(1, figures);
        byte[] pdf = "%PDF-1.7 báo cáo".getBytes(StandardCharsets.UTF_8);

        reports.append(v1, pdf);
        reports.append(version(2, UnitReportFigures.NONE), pdf);

        assertThat(reports.versions(round.id())).extracting(UnitReportVersion::number).containsExactly(1, 2);
        assertThat(reports.version(v1.id())).contains(v1);
        assertThat(reports.content(v1.id())).hasValueSatisfying(c -> assertThat(c).isEqualTo(pdf));
        assertThatThrownBy(() -> reports.append(version(2, UnitReportFigures.NONE), pdf))
                .as("a second version 2 of the same unit").hasMessageContaining("unit_report_version");
    }

    @Test
    void theApplicationCanNeitherChangeNorRemoveAHandIn() {
        UnitReportVersion v1 = version(1, UnitReportFigures.NONE);
        reports.append(v1, new byte[] {1});
        JdbcClient app = adapters.jdbc();

        assertThatThrownBy(() -> app.sql("UPDATE unit_report_version SET note = 'sửa' WHERE id = ?").param(v1.id()).update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> app.sql("DELETE FROM unit_report_version WHERE id = ?").param(v1.id()).update())
                .rootCause().hasMessageContaining("permission denied");
        JdbcClient owner = JdbcClient.create(TestDatabase.migrationDataSource());
        assertThatThrownBy(() -> owner.sql("DELETE FROM unit_report_version").update())
                .rootCause().hasMessageContaining("append-only");
        assertThat(reports.versions(round.id())).containsExactly(v1);
    }

    @Test
    void aDueDateSetAgainReplacesTheFirst() {
        reports.setDueDate(round.id(), f.tamDan.id(), LocalDate.of(2023, 2, 7), "vanphong", Instant.now());
        reports.setDueDate(round.id(), f.tamDan.id(), LocalDate.of(2023, 2, 9), "vanphong", Instant.now());

        assertThat(reports.dueDates(round.id())).isEqualTo(Map.of(f.tamDan.id(), LocalDate.of(2023, 2, 9)));
    }
}
