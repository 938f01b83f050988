package vn.giamsat.application.round.service;

import vn.giamsat.application.round.model.ReportFormat;
import vn.giamsat.application.round.model.RoundReport;
import vn.giamsat.application.round.port.in.RoundReportUseCase;
import vn.giamsat.application.round.port.out.ReportRendererPort;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.figures.port.out.FiguresPort;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitId;

/** Words the delegation's report from the round and the figures reported to it, then has it laid out. */
public final class RoundReportService implements RoundReportUseCase {
    private final LoadRoundPort rounds;
    private final UnitCatalogPort units;
    private final FiguresPort figures;
    private final ClockPort clock;
    private final ReportRendererPort renderer;
    private final AccessPolicy access;

    public RoundReportService(LoadRoundPort rounds, UnitCatalogPort units, FiguresPort figures, ClockPort clock,
                       ReportRendererPort renderer, AccessPolicy access) {
        this.access = access;
        this.rounds = rounds;
        this.units = units;
        this.figures = figures;
        this.clock = clock;
        this.renderer = renderer;
    }

    @Override
    public RenderedReport render(RoundId id, ReportFormat format) {
        SupervisionRound round = load(id);
        RoundReport report = report(round);
        String name = "bao-cao-giam-sat-" + round.resolution().number().value()
                .replaceAll("[^0-9A-Za-z]+", "-").toLowerCase(Locale.ROOT) + "." + format.extension();
        return new RenderedReport(name, format.mediaType(), renderer.render(report, format));
    }

    @Override
    public RoundReport report(RoundId id) {
        return report(load(id));
    }

    private SupervisionRound load(RoundId id) {
        SupervisionRound round = rounds.load(id).orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", id));
        // The report is the delegation's whole document: before publication, not a commune officer's (decision 018).
        access.requireWholeRound(access.current(), round);
        return round;
    }

    /** The live round, resolved to names, worded as {@link ReportWording} words every report. */
    private RoundReport report(SupervisionRound round) {
        Map<UnitId, AdministrativeUnit> scope = units.findAll(round.scope()).stream()
                .collect(Collectors.toMap(AdministrativeUnit::id, Function.identity()));
        Function<UnitId, String> unitName = u -> Optional.ofNullable(scope.get(u))
                .map(AdministrativeUnit::officialName).orElse(u.toString());
        // The day the head approved it; no date for a draft, nor for sample data, whose source gives none.
        LocalDate date = round.isSampleData() ? null
                : round.approval().map(a -> LocalDate.ofInstant(a.approvedAt(), ClockPort.VIETNAM)).orElse(null);
        List<ReportWording.FiguresLine> figureLines = figures.ofRound(round.id()).stream()
                .sorted(Comparator.comparing((HandlingFigures f) -> round.scopeInOrder().indexOf(f.unit()))
                        .thenComparing(HandlingFigures::period))
                .map(f -> new ReportWording.FiguresLine(unitName.apply(f.unit()), f)).toList();
        return ReportWording.word(new ReportWording.Facts(round.resolution().issuingCouncil(),
                round.resolution().citation(), round.legalBasis().text(), round.subject(), round.period(), date,
                round.delegation(), round.scopeInOrder().stream().map(unitName).toList(),
                round.findings().stream().map(f -> new ReportWording.FindingLine(f.kind(),
                        f.aboutUnit().map(unitName).orElse(null), f.text())).toList(),
                round.recommendations().stream().map(r -> new ReportWording.RecommendationLine(r.addressee(),
                        r.unit().map(unitName).orElse(null), r.text(), r.dueDate().orElse(null))).toList(),
                figureLines, round.head().map(DelegationMember::fullName).orElse(""), round.approval().isEmpty(),
                round.isSampleData()));
    }
}
