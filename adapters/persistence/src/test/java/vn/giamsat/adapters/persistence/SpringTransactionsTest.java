package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitCode;
import vn.giamsat.domain.unit.UnitKind;
import vn.giamsat.domain.unit.Validity;

class SpringTransactionsTest {
    private final Adapters adapters = Adapters.onTestDatabase();
    private Fixtures f;

    @BeforeEach
    void cleanDatabase() {
        TestDatabase.truncateAll();
        f = new Fixtures(adapters).storeUnits();
    }

    @Test
    void aFailedWriteUndoesEverythingElseTheUseCaseStored() {
        SupervisionRound round = f.reportedRound();
        assertThatThrownBy(() -> adapters.transactions().run("SpringTransactionsTest.failedWrite", () -> {
            adapters.rounds().save(round);
            adapters.figures().save(HandlingFigures.builder(f.tamDan.id(), Period.year(2022),
                    FiguresSource.SELF_REPORTED).received(10).build(), round.id());
            // The same figures written by SQL with late > resolved: the database refuses them.
            adapters.jdbc().sql("UPDATE handling_figures SET resolved = 1, late = 2, early = 0, on_time = 0").update();
        })).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(adapters.rounds().load(round.id())).isEmpty();
        assertThat(adapters.figures().ofUnits(java.util.List.of(f.tamDan.id()))).isEmpty();
    }

    @Test
    void aDomainRefusalInsideTheTransactionAlsoRollsBack() {
        AdministrativeUnit tayHo = AdministrativeUnit.register(UnitCode.of("20380"), "Tây Hồ", UnitKind.COMMUNE,
                f.phuNinh.id(), Validity.since(Fixtures.REFORM));
        assertThatThrownBy(() -> adapters.transactions().run("SpringTransactionsTest.domainRefusal", () -> {
            adapters.units().save(tayHo);
            tayHo.mergeInto(Fixtures.REFORM.plusDays(1), java.util.List.of(tayHo.id())); // refused: cannot succeed itself
        })).isInstanceOf(DomainRuleViolation.class);

        assertThat(adapters.units().find(tayHo.id())).isEmpty();
    }

    @Test
    void aSuccessfulTransactionReturnsItsResultAndKeepsItsWrites() {
        SupervisionRound round = f.reportedRound();
        String result = adapters.transactions().inTransaction("SpringTransactionsTest.success", () -> {
            adapters.rounds().save(round);
            return "ok";
        });
        assertThat(result).isEqualTo("ok");
        assertThat(adapters.rounds().load(round.id())).isPresent();
    }
}
