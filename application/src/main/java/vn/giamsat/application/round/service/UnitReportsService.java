package vn.giamsat.application.round.service;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.figures.port.out.FiguresPort;
import vn.giamsat.application.round.port.in.UnitReportsUseCase;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.round.port.out.UnitReportPort;
import vn.giamsat.application.security.AccessDeniedException;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.security.Role;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.round.Contributor;
import vn.giamsat.domain.round.EvidenceFile;
import vn.giamsat.domain.round.LeadTimes;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.round.UnitReportFigures;
import vn.giamsat.domain.round.UnitReportStanding;
import vn.giamsat.domain.round.UnitReportVersion;
import vn.giamsat.domain.unit.UnitId;

/**
 * Units hand in their report (decision 048). Who may do what, decided on the loaded round:
 * <ul>
 *   <li>hand in: a unit officer whose own jurisdiction holds the unit ({@link AccessPolicy#inOwnJurisdiction}), the
 *       unit in the round's scope, while the round is PLANNED or IN_PROGRESS (from the delegation's report on the
 *       figures are frozen, decision 020, and a closed or published round takes nothing); the file is checked as
 *       evidence is (type by content, 10 MB) before anything is stored;</li>
 *   <li>set a due date: the council office of the round ({@link AccessPolicy#requireRoundWrite}), before the
 *       report;</li>
 *   <li>read: whoever reads the part of the round about the unit ({@link AccessPolicy#readsPartAbout}).</li>
 * </ul>
 * A unit's due date is the one set, else its first dated visit less the report lead time of the law in force on the
 * round's date ({@link LeadTimes#reportDue}), else none.
 */
public final class UnitReportsService implements UnitReportsUseCase {
    private final LoadRoundPort load;
    private final FiguresPort figures;
    private final UnitReportPort reports;
    private final ClockPort clock;
    private final TransactionPort tx;
    private final AccessPolicy access;
    private final LeadTimes leadTimes;

    public UnitReportsService(LoadRoundPort load, FiguresPort figures, UnitReportPort reports, ClockPort clock,
                              TransactionPort tx, AccessPolicy access, LeadTimes leadTimes) {
        this.load = load;
        this.figures = figures;
        this.reports = reports;
        this.clock = clock;
        this.tx = tx;
        this.access = access;
        this.leadTimes = leadTimes;
    }

    @Override
    public UnitReportsOverview overview(RoundId roundId) {
        return tx.inTransaction("UnitReportsService.overview", () -> {
            Actor actor = access.current();
            SupervisionRound round = round(roundId);
            access.requireRead(actor, round);
            Map<UnitId, LocalDate> set = reports.dueDates(round.id());
            List<UnitReportVersion> all = reports.versions(round.id());
            LocalDate today = clock.today();
            List<UnitReportLine> lines = round.scopeInOrder().stream()
                    .filter(unit -> access.readsPartAbout(actor, round, Optional.of(unit)))
                    .map(unit -> new UnitReportLine(UnitReportStanding.of(unit, due(round, unit, set), all.stream()
                            .filter(v -> v.unit().equals(unit)).toList(), today), set.containsKey(unit),
                            refusalToHandIn(actor, round, unit).isEmpty()))
                    .toList();
            boolean maySet = actor.hasAnyRole(Role.COUNCIL_STAFF) && access.inOwnJurisdiction(actor, round.council())
                    && beforeTheReport(round);
            return new UnitReportsOverview(lines, maySet);
        });
    }

    @Override
    public UnitReportVersion handIn(HandInCommand c) {
        return tx.inTransaction("UnitReportsService.handIn", () -> {
            Actor actor = access.current();
            SupervisionRound round = round(c.round());
            Optional<DomainRuleViolation> refusal = refusalToHandIn(actor, round, c.unit());
            if (refusal.isPresent()) {
                throw refusal.get();
            }
            EvidenceFile file = EvidenceFile.of(c.fileName(), c.content()); // type by content, size, clean name
            int number = (int) reports.versions(round.id()).stream().filter(v -> v.unit().equals(c.unit())).count() + 1;
            UnitReportFigures asTheyStand = UnitReportFigures.of(figures.ofRound(round.id()).stream()
                    .filter(f -> f.unit().equals(c.unit())).toList());
            UnitReportVersion version = new UnitReportVersion(UUID.randomUUID(), round.id(), c.unit(), number,
                    clock.now(), new Contributor(actor.username(), actor.displayName()), file.fileName(), file.type(),
                    sha256(file.content()), asTheyStand, Optional.ofNullable(c.note()));
            reports.append(version, file.content());
            return version;
        });
    }

