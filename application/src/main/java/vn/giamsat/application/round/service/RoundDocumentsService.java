package vn.giamsat.application.round.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.common.TransactionPort;
import vn.giamsat.application.round.model.ReportFormat;
import vn.giamsat.application.round.port.in.RoundDocumentsUseCase;
import vn.giamsat.application.round.port.in.RoundReportUseCase.RenderedReport;
import vn.giamsat.application.round.port.out.LoadRoundPort;
import vn.giamsat.application.round.port.out.ReportRendererPort;
import vn.giamsat.application.round.port.out.SaveRoundPort;
import vn.giamsat.application.security.AccessPolicy;
import vn.giamsat.application.unit.port.out.UnitCatalogPort;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.LeadTimes;
import vn.giamsat.domain.round.RoundDocumentKind;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.round.SentDocument;
import vn.giamsat.domain.round.SupervisionRound;
import vn.giamsat.domain.unit.AdministrativeUnit;
import vn.giamsat.domain.unit.UnitId;

/** The round's documents before the visits: worded here, laid out by the report's renderer, checked on lead times. */
public final class RoundDocumentsService implements RoundDocumentsUseCase {
    private final LoadRoundPort load;
    private final RoundRepository rounds;
    private final UnitCatalogPort units;
    private final ReportRendererPort renderer;
    private final LeadTimes rules;
    private final AccessPolicy access;

    public RoundDocumentsService(LoadRoundPort load, SaveRoundPort save, UnitCatalogPort units,
                                 ReportRendererPort renderer, TransactionPort tx, AccessPolicy access, LeadTimes rules) {
        this.load = load;
        this.rounds = new RoundRepository(load, save, tx, access);
        this.units = units;
        this.renderer = renderer;
        this.rules = rules;
        this.access = access;
    }

    @Override
    public RenderedReport render(RoundId id, RoundDocumentKind kind, UnitId unit) {
        SupervisionRound round = read(id);
        if (kind.isForOneUnit() && (unit == null || !round.scope().contains(unit))) {
            throw new DomainRuleViolation(Reason.of("round-document.unit-required",
                    "Thông báo phải gửi tới một đơn vị chịu sự giám sát.", "A notice is sent to one supervised unit."));
        }
        Map<UnitId, AdministrativeUnit> scope = units.findAll(round.scope()).stream()
                .collect(Collectors.toMap(AdministrativeUnit::id, Function.identity()));
        Function<UnitId, String> name = u -> Optional.ofNullable(scope.get(u)).map(AdministrativeUnit::officialName)
                .orElse(u.toString());
        var when = round.resolution().adoptedOn();
        var firstVisit = unit == null ? null : round.visits().stream().filter(v -> v.unit().equals(unit))
                .map(v -> v.date()).filter(java.util.Objects::nonNull).min(java.util.Comparator.naturalOrder())
                .orElse(null);
        var document = RoundDocumentWording.word(new RoundDocumentWording.Facts(kind,
                round.resolution().issuingCouncil(), round.resolution().citation(), round.legalBasis().text(),
                round.subject(), round.period().toVietnamese(), round.delegation(),
                round.scopeInOrder().stream().map(name).toList(), unit == null ? null : name.apply(unit), firstVisit,
                unit == null ? null : rules.reportDue(round, unit).orElse(null), rules.noticeOn(when),
                rules.reportOn(when), round.head().map(DelegationMember::fullName).orElse("")));
        String file = switch (kind) {
            case PLAN -> "ke-hoach-giam-sat";
            case DELEGATION_DECISION -> "quyet-dinh-thanh-lap-doan";
            case UNIT_NOTICE -> "thong-bao-de-cuong-" + scope.get(unit).code().value();
        } + ".docx";
        return new RenderedReport(file, ReportFormat.DOCX.mediaType(), renderer.render(document, ReportFormat.DOCX));
    }

    @Override
    public UUID recordSent(RecordSentCommand c) {
        SentDocument document = SentDocument.of(c.kind(), c.unit(), c.number(), c.sentOn());
        rounds.change("RoundDocumentsService.recordSent", c.round(), round -> round.recordSent(document));
        return document.id();
    }

    @Override
    public LeadTimeCheck leadTimes(RoundId id) {
        SupervisionRound round = read(id);
        Map<UnitId, java.time.LocalDate> due = new LinkedHashMap<>();
        round.scopeInOrder().forEach(u -> rules.reportDue(round, u).ifPresent(d -> due.put(u, d)));
        var when = round.resolution().adoptedOn();
        return new LeadTimeCheck(rules.noticeOn(when), rules.reportOn(when), rules.check(round), due,
                round.sentDocuments());
    }

    private SupervisionRound read(RoundId id) {
        SupervisionRound round = load.load(id).orElseThrow(() -> new NotFoundException("cuộc giám sát", "round", id));
        access.requireWholeRound(access.current(), round); // the delegation's documents, as its report (decision 018)
        return round;
    }
}
