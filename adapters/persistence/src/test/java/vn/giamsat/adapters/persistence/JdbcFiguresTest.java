package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataIntegrityViolationException;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Channel;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.ReportedRate;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.round.SupervisionRound;

class JdbcFiguresTest {
    private static final Period SEED = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 30));

    private final Adapters adapters = Adapters.onTestDatabase();
    private final JdbcFigures figures = adapters.figures();
    private Fixtures f;

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.truncateAll();
        f = new Fixtures(adapters).storeUnits();
    }

    @Test
    void notReportedStaysNotReportedAndAReportedZeroStaysZero() {
        // Phú Thịnh: counts add up; nothing about carried-over dossiers; 0 withdrawn reported explicitly.
        HandlingFigures phuThinh = HandlingFigures.builder(f.phuThinh.id(), SEED, FiguresSource.SUPERVISION_ROUND)
                .received(1062).early(976).onTime(44).late(42).receivedOnline(58)
                .withdrawn(Count.of(0)).sourceNote("Báo cáo giám sát, Nghị quyết 21/NQ-HĐND").build();
        // Tam Thái style: only a rate; Tam Thành style: only words.
        HandlingFigures rateOnly = HandlingFigures.builder(f.tamDan.id(), Period.year(2022), FiguresSource.SELF_REPORTED)
                .received(5398).reportedOnTimeRate(ReportedRate.percent("78")).build();
        HandlingFigures wordsOnly = HandlingFigures.builder(f.tamDan.id(), SEED, FiguresSource.SELF_REPORTED)
                .received(5437).statement("Phần lớn hồ sơ giải quyết đúng hạn").build();
        figures.save(phuThinh, null);
        figures.save(rateOnly, null);
        figures.save(wordsOnly, null);

        List<HandlingFigures> loaded = figures.ofUnits(List.of(f.phuThinh.id(), f.tamDan.id()));
        assertThat(loaded).containsExactlyInAnyOrder(phuThinh, rateOnly, wordsOnly);
        HandlingFigures back = loaded.stream().filter(x -> x.unit().equals(f.phuThinh.id())).findFirst().orElseThrow();
        assertThat(back.carriedOver()).isEqualTo(Count.notReported());
        assertThat(back.withdrawn()).isEqualTo(Count.of(0));
        assertThat(adapters.jdbc().sql("SELECT count(*) FROM handling_figures WHERE carried_over IS NULL AND withdrawn = 0")
                .query(Long.class).single()).isEqualTo(1L);
        assertThat(figures.ofUnits(List.of())).isEmpty();
    }

    /** Decision 052: figures counted from dossiers keep their results digitized; the database refuses more than resolved. */
    @Test
    void resultsDigitizedAreKeptAndNeverMoreThanTheResolved() {
        HandlingFigures computed = HandlingFigures.builder(f.phuThinh.id(), SEED, FiguresSource.COMPUTED_FROM_DOSSIERS)
                .received(1062).early(976).onTime(44).late(42).resolved(Count.of(1062))
                .resultsDigitized(Count.of(743)).build();
        HandlingFigures notSaid = HandlingFigures.builder(f.tamDan.id(), SEED, FiguresSource.COMPUTED_FROM_DOSSIERS)
                .received(10).early(10).build();
        figures.save(computed, null);
        figures.save(notSaid, null);

        assertThat(figures.ofUnits(List.of(f.phuThinh.id(), f.tamDan.id()))).containsExactlyInAnyOrder(computed, notSaid);
        assertThat(adapters.jdbc().sql("SELECT count(*) FROM handling_figures WHERE results_digitized IS NULL")
                .query(Long.class).single()).isEqualTo(1L);
        assertThatThrownBy(() -> adapters.jdbc().sql("UPDATE handling_figures SET results_digitized = 1063"
                + " WHERE results_digitized = 743").update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void savingTheSameKeyReplacesTheFiguresAlsoWhenProcedureAndChannelAreAll() {
        figures.save(HandlingFigures.builder(f.tamDan.id(), SEED, FiguresSource.SELF_REPORTED).received(15973).build(),
                null);
        HandlingFigures corrected = HandlingFigures.builder(f.tamDan.id(), SEED, FiguresSource.SELF_REPORTED)
                .received(15015).late(204).withinDeadline(14811).build();
        figures.save(corrected, null);
        HandlingFigures online = HandlingFigures.builder(f.tamDan.id(), SEED, FiguresSource.SELF_REPORTED)
                .procedure(ProcedureCode.of("1.001193")).channel(Channel.ONLINE).received(106).onTime(103).late(3)
                .build();
        figures.save(online, null);

        assertThat(figures.ofUnits(List.of(f.tamDan.id()))).containsExactly(corrected, online);
    }

    @Test
    void figuresReadByARoundAreFoundThroughTheRound() {
        SupervisionRound round = f.reportedRound();
        adapters.rounds().save(round);
        HandlingFigures read = HandlingFigures.builder(f.phuThinh.id(), SEED, FiguresSource.SUPERVISION_ROUND)
                .received(1062).build();
        figures.save(read, round.id());
        figures.save(HandlingFigures.builder(f.tamDan.id(), SEED, FiguresSource.SELF_REPORTED).received(1).build(), null);

        assertThat(figures.ofRound(round.id())).containsExactly(read);
    }

    /** Rows written by SQL (imports, fixes by hand) must obey the same arithmetic as the domain. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            negative count                        | -1  | -   | -  | -  | -  | -   | -   | -  | -
            resolved ≠ early + on time + late     | -   | 100 | 50 | 40 | 5  | -   | -   | -  | -
            within deadline ≠ early + on time     | -   | -   | 50 | 40 | -  | 80  | -   | -  | -
            resolved ≠ within deadline + late     | -   | 100 | -  | -  | 5  | 90  | -   | -  | -
            received ≠ resolved + pending + out   | 120 | 100 | -  | -  | -  | -   | 10  | 5  | 0
            rate above 100                        | -   | -   | -  | -  | -  | -   | -   | -  | -
            """)
    void theDatabaseRefusesInconsistentFigures(String what, Long received, Long resolved, Long early, Long onTime,
                                               Long late, Long within, Long inProgress, Long overdue, Long withdrawn) {
        Object rate = what.startsWith("rate") ? new java.math.BigDecimal("100.5") : null;
        assertThatThrownBy(() -> insertRow(received, resolved, early, onTime, late, within, inProgress, overdue,
                withdrawn, rate)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theDatabaseAcceptsPartialFiguresWhoseReportedPartsAgree() {
        insertRow(15015L, null, null, null, 204L, 14811L, null, null, null, null);
        insertRow(1062L, 1062L, 976L, 44L, 42L, null, 0L, 0L, 0L, new java.math.BigDecimal("96.0"));
        assertThat(adapters.jdbc().sql("SELECT count(*) FROM handling_figures").query(Long.class).single())
                .isEqualTo(2L);
    }

    private void insertRow(Long received, Long resolved, Long early, Long onTime, Long late, Long within,
                           Long inProgress, Long overdue, Long withdrawn, Object rate) {
        adapters.jdbc().sql("""
                INSERT INTO handling_figures (unit_id, period_from, period_to, procedure_code, source, received,
                    resolved, early, on_time, late, within_deadline, in_progress_within_deadline,
                    in_progress_overdue, withdrawn, reported_on_time_rate)
                VALUES (?, '2021-01-01', '2022-12-30', ?, 'SELF_REPORTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).params(f.tamDan.id().value(), "P" + System.nanoTime(), received, resolved, early, onTime, late,
                within, inProgress, overdue, withdrawn, rate).update();
    }
}
