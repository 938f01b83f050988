package vn.giamsat.application.figures.service;

import java.util.List;
import java.util.UUID;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.figures.port.in.FiguresCorrectionUseCase;
import vn.giamsat.application.figures.port.out.FiguresCorrectionPort;
import vn.giamsat.application.figures.port.out.FiguresPort;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.figures.CorrectionStatus;
import vn.giamsat.domain.figures.FiguresCorrection;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.SupervisionRound;

/**
 * Corrections of frozen figures (issue 14.3). Proposing is the council office's work in its jurisdiction (as changing a
 * round is); reviewing is for whoever may approve the round's report (its delegation head, or the council office),
 * except the proposer, who may only withdraw (reject) it. The approved figures are written here and only here while
 * the round's report freezes them.
 */
public final class FiguresCorrectionService implements FiguresCorrectionUseCase {
    private final LoadRoundPort rounds;
    private final FiguresPort figures;
    private final FiguresCorrectionPort corrections;
    private final ClockPort clock;
    private final TransactionPort tx;
    private final AccessPolicy access;

    public FiguresCorrectionService(LoadRoundPort rounds, FiguresPort figures, FiguresCorrectionPort corrections,
                                    ClockPort clock, TransactionPort tx, AccessPolicy access) {
        this.rounds = rounds;
        this.figures = figures;
        this.corrections = corrections;
        this.clock = clock;
        this.tx = tx;
        this.access = access;
    }

    @Override
    public UUID propose(ProposeCorrectionCommand c) {
        return tx.inTransaction("FiguresCorrectionService.propose", () -> {
            SupervisionRound round = round(c.round());
            Actor actor = access.requireRoundWrite(round);
            if (!round.status().freezesFigures()) {
                throw new DomainRuleViolation(Reason.of("correction.not-frozen",
                        "Số liệu của cuộc giám sát chưa chốt (chưa có báo cáo): hãy sửa số liệu trực tiếp.",
                        "The round's figures are not frozen yet (no report): change them directly."));
            }
            HandlingFigures before = current(round.id(), c.corrected()).orElseThrow(() -> new DomainRuleViolation(
                    Reason.of("correction.no-figures", "Cuộc giám sát không có số liệu này để đính chính.",
                            "The round has no such figures to correct.")));
            if (corrections.ofRound(round.id()).stream()
                    .anyMatch(x -> x.status() == CorrectionStatus.PENDING && x.concerns(before))) {
                throw new DomainRuleViolation(Reason.of("correction.already-pending",
                        "Số liệu này đang có một đề nghị đính chính chờ duyệt.",
                        "A correction of these figures is already waiting for review."));
            }
            FiguresCorrection proposed = FiguresCorrection.propose(round.id(), before, c.corrected(), c.reason(),
                    person(actor), clock.now());
            corrections.add(proposed);
            return proposed.id();
        });
    }

    @Override
    public void approve(ReviewCorrectionCommand c) {
        tx.run("FiguresCorrectionService.approve", () -> {
            SupervisionRound round = round(c.round());
            Actor reviewer = access.requireApproval(round);
            FiguresCorrection pending = correction(round, c.correction());
            if (!current(round.id(), pending.before()).map(pending.before()::equals).orElse(false)) {
                // Another correction changed them meanwhile: approving this one would undo it unseen.
                throw new DomainRuleViolation(Reason.of("correction.stale",
                        "Số liệu đã thay đổi kể từ khi lập đề nghị đính chính này; hãy từ chối và lập đề nghị mới.",
                        "The figures changed since this correction was proposed; reject it and propose a new one."));
            }
            FiguresCorrection approved = pending.approve(person(reviewer), clock.now());
            figures.save(approved.after(), round.id());
            corrections.review(approved);
        });
    }

    @Override
    public void reject(ReviewCorrectionCommand c) {
        tx.run("FiguresCorrectionService.reject", () -> {
            SupervisionRound round = round(c.round());
            Actor reviewer = access.requireApproval(round);
            corrections.review(correction(round, c.correction()).reject(person(reviewer), clock.now()));
        });
    }

    @Override
    public List<FiguresCorrection> corrections(RoundId id) {
        SupervisionRound round = round(id);
        access.requireRead(access.current(), round);
        return corrections.ofRound(round.id());
    }

    private SupervisionRound round(RoundId id) {
        return rounds.load(id).orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", id));
    }

    private FiguresCorrection correction(SupervisionRound round, UUID id) {
        return corrections.find(id).filter(x -> x.round().equals(round.id()))
                .orElseThrow(() -> new NotFoundException("đề nghị đính chính", "correction", id));
    }

    /** The round's figures with the same unit, period, procedure, channel and source. */
    private java.util.Optional<HandlingFigures> current(RoundId round, HandlingFigures like) {
        return figures.ofRound(round).stream().filter(f -> FiguresCorrection.sameFigures(f, like)).findFirst();
    }

    private static FiguresCorrection.Person person(Actor actor) {
        return new FiguresCorrection.Person(actor.username(), actor.displayName());
    }
}
