package vn.giamsat.application.round.service;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.round.model.ProgressEntry;
import vn.giamsat.application.round.port.in.FollowUpProgressUseCase;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.round.port.out.ProgressRecordPort;
import vn.giamsat.application.round.port.out.SaveRoundPort;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.round.Contributor;
import vn.giamsat.domain.round.FollowUp;
import vn.giamsat.domain.round.Recommendation;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.SupervisionRound;

/**
 * Follow-up as it happens (decision 042). Who may do what is decided on the loaded round and recommendation:
 * <ul>
 *   <li>report progress: the officer of the unit the recommendation is addressed to (its own jurisdiction holds
 *       the unit), once the delegation has reported; the status must be one the recommendation may move to;</li>
 *   <li>accept a report: the council office over the round's council ({@link AccessPolicy#requireFollowUp}), never
 *       the one who reported it; accepting records the step on the round (its status, as the admin UI shows it) and
 *       an acceptance in the append-only record, which the portal reads;</li>
 *   <li>return a report with a reason: the same council office; the round and the portal are left as they were.</li>
 * </ul>
 * Each report is answered once (accepted or returned): a unit whose report was returned reports again.
 */
public final class FollowUpProgressService implements FollowUpProgressUseCase {
    private final LoadRoundPort load;
    private final SaveRoundPort save;
    private final ProgressRecordPort record;
    private final ClockPort clock;
    private final TransactionPort tx;
    private final AccessPolicy access;

    public FollowUpProgressService(LoadRoundPort load, SaveRoundPort save, ProgressRecordPort record, ClockPort clock,
                                   TransactionPort tx, AccessPolicy access) {
        this.load = load;
        this.save = save;
        this.record = record;
        this.clock = clock;
        this.tx = tx;
        this.access = access;
    }

    @Override
    public ProgressEntry report(ReportProgressCommand c) {
        return tx.inTransaction("FollowUpProgressService.report", () -> {
            Actor actor = access.current();
            SupervisionRound round = round(c.round());
            access.requireRead(actor, round);
            Recommendation recommendation = recommendation(round, c.recommendation());
            boolean ownUnit = actor.hasAnyRole(Role.UNIT_OFFICER) && recommendation.unit()
                    .filter(unit -> access.inOwnJurisdiction(actor, unit)).isPresent();
            if (!ownUnit) {
                throw new AccessDeniedException("báo cáo tiến độ thực hiện kiến nghị không gửi đơn vị mình",
                        "report progress on a recommendation not addressed to your unit");
            }
            requireFollowedUp(round);
            recommendation.checkFollowUp(c.status()).orThrow();
            if (c.text() != null && c.text().length() > 4000) {
                throw new DomainRuleViolation(Reason.of(TEXT_TOO_LONG,
                        "Nội dung báo cáo tiến độ dài quá 4.000 ký tự.", "The progress text is longer than 4,000 characters."));
            }
            Optional<String> link = Optional.ofNullable(c.evidenceLink()).map(String::strip).filter(l -> !l.isEmpty());
            if (link.isPresent() && !link.get().matches("(?i)https?://\\S{1,1990}")) {
                throw new DomainRuleViolation(Reason.of(EVIDENCE_LINK,
                        "Đường dẫn minh chứng phải là một địa chỉ http:// hoặc https:// (không có dấu cách).",
                        "The evidence link must be an http:// or https:// address (without spaces)."));
            }
            ProgressEntry entry = new ProgressEntry(UUID.randomUUID(), round.id(), recommendation.id(),
                    ProgressEntry.Kind.REPORTED, Optional.empty(), c.status(), Optional.ofNullable(c.text()),
                    c.evidence(), link, clock.now(), contributor(actor));
            record.append(entry);
            return entry;
        });
    }

