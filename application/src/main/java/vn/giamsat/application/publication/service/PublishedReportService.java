package vn.giamsat.application.publication.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.application.round.model.ReportFormat;
import vn.giamsat.application.round.port.out.ReportRendererPort;
import vn.giamsat.application.round.service.ReportWording;
import vn.giamsat.application.round.model.RoundReport;
import vn.giamsat.application.common.ClockPort;
import vn.giamsat.application.publication.port.in.PublishedReportQueries;
import vn.giamsat.application.publication.port.out.PublishedVersionsPort;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.publication.PublishedVersion;
import vn.giamsat.domain.publication.RoundSnapshot;
import vn.giamsat.domain.round.DelegationMember;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.LegalBasis;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;

/**
 * Words the report from a published snapshot alone (with the same wording as the admin's report) and has it
 * laid out. Reads published versions only: public data, so no access check, and nothing is written.
 */
public final class PublishedReportService implements PublishedReportQueries {
    private final PublishedVersionsPort versions;
    private final ReportRendererPort renderer;

    public PublishedReportService(PublishedVersionsPort versions, ReportRendererPort renderer) {
        this.versions = versions;
        this.renderer = renderer;
    }

    @Override
    public Optional<PublishedReport> render(String roundId, int version, ReportFormat format) {
        UUID id;
        try {
            id = UUID.fromString(roundId);
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a mistyped address is "not found", not an error
        }
        return versions.versionsOf(new RoundId(id)).stream().filter(v -> v.number() == version).findFirst()
                .map(v -> new PublishedReport(v.round().value().toString(), v.number(), v.publishedAt(),
                        fileName(v, format, false), fileName(v, format, true), format,
                        renderer.render(report(v), format)));
    }

    /** The report's words, from the snapshot of one version only. */
    public static RoundReport report(PublishedVersion version) {
        RoundSnapshot s = version.snapshot();
        Map<String, String> unitNames = s.units().stream()
                .collect(Collectors.toMap(RoundSnapshot.Unit::unitId, RoundSnapshot.Unit::officialName, (a, b) -> a));
        Function<String, String> unitName = id -> id == null ? null : unitNames.getOrDefault(id, id);
        List<ReportWording.FiguresLine> figures = s.figuresInRoundOrder().stream()
                .map(f -> new ReportWording.FiguresLine(unitName.apply(f.unitId()), f.toFigures()))
                .toList();
        // Published means approved; should a snapshot ever lack the approval, it says so rather than pretend.
        boolean approved = s.approvedAt() != null;
        // The day the head approved it; sample data (and a snapshot without approval) has no date of its own.
        LocalDate date = approved && !s.shownAsSampleData() ? LocalDate.ofInstant(s.approvedAt(), ClockPort.VIETNAM) : null;
        List<DelegationMember> delegation = s.delegation().stream()
                .map(m -> new DelegationMember(m.fullName(), m.position(), m.role())).toList();
        return ReportWording.word(new ReportWording.Facts(s.issuingCouncil(), citation(s), legalBasis(s), s.subject(),
                s.period(), date, delegation, s.units().stream().map(RoundSnapshot.Unit::officialName).toList(),
                s.findings().stream().map(f -> new ReportWording.FindingLine(f.kind(), unitName.apply(f.unitId()),
                        f.text())).toList(),
                s.recommendations().stream().map(r -> new ReportWording.RecommendationLine(r.addressee(),
                        unitName.apply(r.unitId()), r.text(), r.dueDate())).toList(),
                figures,
                delegation.stream().filter(m -> m.role() == DelegationRole.HEAD).map(DelegationMember::fullName)
                        .findFirst().orElse(""),
                !approved, s.shownAsSampleData()));
    }

    /** As published; a snapshot stored before the basis was kept: the law in force on the resolution's date. */
    private static String legalBasis(RoundSnapshot s) {
        if (s.legalBasis() != null) {
            return s.legalBasis();
        }
        return s.resolutionDate() == null ? null : LegalBasis.forResolutionOn(s.resolutionDate()).text();
    }

    private static String citation(RoundSnapshot s) {
        return s.resolutionDate() == null ? "Nghị quyết số " + s.resolutionNumber() + " của " + s.issuingCouncil()
                : new Resolution(ResolutionNumber.of(s.resolutionNumber()), s.resolutionDate(), s.issuingCouncil()).citation();
    }

    /** "Báo cáo giám sát 35-NQ-HĐND, phiên bản 2.docx", or "bao-cao-giam-sat-35-nq-hdnd-phien-ban-2.docx". */
    static String fileName(PublishedVersion v, ReportFormat format, boolean ascii) {
        String number = v.snapshot().resolutionNumber().replaceAll("[\\s/\\\\:*?\"<>|]+", "-");
        String name = "Báo cáo giám sát " + number + ", phiên bản " + v.number();
        if (ascii) {
            name = SearchText.fold(name).replaceAll("[^0-9a-z]+", "-").replaceAll("^-|-$", "");
        }
        return name + "." + format.extension();
    }
}