    @Override
    public void setDueDate(SetDueDateCommand c) {
        tx.run("UnitReportsService.setDueDate", () -> {
            SupervisionRound round = round(c.round());
            Actor actor = access.requireRoundWrite(round);
            if (!round.scope().contains(c.unit())) {
                throw new DomainRuleViolation(Reason.of("unit-report.out-of-scope",
                        "Đơn vị không thuộc phạm vi giám sát của cuộc giám sát này.",
                        "The unit is not in the scope of this round."));
            }
            if (!beforeTheReport(round)) {
                throw new DomainRuleViolation(Reason.of("unit-report.due-after-report",
                        "Chỉ đặt hạn nộp báo cáo trước khi Đoàn giám sát báo cáo kết quả.",
                        "A report's due date is set before the delegation reports."));
            }
            if (c.due().isBefore(round.resolution().adoptedOn())) {
                throw new DomainRuleViolation(Reason.of("unit-report.due-before-resolution",
                        "Hạn nộp báo cáo (" + c.due() + ") trước ngày ban hành nghị quyết ("
                                + round.resolution().adoptedOn() + ").",
                        "The due date (" + c.due() + ") is before the resolution (" + round.resolution().adoptedOn()
                                + ")."));
            }
            reports.setDueDate(round.id(), c.unit(), c.due(), actor.username(), clock.now());
        });
    }

    @Override
    public DownloadedReport file(RoundId roundId, UUID versionId) {
        return tx.inTransaction("UnitReportsService.file", () -> {
            Actor actor = access.current();
            SupervisionRound round = round(roundId);
            access.requireRead(actor, round);
            UnitReportVersion v = reports.version(versionId).filter(x -> x.round().equals(round.id()))
                    .orElseThrow(() -> new NotFoundException("báo cáo của đơn vị", "unit's report", versionId));
            if (!access.readsPartAbout(actor, round, Optional.of(v.unit()))) {
                throw new AccessDeniedException("xem báo cáo của đơn vị khác", "read another unit's report");
            }
            byte[] content = reports.content(v.id()).orElseThrow(
                    () -> new NotFoundException("tệp báo cáo", "report file", versionId));
            return new DownloadedReport(v.fileName(), v.fileType().mediaType(), content);
        });
    }

    /** Why this actor may not hand in this unit's report now; empty when it may. */
    private Optional<DomainRuleViolation> refusalToHandIn(Actor actor, SupervisionRound round, UnitId unit) {
        if (!actor.hasAnyRole(Role.UNIT_OFFICER) || !access.inOwnJurisdiction(actor, unit)) {
            return Optional.of(new AccessDeniedException("nộp báo cáo thay đơn vị khác",
                    "hand in another unit's report"));
        }
        if (!round.scope().contains(unit)) {
            return Optional.of(new DomainRuleViolation(Reason.of("unit-report.out-of-scope",
                    "Đơn vị không thuộc phạm vi giám sát của cuộc giám sát này.",
                    "The unit is not in the scope of this round.")));
        }
        if (round.status() != RoundStatus.PLANNED && round.status() != RoundStatus.IN_PROGRESS) {
            return Optional.of(new DomainRuleViolation(Reason.of("unit-report.not-now",
                    "Cuộc giám sát đang ở trạng thái \"" + round.status().vietnamese()
                            + "\": đơn vị nộp báo cáo khi cuộc giám sát đã có kế hoạch và trước khi Đoàn báo cáo kết quả.",
                    "The round is " + round.status().english().toLowerCase()
                            + ": units hand in their report once it is planned and before the delegation reports.")));
        }
        return Optional.empty();
    }

    private static boolean beforeTheReport(SupervisionRound round) {
        return round.status() == RoundStatus.DRAFT || round.status() == RoundStatus.PLANNED
                || round.status() == RoundStatus.IN_PROGRESS;
    }

    private Optional<LocalDate> due(SupervisionRound round, UnitId unit, Map<UnitId, LocalDate> set) {
        return Optional.ofNullable(set.get(unit)).or(() -> leadTimes.reportDue(round, unit));
    }

    private SupervisionRound round(RoundId id) {
        return load.load(id).orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", id.value()));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
