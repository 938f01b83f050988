package vn.giamsat.application.publication.service;

import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.security.Actor;
import vn.giamsat.application.figures.port.out.FiguresCorrectionPort;
import vn.giamsat.domain.figures.CorrectionStatus;
import vn.giamsat.domain.figures.FiguresCorrection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.publication.port.in.PublishRoundUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.PublishRoundCommand;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.figures.port.out.FiguresPort;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.publication.port.out.PublicationPort;
import vn.giamsat.application.round.port.out.SaveRoundPort;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.publication.Publication;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitId;

/**
 * Publishes a round: takes an immutable snapshot of its approved results and the figures behind them.
 * The first publication moves the round to PUBLISHED; later ones are corrections with a reason.
 */
public final class PublishRoundService implements PublishRoundUseCase {
    private final LoadRoundPort load;
    private final SaveRoundPort save;
    private final UnitCatalogPort units;
    private final FiguresPort figures;
    private final PublicationPort publications;
    private final ClockPort clock;
    private final TransactionPort tx;
    private final AccessPolicy access;
    private final FiguresCorrectionPort corrections;

    public PublishRoundService(LoadRoundPort load, SaveRoundPort save, UnitCatalogPort units, FiguresPort figures,
                               FiguresCorrectionPort corrections, PublicationPort publications, ClockPort clock,
                               TransactionPort tx, AccessPolicy access) {
        this.corrections = corrections;
        this.access = access;
        this.load = load;
        this.save = save;
        this.units = units;
        this.figures = figures;
        this.publications = publications;
        this.clock = clock;
        this.tx = tx;
    }

    @Override
    public int publish(PublishRoundCommand c) {
        return tx.inTransaction("PublishRoundService.publish", () -> {
            SupervisionRound round = load.load(c.round())
                    .orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", c.round()));
            Actor publisher = access.requireApproval(round); // who publishes is who is signed in (issue 14.4)
            Publication publication = publications.load(round.id());
            if (publication.latest().isEmpty()) {
                round.moveTo(RoundStatus.PUBLISHED); // refused, with the reason, unless reported and approved
                save.save(round);
            } else if (round.status() != RoundStatus.PUBLISHED) {
                throw new DomainRuleViolation(Reason.of("publication.round-not-published",
                        "Chỉ đính chính được cuộc giám sát đang ở trạng thái \"Đã công khai\".",
                        "Only a published round can be corrected."));
            }
            PublishedVersion version = publication.publish(snapshotOf(round), clock.now(), publisher.displayName(),
                    c.correctionReason());
            publications.append(version);
            return version.number();
        });
    }

    private RoundSnapshot snapshotOf(SupervisionRound round) {
        Map<UnitId, AdministrativeUnit> scope = units.findAll(round.scope()).stream()
                .collect(Collectors.toMap(AdministrativeUnit::id, Function.identity()));
        AdministrativeUnit council = units.find(round.council())
                .orElseThrow(() -> new NotFoundException("đơn vị", "unit", round.council()));
        List<RoundSnapshot.Unit> unitEntries = round.scopeInOrder().stream()
                .map(scope::get)
                .map(this::unitEntry)
                .toList();
        return new RoundSnapshot(
                round.id().toString(),
                round.resolution().number().value(),
                round.resolution().adoptedOn(),
                round.resolution().issuingCouncil(),
                council.displayName(),
                round.subject(),
                round.period().from(),
                round.period().to(),
                round.approval().map(a -> a.approvedBy()).orElse(null),
                round.approval().map(a -> a.approvedAt()).orElse(null),
                round.delegation().stream()
                        .map(m -> new RoundSnapshot.Member(m.fullName(), m.position(), m.role())).toList(),
                unitEntries,
                round.findings().stream()
                        .map(f -> new RoundSnapshot.FindingEntry(f.aboutUnit().map(UnitId::toString).orElse(null),
                                f.kind(), f.text())).toList(),
                round.recommendations().stream()
                        .map(r -> new RoundSnapshot.RecommendationEntry(r.id().toString(),
                                r.unit().map(UnitId::toString).orElse(null), r.addressee(), r.text(),
                                r.dueDate().orElse(null), r.status(), r.adoption())).toList(),
                figures.ofRound(round.id()).stream()
                        .sorted(Comparator.comparing((vn.giamsat.domain.figures.HandlingFigures f) -> f.unit().toString())
                                .thenComparing(f -> f.period()))
                        .map(RoundSnapshot.FiguresEntry::of).toList(),
                // what was corrected since the report and why: every approved correction, in the order approved
                corrections.ofRound(round.id()).stream().filter(x -> x.status() == CorrectionStatus.APPROVED)
                        .sorted(Comparator.comparing(FiguresCorrection::reviewedAt))
                        .map(RoundSnapshot.CorrectionEntry::of).toList(),
                round.legalBasis().text(),
                round.isSampleData(),
                round.conclusion().map(RoundSnapshot.ConclusionEntry::of).orElse(null));
    }

    private RoundSnapshot.Unit unitEntry(AdministrativeUnit unit) {
        List<String> successorNames = units.findAll(unit.successors()).stream()
                .map(AdministrativeUnit::displayName).toList();
        return new RoundSnapshot.Unit(unit.id().toString(), unit.code().value(), unit.name(), unit.kind(),
                unit.validity().validFrom(), unit.validity().validTo(), successorNames);
    }
}
