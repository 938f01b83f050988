package vn.giamsat.domain.publication;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.figures.Channel;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.FiguresSource;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.figures.ReportedRate;
import vn.giamsat.domain.procedure.ProcedureCode;
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
        List<FiguresEntry> figures) {

    public RoundSnapshot {
        Require.present(roundId, "mã cuộc giám sát", "round id");
        delegation = List.copyOf(delegation);
        units = List.copyOf(units);
        findings = List.copyOf(findings);
        recommendations = List.copyOf(recommendations);
        figures = List.copyOf(figures);
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
    }

    public record FindingEntry(String unitId, FindingKind kind, String text) {}

    public record RecommendationEntry(String id, String unitId, String addressee, String text, LocalDate dueDate,
                                      FollowUpStatus status) {}

    /** Handling figures flattened: {@code null} stands for "not reported". */
    public record FiguresEntry(String unitId, LocalDate periodFrom, LocalDate periodTo, String procedureCode,
                               Channel channel, FiguresSource source, Long received, Long carriedOver,
                               Long receivedOnline, Long receivedPostal, Long resolved, Long early, Long onTime,
                               Long withinDeadline, Long late, Long inProgressWithinDeadline, Long inProgressOverdue,
                               Long withdrawn, BigDecimal reportedOnTimeRate, String statement, String sourceNote) {

        public static FiguresEntry of(HandlingFigures f) {
            return new FiguresEntry(f.unit().toString(), f.period().from(), f.period().to(),
                    f.procedure() == null ? null : f.procedure().value(), f.channel(), f.source(),
                    f.received().orNull(), f.carriedOver().orNull(), f.receivedOnline().orNull(),
                    f.receivedPostal().orNull(), f.resolved().orNull(), f.early().orNull(), f.onTime().orNull(),
                    f.withinDeadline().orNull(), f.late().orNull(), f.inProgressWithinDeadline().orNull(),
                    f.inProgressOverdue().orNull(), f.withdrawn().orNull(),
                    f.reportedOnTimeRate() == null ? null : f.reportedOnTimeRate().percent(), f.statement(),
                    f.sourceNote());
        }

        /** Back to domain figures, for indicators. */
        public HandlingFigures toFigures() {
            return HandlingFigures.builder(UnitId.of(unitId), Period.of(periodFrom, periodTo), source)
                    .procedure(procedureCode == null ? null : ProcedureCode.of(procedureCode))
                    .channel(channel)
                    .received(Count.ofNullable(received)).carriedOver(Count.ofNullable(carriedOver))
                    .receivedOnline(Count.ofNullable(receivedOnline)).receivedPostal(Count.ofNullable(receivedPostal))
                    .resolved(Count.ofNullable(resolved)).early(Count.ofNullable(early))
                    .onTime(Count.ofNullable(onTime)).withinDeadline(Count.ofNullable(withinDeadline))
                    .late(Count.ofNullable(late))
                    .inProgressWithinDeadline(Count.ofNullable(inProgressWithinDeadline))
                    .inProgressOverdue(Count.ofNullable(inProgressOverdue)).withdrawn(Count.ofNullable(withdrawn))
                    .reportedOnTimeRate(reportedOnTimeRate == null ? null : new ReportedRate(reportedOnTimeRate))
                    .statement(statement).sourceNote(sourceNote)
                    .build();
        }
    }

    public Period period() {
        return Period.of(periodFrom, periodTo);
    }
}
