package vn.giamsat.domain.publication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.figures.Channel;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresCorrection;
import vn.giamsat.domain.figures.FiguresField;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.ReportedRate;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.round.Adoption;
import vn.giamsat.domain.round.ConclusionKind;
import vn.giamsat.domain.round.CouncilConclusion;
import vn.giamsat.domain.round.DelegationRole;
import vn.giamsat.domain.round.FindingKind;
import vn.giamsat.domain.round.FollowUpStatus;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.UnitKind;

/**
 * What the public sees of a round: an immutable copy of its approved results and of the figures behind
 * them, taken at publication. Plain values only, so that a stored snapshot reads the same forever.
 */
public record RoundSnapshot(
        String roundId,
        String resolutionNumber,
        LocalDate resolutionDate,
        String issuingCouncil,
        String councilName,
        String subject,
        LocalDate periodFrom,
        LocalDate periodTo,
        String approvedBy,
        Instant approvedAt,
        List<Member> delegation,
        List<Unit> units,
        List<FindingEntry> findings,
        List<RecommendationEntry> recommendations,
        List<FiguresEntry> figures,
        List<CorrectionEntry> corrections,
        String legalBasis,
        Boolean sampleData,
        ConclusionEntry conclusion) {

    // legalBasis: the law the round was carried out under (căn cứ), null in a snapshot stored before it was kept;
    // sampleData: TRUE for demo content (dữ liệu mẫu), else null (never false), so that a snapshot of real data is
    // stored, and written back, as it always was (SnapshotJson leaves both out when null).
    // conclusion: the council's resolution or conclusion on the results (issue 19.3), null until it has one and in
    // every snapshot stored before it was kept.
    public RoundSnapshot {
        Require.present(roundId, "mã cuộc giám sát", "round id");
        // A snapshot stored before corrections existed has none.
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        sampleData = Boolean.TRUE.equals(sampleData) ? Boolean.TRUE : null;
        delegation = List.copyOf(delegation);
        units = List.copyOf(units);
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
        figures = List.copyOf(figures);
    }

    /** A snapshot without the council's conclusion. */
    public RoundSnapshot(String roundId, String resolutionNumber, LocalDate resolutionDate, String issuingCouncil,
                         String councilName, String subject, LocalDate periodFrom, LocalDate periodTo, String approvedBy,
                         Instant approvedAt, List<Member> delegation, List<Unit> units, List<FindingEntry> findings,
                         List<RecommendationEntry> recommendations, List<FiguresEntry> figures,
                         List<CorrectionEntry> corrections, String legalBasis, Boolean sampleData) {
        this(roundId, resolutionNumber, resolutionDate, issuingCouncil, councilName, subject, periodFrom, periodTo,
                approvedBy, approvedAt, delegation, units, findings, recommendations, figures, corrections, legalBasis,
                sampleData, null);
    }

    /** A snapshot without figures corrections or a legal basis, of real (not sample) data. */
    public RoundSnapshot(String roundId, String resolutionNumber, LocalDate resolutionDate, String issuingCouncil,
                         String councilName, String subject, LocalDate periodFrom, LocalDate periodTo, String approvedBy,
                         Instant approvedAt, List<Member> delegation, List<Unit> units, List<FindingEntry> findings,
                         List<RecommendationEntry> recommendations, List<FiguresEntry> figures) {
        this(roundId, resolutionNumber, resolutionDate, issuingCouncil, councilName, subject, periodFrom, periodTo,
                approvedBy, approvedAt, delegation, units, findings, recommendations, figures, List.of(), null, null);
    }

    /**
     * An approved correction of the figures (đính chính số liệu), as published: the figures before and after, why,
     * who proposed and who approved it. Every version lists all corrections approved up to its publication.
     */
    public record CorrectionEntry(String id, FiguresEntry before, FiguresEntry after, String reason, String proposedBy,
                                  Instant proposedAt, String approvedBy, Instant approvedAt) {
        public static CorrectionEntry of(FiguresCorrection c) {
            return new CorrectionEntry(c.id().toString(), FiguresEntry.of(c.before()), FiguresEntry.of(c.after()),
                    c.reason(), c.proposedBy().name(), c.proposedAt(), c.reviewedBy().name(), c.reviewedAt());
        }

        /** What the correction changed, field by field. */
        public List<FiguresField.Change> changes() {
            return FiguresField.changes(before.toFigures(), after.toFigures());
        }
    }

    /**
     * The figures in the round's order of units (the scope as the delegation listed it), then by period, a unit's
     * whole figures before a channel's: the order of the report and of the public pages. The stored order (by the
     * unit's internal id) is kept as it is, so that stored versions are written back byte for byte.
     */
    public List<FiguresEntry> figuresInRoundOrder() { // not a bean getter: the stored JSON has only the components
        List<String> order = units.stream().map(Unit::unitId).toList();
        return figures.stream()
                .sorted(java.util.Comparator.comparing((FiguresEntry f) -> order.indexOf(f.unitId()))
                        .thenComparing(FiguresEntry::periodFrom)
                        .thenComparing(FiguresEntry::periodTo)
                        .thenComparing(f -> f.channel() == null ? "" : f.channel().name()))
                .toList();
    }

    /** True for demo content: pages and files mark it "Dữ liệu mẫu / sample data". */
    public boolean shownAsSampleData() { // not a bean getter: the stored JSON has only the components
        return Boolean.TRUE.equals(sampleData);
    }

    public record Member(String fullName, String position, DelegationRole role) {}

    /** A unit as it was in the period, with where it went if it has since been merged. */
    public record Unit(String unitId, String code, String name, UnitKind kind, LocalDate validFrom, LocalDate validTo,
                       List<String> successorNames) {
        public Unit {
            successorNames = successorNames == null ? List.of() : List.copyOf(successorNames);
        }

        public String displayName() {
            return kind.vietnamese() + " " + name;
        }

        /** "Thành phố Đà Nẵng" rather than the kind's category name: what official texts print. */
        public String officialName() {
            return kind.officialPrefix() + " " + name;
        }
    }

    public record FindingEntry(String unitId, FindingKind kind, String text) {}

    /**
     * @param adoption the council's answer: null while it has not concluded (and in snapshots stored before it was
     *                 kept), so such a snapshot is written back as it was; never {@link Adoption#PROPOSED}
     */
    public record RecommendationEntry(String id, String unitId, String addressee, String text, LocalDate dueDate,
                                      FollowUpStatus status, Adoption adoption) {
        public RecommendationEntry {
            adoption = adoption == Adoption.PROPOSED ? null : adoption;
        }

        public RecommendationEntry(String id, String unitId, String addressee, String text, LocalDate dueDate,
                                   FollowUpStatus status) {
            this(id, unitId, addressee, text, dueDate, status, null);
        }

        /** Followed up: adopted, or proposed while the council has not concluded. */
        public boolean followedUp() { // not a bean getter: the stored JSON has only the components
            return adoption != Adoption.NOT_ADOPTED;
        }
    }

    /** The council's resolution or conclusion on the results, as published. */
    public record ConclusionEntry(ConclusionKind kind, String number, LocalDate date, String text, String decisions) {
        public static ConclusionEntry of(CouncilConclusion c) {
            return new ConclusionEntry(c.kind(), c.number(), c.date(), c.text(), c.decisions());
        }

        public String citation() {
            return new CouncilConclusion(kind, number, date, text, decisions).citation();
        }
    }

    /**
     * Handling figures flattened to plain values. Each count is a {@link Count}: reported, or not reported, which
     * is never 0 (stored as JSON {@code null}, as since the first publication). Totals are not stored here: they
     * are the domain's ({@link HandlingFigures#withinDeadlineTotal()} and the like, via {@link #toFigures()}).
     */
    public record FiguresEntry(String unitId, LocalDate periodFrom, LocalDate periodTo, String procedureCode,
                               Channel channel, FiguresSource source, Count received, Count carriedOver,
                               Count receivedOnline, Count receivedPostal, Count resolved, Count early, Count onTime,
                               Count withinDeadline, Count late, Count inProgressWithinDeadline, Count inProgressOverdue,
                               Count withdrawn, BigDecimal reportedOnTimeRate, String statement, String sourceNote,
                               Count resultsDigitized) {

        public FiguresEntry {
            // A snapshot stored before a count existed has no such field: it was not reported.
            received = orNotReported(received);
            carriedOver = orNotReported(carriedOver);
            receivedOnline = orNotReported(receivedOnline);
            receivedPostal = orNotReported(receivedPostal);
            resolved = orNotReported(resolved);
            early = orNotReported(early);
            onTime = orNotReported(onTime);
            withinDeadline = orNotReported(withinDeadline);
            late = orNotReported(late);
            inProgressWithinDeadline = orNotReported(inProgressWithinDeadline);
            inProgressOverdue = orNotReported(inProgressOverdue);
            withdrawn = orNotReported(withdrawn);
            // Published before decision 052, or by a source other than dossier records: not reported.
            resultsDigitized = orNotReported(resultsDigitized);
        }

        public static FiguresEntry of(HandlingFigures f) {
            return new FiguresEntry(f.unit().toString(), f.period().from(), f.period().to(),
                    f.procedure() == null ? null : f.procedure().value(), f.channel(), f.source(),
                    f.received(), f.carriedOver(), f.receivedOnline(), f.receivedPostal(), f.resolved(), f.early(),
                    f.onTime(), f.withinDeadline(), f.late(), f.inProgressWithinDeadline(), f.inProgressOverdue(),
                    f.withdrawn(), f.reportedOnTimeRate() == null ? null : f.reportedOnTimeRate().percent(),
                    f.statement(), f.sourceNote(), f.resultsDigitized());
        }

        /** Back to domain figures, for indicators and totals. */
        public HandlingFigures toFigures() {
            return HandlingFigures.builder(UnitId.of(unitId), Period.of(periodFrom, periodTo), source)
                    .procedure(procedureCode == null ? null : ProcedureCode.of(procedureCode))
                    .channel(channel)
                    .received(received).carriedOver(carriedOver).receivedOnline(receivedOnline)
                    .receivedPostal(receivedPostal).resolved(resolved).early(early).onTime(onTime)
                    .withinDeadline(withinDeadline).late(late).inProgressWithinDeadline(inProgressWithinDeadline)
                    .inProgressOverdue(inProgressOverdue).withdrawn(withdrawn)
                    .reportedOnTimeRate(reportedOnTimeRate == null ? null : new ReportedRate(reportedOnTimeRate))
                    .statement(statement).sourceNote(sourceNote).resultsDigitized(resultsDigitized)
                    .build();
        }

        private static Count orNotReported(Count c) {
            return c == null ? Count.notReported() : c;
        }
    }

    public Period period() {
        return Period.of(periodFrom, periodTo);
    }
}
