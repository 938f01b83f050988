package vn.giamsat.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.application.OutboundPorts;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.figures.port.in.FiguresCorrectionUseCase.ProposeCorrectionCommand;
import vn.giamsat.application.figures.port.in.FiguresCorrectionUseCase.ReviewCorrectionCommand;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase.RecordFiguresCommand;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.CorrectionStatus;
import vn.giamsat.domain.figures.FiguresCorrection;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.unit.UnitCode;

/**
 * Issue 14.3 on PostgreSQL: frozen figures are refused through the real round query, a correction is stored and read
 * back as proposed, its review is final in the database too, and the published version carries it.
 */
class JdbcFiguresCorrectionsTest {
    private static final Period SEED = Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 30));
    static final Actor HOA = Actor.user("vanphong", "Lê Thị Hoa", Set.of(Role.COUNCIL_STAFF), Set.of(UnitCode.of("518")));
    static final Actor NAM = Actor.user("vanphong2", "Ngô Văn Nam", Set.of(Role.COUNCIL_STAFF), Set.of(UnitCode.of("518")));

    private final Adapters adapters = Adapters.onTestDatabase();
    private final AtomicReference<Actor> actor = new AtomicReference<>(Actor.theSystem());
    private UseCases uc;
    private SupervisionRound round;
    private HandlingFigures reported;

    @BeforeEach
    void reportedRoundWithFigures() {
        TestDatabase.truncateAll();
        Fixtures f = new Fixtures(adapters).storeUnits();
        round = f.reportedRound();
        adapters.rounds().save(round);
        reported = HandlingFigures.builder(f.phuThinh.id(), SEED, FiguresSource.SELF_REPORTED)
                .received(1062).early(976).onTime(44).late(42).receivedOnline(58).sourceNote("Báo cáo của UBND").build();
        adapters.figures().save(reported, round.id());
        uc = new UseCases(OutboundPorts.builder().units(adapters.units()).procedures(adapters.procedures())
                .figures(adapters.figures()).loadRound(adapters.rounds()).saveRound(adapters.rounds())
                .publications(adapters.publications()).figuresCorrections(adapters.corrections())
                .publishedResults(adapters.publishedResults()).clock(new SystemClock())
                .transactions(adapters.transactions()).actors(actor::get).build());
    }

    private HandlingFigures late40() {
        return HandlingFigures.builder(reported.unit(), SEED, FiguresSource.SELF_REPORTED).received(1062).early(976)
                .onTime(46).late(40).receivedOnline(58).sourceNote("Báo cáo của UBND").build();
    }

    private long stored(String column) {
        return adapters.jdbc().sql("SELECT " + column + " FROM handling_figures").query(Long.class).single();
    }

    @Test
    void frozen_figures_are_refused_and_a_correction_reads_back_as_proposed_then_changes_them_once_approved() {
        actor.set(HOA);
        assertThatThrownBy(() -> uc.recordFigures().record(new RecordFiguresCommand(late40(), null)))
                .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("đã chốt");
        UUID id = uc.figuresCorrections().propose(new ProposeCorrectionCommand(round.id(), late40(), "Sai số trễ hạn"));

        FiguresCorrection pending = adapters.corrections().find(id).orElseThrow();
        assertThat(pending.before()).isEqualTo(reported);
        assertThat(pending.after()).isEqualTo(late40());
        assertThat(pending.proposedBy()).isEqualTo(new FiguresCorrection.Person("vanphong", "Lê Thị Hoa"));
        assertThat(stored("late")).isEqualTo(42);

        actor.set(NAM);
        uc.figuresCorrections().approve(new ReviewCorrectionCommand(round.id(), id));
        assertThat(stored("late")).isEqualTo(40);
        assertThat(adapters.corrections().ofRound(round.id())).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CorrectionStatus.APPROVED));

        uc.publishRound().publish(new PublishRoundCommand(round.id(), null));
        RoundSnapshot published = adapters.publications().load(round.id()).latest().orElseThrow().snapshot();
        assertThat(published.corrections()).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo("Sai số trễ hạn");
            assertThat(c.changes()).extracting(ch -> ch.text(false)).containsExactly("On time: 44 → 46", "Late: 42 → 40");
        });
    }

    @Test
    void the_database_keeps_a_review_final_and_refuses_the_proposer_as_approver() {
        actor.set(HOA);
        UUID id = uc.figuresCorrections().propose(new ProposeCorrectionCommand(round.id(), late40(), "Sai số trễ hạn"));

        assertThatThrownBy(() -> adapters.jdbc().sql("""
                UPDATE figures_correction SET status = 'APPROVED', reviewed_by = 'vanphong', reviewed_by_name = 'x',
                       reviewed_at = now() WHERE id = :id""").param("id", id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("figures_correction_four_eyes");

        actor.set(NAM);
        uc.figuresCorrections().reject(new ReviewCorrectionCommand(round.id(), id));
        assertThatThrownBy(() -> adapters.jdbc().sql("UPDATE figures_correction SET reason = 'x' WHERE id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("REJECTED");
        assertThatThrownBy(() -> adapters.jdbc().sql("DELETE FROM figures_correction WHERE id = :id")
                .param("id", id).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be changed");
        assertThat(stored("late")).isEqualTo(42);
    }
}
