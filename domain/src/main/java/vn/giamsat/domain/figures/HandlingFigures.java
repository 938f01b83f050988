package vn.giamsat.domain.figures;

import vn.giamsat.domain.unit.UnitReasons;
import java.util.List;
import java.util.Optional;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.Reason;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.procedure.ProcedureCode;
import vn.giamsat.domain.unit.UnitId;

/**
 * Dossier handling figures (số liệu giải quyết hồ sơ) of one unit for one period, optionally for one
 * procedure and one intake channel, as in form II.06a of Circular 01/2020/TT-VPCP.
 *
 * <p>Each count is either reported or not; {@code withinDeadline} holds "early and on time together" when a
 * report gives only that sum (as "giải quyết đúng hạn 14.811 hồ sơ" does). A unit that reports only a rate
 * has {@code reportedOnTimeRate}; one that reports only words has {@code statement}. The invariants of
 * {@link FiguresConsistencyPolicy} hold for every instance: the constructor refuses figures that break one.
 *
 * @param received      all dossiers to handle in the period (tổng số tiếp nhận), carried-over ones included
 * @param carriedOver   part of {@code received} carried over from the previous period (kỳ trước chuyển qua)
 * @param sourceNote    where the figures were read, e.g. "Báo cáo giám sát, Nghị quyết 21/NQ-HĐND"
 * @param resultsDigitized of the resolved dossiers, those whose result was digitized (indicator 5a of the Decision
 *                      766 index, issue 18, decision 052). Counted only from dossier records whose export carries
 *                      {@code so_hoa_ket_qua}, and only when every resolved dossier's row says: otherwise not
 *                      reported. No report form asks for it, so self-reported figures never carry it.
 */
