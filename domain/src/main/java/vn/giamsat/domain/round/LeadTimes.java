package vn.giamsat.domain.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.giamsat.domain.common.Require;
import vn.giamsat.domain.unit.UnitId;

/**
 * The lead times before a visit under each supervision law (issue 19.1): how many days before the visit a unit
 * must have been notified (plan, outline of its report), and how many days before it the unit must send its report.
 * The law is the one in force on the round's date (the resolution's): Law 87/2015/QH13 before 1/3/2026, Law
 * 121/2025/QH15 from then on.
 */
public record LeadTimes(LeadTimeRule notice87, LeadTimeRule report87, LeadTimeRule notice121, LeadTimeRule report121) {
    public LeadTimes {
        Require.present(notice87, "thời hạn thông báo (Luật 87/2015/QH13)", "notice lead time under law eighty-seven");
        Require.present(report87, "thời hạn báo cáo (Luật 87/2015/QH13)", "report lead time under law eighty-seven");
        Require.present(notice121, "thời hạn thông báo (Luật 121/2025/QH15)", "notice lead time under law one hundred twenty-one");
        Require.present(report121, "thời hạn báo cáo (Luật 121/2025/QH15)", "report lead time under law one hundred twenty-one");
    }

    /** Notice lead time under the law in force on {@code roundDate}. */
    public LeadTimeRule noticeOn(LocalDate roundDate) {
        return lawOf(roundDate).equals(LegalBasis.LAW_87_2015) ? notice87 : notice121;
    }

    /** Report lead time under the law in force on {@code roundDate}. */
    public LeadTimeRule reportOn(LocalDate roundDate) {
        return lawOf(roundDate).equals(LegalBasis.LAW_87_2015) ? report87 : report121;
    }

    private static LegalBasis lawOf(LocalDate roundDate) {
        return LegalBasis.forResolutionOn(roundDate);
    }

    /** What the round page warns about: a unit with a dated visit that was not notified, or notified too late. */
    public record Warning(UnitId unit, LocalDate visit, Kind kind, LeadTimeRule rule, LocalDate notifiedOn) {
        public enum Kind { NOT_NOTIFIED, NOTIFIED_LATE }

        public Optional<LocalDate> notified() {
            return Optional.ofNullable(notifiedOn);
        }

        /** The last day the unit should have been notified. */
        public LocalDate notifyBy() {
            return visit.minusDays(rule.days());
        }
    }

    /** The day a unit's report is due: its first dated visit less the report lead time; empty without a date. */
    public Optional<LocalDate> reportDue(SupervisionRound round, UnitId unit) {
        return firstVisit(round, unit).map(v -> v.minusDays(reportOn(round.resolution().adoptedOn()).days()));
    }

    /** The warnings on a round's notices against its dated visits, in the order of the visits. */
    public List<Warning> check(SupervisionRound round) {
        LeadTimeRule rule = noticeOn(round.resolution().adoptedOn());
        List<Warning> warnings = new ArrayList<>();
        for (UnitId unit : round.scopeInOrder()) {
            Optional<LocalDate> visit = firstVisit(round, unit);
            if (visit.isEmpty()) {
                continue; // nothing to check a notice against
            }
            Optional<LocalDate> notified = round.sentDocuments().stream()
                    .filter(d -> d.kind() == RoundDocumentKind.UNIT_NOTICE && unit.equals(d.unit()))
                    .map(SentDocument::sentOn).min(Comparator.naturalOrder());
            LocalDate by = visit.get().minusDays(rule.days());
            if (notified.isEmpty()) {
                warnings.add(new Warning(unit, visit.get(), Warning.Kind.NOT_NOTIFIED, rule, null));
            } else if (notified.get().isAfter(by)) {
                warnings.add(new Warning(unit, visit.get(), Warning.Kind.NOTIFIED_LATE, rule, notified.get()));
            }
        }
        warnings.sort(Comparator.comparing(Warning::visit));
        return warnings;
    }

    private static Optional<LocalDate> firstVisit(SupervisionRound round, UnitId unit) {
        return round.visits().stream().filter(v -> v.unit().equals(unit)).map(Visit::date)
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder());
    }
}
