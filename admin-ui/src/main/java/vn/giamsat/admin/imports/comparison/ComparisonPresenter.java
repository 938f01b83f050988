package vn.giamsat.admin.imports.comparison;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.application.dossier.model.FormII06aSheet;
import vn.giamsat.application.dossier.port.in.FormII06aExport;
import vn.giamsat.admin.ui.Today;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.dossier.port.in.ComparedFigure;
import vn.giamsat.application.dossier.port.in.ComputedFiguresQueries;
import vn.giamsat.application.round.port.in.RoundContextQueries;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.application.unit.port.in.UnitCatalogQueries;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.model.UnitSearch;
import vn.giamsat.application.unit.model.UnitSort;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.ReportPeriod;
import vn.giamsat.domain.figures.FormII06aRow;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.HandlingFigures;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.domain.unit.Validity;

/**
 * What the comparison page shows, without Vaadin: the rows read for a unit and period, the "only differences" filter,
 * the orders its columns sort by, the summary's counts and the CSV. The view only puts this on the screen.
 */
final class ComparisonPresenter {
    /** Units without imported dossiers, then the most differing ones (the grid shows it descending). */
    static final Comparator<ComparisonRow> BY_DIFFERENCES = Comparator
            .comparing((ComparisonRow r) -> !r.hasImportedDossiers())
            .thenComparingInt(r -> r.comparison().differenceCount())
            .thenComparing(ComparisonRow::hasSelfReport);
    static final Comparator<ComparisonRow> BY_UNIT = Comparator.comparing(ComparisonRow::name);
    static final Comparator<ComparisonRow> BY_RATE = Comparator.comparing(r -> r.comparison().rateDiffers());

    /** Counts of the summary line above the table. */
    record Summary(long withDossiers, long withDifferences, long withoutReport, long withoutDossiers) {}

    /** The CSV of the rows as they were read, whatever the page shows by the time it is downloaded. */
    @FunctionalInterface
    interface Csv {
        void writeTo(OutputStream out) throws IOException;
    }

    private final ComputedFiguresQueries comparisons;
    private final UnitCatalogQueries units;
    private final RoundContextQueries admin;
    private final Today today;

    private List<ComparisonRow> rows = List.of();
    private Period shown;
    private boolean onlyDifferences;

    ComparisonPresenter(ComputedFiguresQueries comparisons, UnitCatalogQueries units, RoundContextQueries admin,
                        Today today) {
        this.comparisons = comparisons;
        this.units = units;
        this.admin = admin;
        this.today = today;
    }