public record HandlingFigures(
        UnitId unit,
        Period period,
        ProcedureCode procedure,
        Channel channel,
        FiguresSource source,
        Count received,
        Count carriedOver,
        Count receivedOnline,
        Count receivedPostal,
        Count resolved,
        Count early,
        Count onTime,
        Count withinDeadline,
        Count late,
        Count inProgressWithinDeadline,
        Count inProgressOverdue,
        Count withdrawn,
        ReportedRate reportedOnTimeRate,
        String statement,
        String sourceNote,
        Count resultsDigitized) {

    /** Figures without the count of digitized results (every source but dossier records). */
    public HandlingFigures(UnitId unit, Period period, ProcedureCode procedure, Channel channel, FiguresSource source,
                           Count received, Count carriedOver, Count receivedOnline, Count receivedPostal,
                           Count resolved, Count early, Count onTime, Count withinDeadline, Count late,
                           Count inProgressWithinDeadline, Count inProgressOverdue, Count withdrawn,
                           ReportedRate reportedOnTimeRate, String statement, String sourceNote) {
        this(unit, period, procedure, channel, source, received, carriedOver, receivedOnline, receivedPostal, resolved,
                early, onTime, withinDeadline, late, inProgressWithinDeadline, inProgressOverdue, withdrawn,
                reportedOnTimeRate, statement, sourceNote, Count.notReported());
    }

    public HandlingFigures {
        Require.present(unit, UnitReasons.UNIT);
        Require.present(period, "kỳ số liệu", "period");
        Require.present(source, "nguồn số liệu", "source");
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
        resultsDigitized = orNotReported(resultsDigitized);
        statement = blankToNull(statement);
        sourceNote = blankToNull(sourceNote);
        if (statement != null && statement.length() > 4000) {
            throw new DomainRuleViolation(Reason.of("too-long.statement",
                    "Nhận xét dài quá 4000 ký tự.", "The statement is longer than 4000 characters."));
        }
        List<Reason> violations = FiguresConsistencyPolicy.violations(new FiguresConsistencyPolicy.Parts(
                received, carriedOver, receivedOnline, receivedPostal, resolved, early, onTime, withinDeadline, late,
                inProgressWithinDeadline, inProgressOverdue, withdrawn));
        if (resultsDigitized.isReported()) {
            // A share of the resolved dossiers: without their number it is no share, and it cannot exceed it.
            Count resolvedTotal = resolved.or(withinDeadline.or(early.plus(onTime)).plus(late));
            if (!resolvedTotal.isReported() || resultsDigitized.orNull() > resolvedTotal.orNull()) {
                violations = new java.util.ArrayList<>(violations);
                violations.add(Reason.of("figures.results-digitized",
                        "Số hồ sơ có kết quả được số hóa (" + resultsDigitized + ") không được vượt số đã giải quyết ("
                                + resolvedTotal + ").",
                        "Results digitized (" + resultsDigitized + ") cannot exceed the dossiers resolved ("
                                + resolvedTotal + ")."));
            }
        }
        if (!violations.isEmpty()) {
            throw new FiguresInconsistent(violations);
        }
    }

    public static Builder builder(UnitId unit, Period period, FiguresSource source) {
        return new Builder(unit, period, source);
    }

    /** Resolved total: as reported, or the sum of its parts when every part is reported. */
    public Count resolvedTotal() {
        return resolved.or(withinDeadlineTotal().plus(late));
    }

    /** Early plus on time: as reported together, or the sum of both when both are reported. */
    public Count withinDeadlineTotal() {
        return withinDeadline.or(early.plus(onTime));
    }

    /** In progress: within plus past deadline, when both are reported. */
    public Count inProgressTotal() {
        return inProgressWithinDeadline.plus(inProgressOverdue);
    }

    public Optional<ReportedRate> reportedRate() {
        return Optional.ofNullable(reportedOnTimeRate);
    }

    public Optional<String> statementText() {
        return Optional.ofNullable(statement);
    }

    /** True when nothing but words or a rate was reported. */
    public boolean hasNoCounts() {
        return List.of(received, carriedOver, receivedOnline, receivedPostal, resolved, early, onTime, withinDeadline,
                late, inProgressWithinDeadline, inProgressOverdue, withdrawn).stream().noneMatch(Count::isReported);
    }

    private static Count orNotReported(Count c) {
        return c == null ? Count.notReported() : c;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Collects counts by name; {@link #build()} refuses figures that break an invariant. */
    public static final class Builder {
        private final UnitId unit;
        private final Period period;
        private final FiguresSource source;
        private ProcedureCode procedure;
        private Channel channel;
        private Count received, carriedOver, receivedOnline, receivedPostal, resolved, early, onTime, withinDeadline,
                late, inProgressWithinDeadline, inProgressOverdue, withdrawn;
        private ReportedRate reportedOnTimeRate;
        private String statement;
        private String sourceNote;
        private Count resultsDigitized;

        private Builder(UnitId unit, Period period, FiguresSource source) {
            this.unit = unit;
            this.period = period;
            this.source = source;
        }

        public Builder procedure(ProcedureCode v) { procedure = v; return this; }
        public Builder channel(Channel v) { channel = v; return this; }
        public Builder received(long v) { received = Count.of(v); return this; }
        public Builder received(Count v) { received = v; return this; }
        public Builder carriedOver(Count v) { carriedOver = v; return this; }
        public Builder receivedOnline(long v) { receivedOnline = Count.of(v); return this; }
        public Builder receivedOnline(Count v) { receivedOnline = v; return this; }
        public Builder receivedPostal(Count v) { receivedPostal = v; return this; }
        public Builder resolved(Count v) { resolved = v; return this; }
        public Builder early(long v) { early = Count.of(v); return this; }
        public Builder early(Count v) { early = v; return this; }
        public Builder onTime(long v) { onTime = Count.of(v); return this; }
        public Builder onTime(Count v) { onTime = v; return this; }
        public Builder withinDeadline(long v) { withinDeadline = Count.of(v); return this; }
        public Builder withinDeadline(Count v) { withinDeadline = v; return this; }
        public Builder late(long v) { late = Count.of(v); return this; }
        public Builder late(Count v) { late = v; return this; }
        public Builder inProgressWithinDeadline(Count v) { inProgressWithinDeadline = v; return this; }
        public Builder inProgressOverdue(Count v) { inProgressOverdue = v; return this; }
        public Builder withdrawn(Count v) { withdrawn = v; return this; }
        public Builder reportedOnTimeRate(ReportedRate v) { reportedOnTimeRate = v; return this; }
        public Builder statement(String v) { statement = v; return this; }
        public Builder sourceNote(String v) { sourceNote = v; return this; }
        public Builder resultsDigitized(Count v) { resultsDigitized = v; return this; }

        public HandlingFigures build() {
            return new HandlingFigures(unit, period, procedure, channel, source, received, carriedOver,
                    receivedOnline, receivedPostal, resolved, early, onTime, withinDeadline, late,
                    inProgressWithinDeadline, inProgressOverdue, withdrawn, reportedOnTimeRate, statement, sourceNote,
                    resultsDigitized);
        }
    }
}