    @Override
    public ProgressEntry accept(AcceptProgressCommand c) {
        return tx.inTransaction("FollowUpProgressService.accept", () -> {
            SupervisionRound round = round(c.round());
            Actor actor = access.requireFollowUp(round);
            ProgressEntry report = unanswered(round, c.report(), actor, "chấp nhận", "accept");
            round.recordFollowUp(report.recommendation(), new FollowUp(clock.today(), report.status(),
                    report.text().orElse(null), null));
            save.save(round);
            ProgressEntry acceptance = new ProgressEntry(UUID.randomUUID(), round.id(), report.recommendation(),
                    ProgressEntry.Kind.ACCEPTED, Optional.of(report.id()), report.status(), report.text(),
                    report.evidence(), report.evidenceLink(), clock.now(), contributor(actor));
            record.append(acceptance);
            return acceptance;
        });
    }

    @Override
    public ProgressEntry returnReport(ReturnProgressCommand c) {
        return tx.inTransaction("FollowUpProgressService.returnReport", () -> {
            SupervisionRound round = round(c.round());
            Actor actor = access.requireFollowUp(round);
            String reason = c.reason() == null ? "" : c.reason().strip();
            if (reason.isEmpty() || reason.length() > 4000) {
                throw new DomainRuleViolation(Reason.of(RETURN_REASON,
                        "Hãy ghi lý do trả lại báo cáo tiến độ (tối đa 4.000 ký tự).",
                        "Give the reason the progress report is returned (at most 4,000 characters)."));
            }
            ProgressEntry report = unanswered(round, c.report(), actor, "trả lại", "return");
            ProgressEntry returned = new ProgressEntry(UUID.randomUUID(), round.id(), report.recommendation(),
                    ProgressEntry.Kind.RETURNED, Optional.of(report.id()), report.status(), Optional.of(reason),
                    Optional.empty(), Optional.empty(), clock.now(), contributor(actor));
            record.append(returned);
            return returned;
        });
    }

    /** The round's report {@code id}, not answered yet, not the actor's own. */
    private ProgressEntry unanswered(SupervisionRound round, UUID id, Actor actor, String verbVi, String verbEn) {
        ProgressEntry report = record.entry(id)
                .filter(e -> e.round().equals(round.id()) && e.kind() == ProgressEntry.Kind.REPORTED)
                .orElseThrow(() -> new NotFoundException("báo cáo tiến độ", "progress report", id));
        if (report.recordedBy().username().equals(actor.username())) {
            throw new AccessDeniedException(verbVi + " báo cáo tiến độ của chính mình", verbEn + " your own progress report");
        }
        boolean answered = record.entriesOf(round.id(), report.recommendation()).stream()
                .anyMatch(e -> e.report().filter(report.id()::equals).isPresent());
        if (answered) {
            throw new DomainRuleViolation(Reason.of("progress.already-answered",
                    "Báo cáo tiến độ này đã được chấp nhận hoặc trả lại.",
                    "This progress report has been accepted or returned already."));
        }
        return report;
    }

    @Override
    public List<ProgressEntry> entries(RoundId roundId, UUID recommendationId) {
        return tx.inTransaction("FollowUpProgressService.entries", () -> {
            Actor actor = access.current();
            SupervisionRound round = round(roundId);
            access.requireRead(actor, round);
            Recommendation recommendation = recommendation(round, recommendationId);
            if (!access.readsPartAbout(actor, round, recommendation.unit())) {
                throw new AccessDeniedException("xem kiến nghị gửi đơn vị khác", "read another unit's recommendation");
            }
            return record.entriesOf(round.id(), recommendation.id());
        });
    }

    private static void requireFollowedUp(SupervisionRound round) {
        if (round.status() != RoundStatus.REPORTED && round.status() != RoundStatus.PUBLISHED) {
            throw new DomainRuleViolation(Reason.of("progress.round-not-followed-up",
                    "Chỉ báo cáo tiến độ khi cuộc giám sát đã có báo cáo và chưa kết thúc.",
                    "Progress is reported once the round has its report and until it is closed."));
        }
    }

    private SupervisionRound round(RoundId id) {
        return load.load(id).orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", id.value()));
    }

    private static Recommendation recommendation(SupervisionRound round, UUID id) {
        return round.recommendations().stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("kiến nghị", "recommendation", id));
    }

    private static Contributor contributor(Actor actor) {
        return new Contributor(actor.username(), actor.displayName());
    }
}