    static Comparator<ComparisonRow> byFigure(ComparedFigure f) {
        return Comparator.comparing((ComparisonRow r) -> r.comparison().differs(f))
                .thenComparing(r -> r.comparison().computed(f).map(Count::orNull).orElse(null),
                        Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /** The years, quarters and months offered with one click, up to today. */
    List<QuickPeriod> quickChoices() {
        return QuickPeriod.upTo(today.date());
    }

    /** The same on one basis: calendar months or the data cut-off of the periodic reports. */
    List<QuickPeriod> quickChoices(ReportPeriod.Basis basis) {
        return QuickPeriod.upTo(today.date(), basis);
    }

    /** The report period the rows shown are for, on either basis; empty for dates of the user's own choice. */
    Optional<QuickPeriod> reportPeriodShown() {
        return shown().flatMap(QuickPeriod::matching);
    }

    /**
     * Form II.06a of the rows read (issue 16): a sheet of the figures computed from dossiers and one of the units'
     * self-reports, one row per unit, not-reported parts written as such.
     */
    Csv formII06a(FormII06aExport workbook, String reportingUnit, String periodText) {
        List<ComparisonRow> snapshot = rows;
        List<FormII06aSheet.Line> computed = snapshot.stream().filter(r -> r.comparison().computed().isPresent())
                .map(r -> new FormII06aSheet.Line(r.label(), FormII06aRow.of(r.comparison().computed().get())))
                .toList();
        List<FormII06aSheet.Line> reported = snapshot.stream()
                .filter(r -> r.comparison().selfReported().isPresent())
                .map(r -> new FormII06aSheet.Line(r.label(), FormII06aRow.of(r.comparison().selfReported().get())))
                .toList();
        return out -> workbook.write(List.of(
                new FormII06aSheet("Tính từ hồ sơ", "Số liệu tính từ hồ sơ đã nhập", reportingUnit, periodText,
                        computed),
                new FormII06aSheet("Đơn vị tự báo cáo", "Số liệu đơn vị tự báo cáo", reportingUnit, periodText,
                        reported)), out);
    }

    /** The last full year: what a year-end supervision asks about, and what the page opens on. */
    Period lastFullYear() {
        return Period.year(today.date().getYear() - 1);
    }

    /** Both dates, the second not before the first; otherwise no period. */
    static Optional<Period> period(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            return Optional.empty();
        }
        return Optional.of(Period.of(from, to));
    }

    /** A date of a link's query parameter; a malformed one counts as none. */
    static Optional<LocalDate> date(Optional<String> text) {
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The unit of a link, if this user may read it; the catalogue answers only within the user's jurisdiction. */
    Optional<UnitListing> readableUnit(String id) {
        UnitId wanted;
        try {
            wanted = UnitId.of(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return admin.units().stream().filter(u -> u.id().equals(wanted)).findFirst()
                .flatMap(u -> units.find(new UnitSearch(u.code(), null, null, null),
                                PageRequest.first(50, UnitSort.CODE, true)).stream()
                        .filter(l -> l.id().equals(wanted)).findFirst());
    }

    /**
     * The highest unit this user may read, preferring one that existed in the period: the user's jurisdiction root.
     * Found by walking up from a readable unit while its parent is readable too.
     */
    Optional<UnitListing> defaultRoot(Optional<Period> period) {
        List<UnitListing> some = units.find(UnitSearch.everything(), PageRequest.first(50, UnitSort.CODE, true));
        Optional<UnitListing> current = some.stream()
                .filter(u -> period.isEmpty() || new Validity(u.validFrom(), u.validTo()).overlaps(period.get()))
                .findFirst().or(() -> some.stream().findFirst());
        for (int depth = 0; depth < 10 && current.isPresent() && current.get().parent() != null; depth++) {
            Optional<UnitListing> parent = readableUnit(current.get().parent().id().toString());
            if (parent.isEmpty()) {
                break;
            }
            current = parent;
        }
        return current;
    }

    /**
     * Reads the comparison of every unit under {@code unit} for the period, ordered by name then code.
     *
     * @throws vn.giamsat.domain.common.DomainRuleViolation when the user may not read it (nothing changes then)
     */
    void load(UnitId unit, Period period) {
        var compared = comparisons.compareUnder(unit, period);
        Map<UnitId, UnitOption> names = admin.units().stream()
                .collect(Collectors.toMap(UnitOption::id, Function.identity(), (a, b) -> a));
        rows = compared.stream()
                .map(c -> {
                    UnitOption u = names.get(c.unit());
                    return new ComparisonRow(u == null ? "" : u.code(), u == null ? c.unit().toString() : u.displayName(), c);
                })
                .sorted(Comparator.comparing(ComparisonRow::name).thenComparing(ComparisonRow::code))
                .toList();
        shown = period;
    }

    /** Nothing shown (a refusal, a missing choice). */
    void clear() {
        rows = List.of();
        shown = null;
    }

    /** Every row read, ordered by name then code. */
    List<ComparisonRow> rows() {
        return rows;
    }

    /** The period of the rows read; empty when nothing is shown. */
    Optional<Period> shown() {
        return Optional.ofNullable(shown);
    }

    /** The whole months the computed figures cover. */
    Period covered() {
        return QuickPeriod.wholeMonths(shown);
    }

    /** False when the computed figures cover more than the period asked (whole months), which the page then says. */
    boolean monthAligned() {
        return rows.isEmpty() ? covered().equals(shown) : rows.getFirst().comparison().monthAligned();
    }

    Summary summary() {
        long withDossiers = rows.stream().filter(ComparisonRow::hasImportedDossiers).count();
        long withDifferences = rows.stream().filter(r -> r.comparison().differenceCount() > 0).count();
        long withoutReport = rows.stream().filter(r -> !r.hasSelfReport()).count();
        return new Summary(withDossiers, withDifferences, withoutReport, rows.size() - withDossiers);
    }

    void onlyDifferences(boolean only) {
        onlyDifferences = only;
    }

    /** Whether the "only differences" filter keeps the row: differing figures, or no imported dossier. */
    boolean keeps(ComparisonRow row) {
        return !onlyDifferences || row.comparison().needsAttention();
    }

    /** The rows as the page first shows them: filtered, units that need attention first. */
    List<ComparisonRow> shownRows() {
        return rows.stream().filter(this::keeps).sorted(BY_DIFFERENCES.reversed()).toList();
    }

    /** The CSV of every row read (the filter does not apply: a delegation's report wants all units). */
    Csv csv() {
        List<ComparisonRow> snapshot = rows;
        Period period = shown;
        return out -> ComparisonCsv.write(snapshot, period, out);
    }

    /** The row's computed figures split by procedure and channel, for the period shown. */
    List<HandlingFigures> breakdown(ComparisonRow row) {
        return comparisons.computedByProcedureAndChannel(row.comparison().unit(), shown);
    }

    /** The row's late dossiers with and without an apology slip, for the period shown (issue 16). */
    vn.giamsat.application.dossier.model.LateByApology lateByApology(ComparisonRow row) {
        return comparisons.lateByApology(row.comparison().unit(), shown);
    }
}
