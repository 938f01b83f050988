package vn.giamsat.admin.imports.comparison;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.giamsat.admin.imports.DossierImportView;
import vn.giamsat.admin.ui.GridPages;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.application.round.port.in.RoundContextQueries;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.application.figures.model.FiguresText;
import vn.giamsat.application.dossier.port.in.ComputedFiguresQueries;
import vn.giamsat.application.dossier.port.in.FiguresComparison;
import vn.giamsat.application.common.PageRequest;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogQueries;
import vn.giamsat.application.unit.port.in.UnitCatalogQueries;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.figures.Count;
import vn.giamsat.domain.figures.Rate;
import vn.giamsat.domain.unit.UnitId;
import vn.giamsat.application.unit.model.UnitListing;
import vn.giamsat.application.unit.model.UnitSearch;
import vn.giamsat.application.unit.model.UnitSort;

/**
 * Figures computed from the imported dossiers beside the figures each unit reported for the same period (đối chiếu
 * số liệu), one row per unit under the chosen one: a supervision delegation's first question. A differing figure is
 * marked with "≠", the difference and an icon, not by colour alone; a figure the unit did not report reads "chưa báo
 * cáo". A unit that reported but has no imported dossier is listed too, its computed side reading "không có hồ sơ"
 * (never 0), among the units that need attention. {@code ?don-vi=&tu=&den=} opens it for a unit and period, as the round page's link does.
 */
@RolesAllowed({"COUNCIL_STAFF", "DELEGATION_HEAD", "DELEGATION_MEMBER", "PROVINCIAL_OFFICIAL", "UNIT_OFFICER", "ADMIN"})
@Route(value = FiguresComparisonView.ROUTE, layout = MainLayout.class)
public class FiguresComparisonView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {
    public static final String ROUTE = "doi-chieu-so-lieu";
    static final String UNIT = "don-vi";
    static final String FROM = "tu";
    static final String TO = "den";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ComputedFiguresQueries comparisons;
    private final UnitCatalogQueries units;
    private final RoundContextQueries admin;
    private final ProcedureCatalogQueries procedures;
    private final boolean mayImport;

    private final H2 title = new H2();
    private final Paragraph help = new Paragraph();
    final ComboBox<UnitListing> unit = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<QuickPeriod> quick = new Select<>();
    private final Paragraph months = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final RouterLink importLink = new RouterLink();
    private final Span summary = new Span();
    final Checkbox onlyDifferences = new Checkbox();
    private final Anchor csv = new Anchor();
    final Grid<ComparisonRow> grid = new Grid<>();
    private final Grid.Column<ComparisonRow> unitColumn;
    private final Grid.Column<ComparisonRow> differenceColumn;
    private final List<Grid.Column<ComparisonRow>> figureColumns = new ArrayList<>();
    private final Grid.Column<ComparisonRow> rateColumn;
    private final Grid.Column<ComparisonRow> detailColumn;

    private List<ComparisonRow> rows = List.of();
    private Period shown;
    /** True while the quick choice writes both dates, so that the page reads the figures once, not twice. */
    private boolean settingPeriod;

    public FiguresComparisonView(ComputedFiguresQueries comparisons, UnitCatalogQueries units, RoundContextQueries admin,
                                 ProcedureCatalogQueries procedures, AuthenticationContext authentication) {
        this.comparisons = comparisons;
        this.units = units;
        this.admin = admin;
        this.procedures = procedures;
        this.mayImport = authentication.hasAnyRole("COUNCIL_STAFF", "ADMIN");
        setSizeFull();
        addClassName("comparison-view");

        // The catalogue offers only the units this user may read (a commune officer: their own commune).
        unit.setId("comparison-unit");
        unit.setItems(q -> units.find(new UnitSearch(q.getFilter().orElse(""), null, null, null),
                        GridPages.of(q, UnitSort.class)).stream(),
                q -> GridPages.count(units.count(new UnitSearch(q.getFilter().orElse(""), null, null, null))));
        unit.setItemLabelGenerator(u -> u.displayName() + " (" + u.code() + ")");
        unit.setWidth("min(100%, 22rem)");
        unit.setRequired(true);
        Locale vi = Locale.of("vi", "VN");
        from.setId("comparison-from");
        from.setLocale(vi);
        from.setRequired(true);
        from.setWidth("10rem");
        to.setId("comparison-to");
        to.setLocale(vi);
        to.setRequired(true);
        to.setWidth("10rem");
        quick.setId("comparison-quick");
        quick.setItems(QuickPeriod.upTo(LocalDate.now(VIETNAM)));
        quick.setItemLabelGenerator(this::quickLabel);
        quick.setWidth("11rem");
        unit.addValueChangeListener(e -> {
            if (!settingPeriod) {
                refresh();
            }
        });
        from.addValueChangeListener(e -> datesChanged());
        to.addValueChangeListener(e -> datesChanged());
        quick.addValueChangeListener(e -> {
            if (e.getValue() != null && !settingPeriod) {
                settingPeriod = true;
                from.setValue(e.getValue().period().from());
                to.setValue(e.getValue().period().to());
                settingPeriod = false;
                refresh();
            }
        });
        HorizontalLayout filters = new HorizontalLayout(unit, from, to, quick);
        filters.setWrap(true);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        months.setId("comparison-months");
        months.addClassName("comparison-months");
        status.setId("comparison-status");
        importLink.setId("comparison-import-link");
        importLink.setRoute(DossierImportView.class);
        summary.setId("comparison-summary");
        onlyDifferences.setId("comparison-only-differences");
        onlyDifferences.addValueChangeListener(e -> applyFilter());
        csv.setId("comparison-csv");
        csv.setDownload(true);
        HorizontalLayout tools = new HorizontalLayout(summary, onlyDifferences, csv);
        tools.setWrap(true);
        tools.setWidthFull();
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);

        unitColumn = grid.addColumn(ComparisonRow::label).setComparator(Comparator.comparing(ComparisonRow::name))
                .setWidth("11rem").setFlexGrow(0).setFrozen(true);
        differenceColumn = grid.addComponentColumn(this::differenceCell)
                // Descending: units without imported dossiers, then the most differing ones.
                .setComparator(Comparator.comparing((ComparisonRow r) -> !r.hasImportedDossiers())
                        .thenComparingInt(ComparisonRow::differenceCount)
                        .thenComparing(ComparisonRow::hasSelfReport))
                .setWidth("9rem").setFlexGrow(0);
        for (ComparedFigure f : ComparedFigure.values()) {
            figureColumns.add(grid.addComponentColumn(r -> figureCell(r, f)).setKey(f.name())
                    .setComparator(Comparator.comparing((ComparisonRow r) -> r.differs(f))
                            .thenComparing(r -> r.computed(f).map(Count::orNull).orElse(null),
                                    Comparator.nullsFirst(Comparator.naturalOrder())))
                    .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(1));
        }
        rateColumn = grid.addComponentColumn(this::rateCell).setTextAlign(ColumnTextAlign.END)
                .setComparator(Comparator.comparing(ComparisonRow::rateDiffers)).setWidth("8rem").setFlexGrow(1);
        detailColumn = grid.addComponentColumn(this::detailButton).setWidth("7rem").setFlexGrow(0);
        grid.setId("comparison-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setMinHeight("16rem");
        grid.setItems(new ListDataProvider<>(new ArrayList<>()));

        add(title, help, filters, months, status, importLink, tools, grid);
    }

    /** Query parameters that open the comparison for a unit and a period, as the round page does. */
    public static QueryParameters parameters(UnitId unit, Period period) {
        return QueryParameters.simple(Map.of(UNIT, unit.toString(), FROM, period.from().toString(),
                TO, period.to().toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        Optional<LocalDate> askedFrom = date(q.getSingleParameter(FROM));
        Optional<LocalDate> askedTo = date(q.getSingleParameter(TO));
        settingPeriod = true;
        if (askedFrom.isPresent() && askedTo.isPresent()) {
            from.setValue(askedFrom.get());
            to.setValue(askedTo.get());
        } else {
            // The last full year: what a year-end supervision asks about.
            Period lastYear = Period.year(LocalDate.now(VIETNAM).getYear() - 1);
            from.setValue(lastYear.from());
            to.setValue(lastYear.to());
        }
        matchQuickChoice();
        Optional<String> askedUnit = q.getSingleParameter(UNIT);
        unit.setValue(askedUnit.isPresent() ? readableUnit(askedUnit.get()).orElse(null) : defaultRoot().orElse(null));
        settingPeriod = false;
        if (askedUnit.isPresent() && unit.isEmpty()) {
            showOnly(getTranslation("comparison.unit.not-readable"));
            return;
        }
        refresh();
    }

    private static Optional<LocalDate> date(Optional<String> text) {
        try {
            return text.map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The unit of a link, if this user may read it; the catalogue answers only within the user's jurisdiction. */
    private Optional<UnitListing> readableUnit(String id) {
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
    private Optional<UnitListing> defaultRoot() {
        List<UnitListing> some = units.find(UnitSearch.everything(), PageRequest.first(50, UnitSort.CODE, true));
        Period period = period().orElse(null);
        Optional<UnitListing> current = some.stream()
                .filter(u -> period == null || (!u.validFrom().isAfter(period.to())
                        && (u.validTo() == null || u.validTo().isAfter(period.from()))))
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

    private void datesChanged() {
        if (!settingPeriod) {
            matchQuickChoice();
            refresh();
        }
    }

    /** Shows the quick choice that matches the dates typed, or none. */
    private void matchQuickChoice() {
        boolean was = settingPeriod;
        settingPeriod = true;
        Optional<Period> p = period();
        quick.setValue(p.flatMap(period -> quick.getListDataView().getItems()
                .filter(c -> c.period().equals(period)).findFirst()).orElse(null));
        settingPeriod = was;
    }

    private Optional<Period> period() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            return Optional.empty();
        }
        return Optional.of(Period.of(from.getValue(), to.getValue()));
    }

    /** Reads the comparison for the chosen unit and period again. */
    void refresh() {
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null) {
            from.setErrorMessage(getTranslation("comparison.from.required"));
            from.setInvalid(true);
        }
        if (to.getValue() == null) {
            to.setErrorMessage(getTranslation("comparison.to.required"));
            to.setInvalid(true);
        }
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("comparison.to.before-from", DATE.format(to.getValue()),
                    DATE.format(from.getValue())));
            to.setInvalid(true);
        }
        Optional<Period> period = period();
        if (period.isEmpty()) {
            showOnly(getTranslation("comparison.period.missing"));
            return;
        }
        if (unit.isEmpty()) {
            showOnly(getTranslation("comparison.unit.missing"));
            return;
        }
        List<FiguresComparison> compared;
        try {
            compared = comparisons.compareUnder(unit.getValue().id(), period.get());
        } catch (DomainRuleViolation refused) {
            showOnly(Labels.of(refused.reason()));
            return;
        }
        Map<UnitId, UnitOption> names = admin.units().stream()
                .collect(Collectors.toMap(UnitOption::id, Function.identity(), (a, b) -> a));
        rows = compared.stream()
                .map(c -> {
                    UnitOption u = names.get(c.unit());
                    return new ComparisonRow(u == null ? "" : u.code(), u == null ? c.unit().toString() : u.displayName(), c);
                })
                .sorted(Comparator.comparing(ComparisonRow::name).thenComparing(ComparisonRow::code))
                .toList();
        shown = period.get();
        showRows();
    }

    /** No table, only a sentence (a refusal, a missing choice). */
    private void showOnly(String message) {
        rows = List.of();
        shown = null;
        status.setText(message);
        status.setVisible(true);
        importLink.setVisible(false);
        months.setVisible(false);
        setTableVisible(false);
    }

    private void setTableVisible(boolean visible) {
        summary.setVisible(visible);
        onlyDifferences.setVisible(visible);
        csv.setVisible(visible);
        grid.setVisible(visible);
        grid.setItems(new ListDataProvider<>(new ArrayList<>(rows)));
        applyFilter();
    }

    private void showRows() {
        Period covered = QuickPeriod.wholeMonths(shown);
        boolean aligned = rows.isEmpty() ? covered.equals(shown) : rows.getFirst().comparison().monthAligned();
        months.setVisible(!aligned);
        months.setText(aligned ? "" : getTranslation("comparison.months", shown.toVietnamese(), covered.toVietnamese()));
        long withDossiers = rows.stream().filter(ComparisonRow::hasImportedDossiers).count();
        // No dossier imported at all: say so and lead to the import, above the units that reported anyway.
        status.setText(withDossiers > 0 ? "" : getTranslation("comparison.empty", unit.getValue().displayName(),
                shown.toVietnamese()) + (mayImport ? "" : " " + getTranslation("comparison.empty.ask-office")));
        status.setVisible(withDossiers == 0);
        importLink.setVisible(withDossiers == 0 && mayImport);
        if (rows.isEmpty()) {
            setTableVisible(false);
            return;
        }
        long withDifferences = rows.stream().filter(r -> r.differenceCount() > 0).count();
        long withoutReport = rows.stream().filter(r -> !r.hasSelfReport()).count();
        long withoutDossiers = rows.size() - withDossiers;
        summary.setText(getTranslation("comparison.summary", count(withDossiers), count(withDifferences),
                count(withoutReport))
                + (withoutDossiers == 0 ? "" : " " + getTranslation("comparison.summary.no-dossiers", count(withoutDossiers))));
        List<ComparisonRow> snapshot = rows;
        Period period = shown;
        csv.setHref((DownloadHandler) event -> {
            event.setFileName(ComparisonCsv.FILE_NAME);
            event.setContentType("text/csv; charset=UTF-8");
            ComparisonCsv.write(snapshot, period, event.getOutputStream());
        });
        setTableVisible(true);
        grid.sort(List.of(new GridSortOrder<>(differenceColumn, SortDirection.DESCENDING)));
    }

    private String count(long n) {
        return NumberFormat.getIntegerInstance(Labels.locale()).format(n);
    }

    @SuppressWarnings("unchecked")
    private void applyFilter() {
        ListDataProvider<ComparisonRow> data = (ListDataProvider<ComparisonRow>) grid.getDataProvider();
        data.setFilter(r -> !onlyDifferences.getValue() || r.needsAttention());
        grid.setEmptyStateText(getTranslation("comparison.filtered.empty"));
    }

    /** The rows the grid shows now, in its order (after the filter). */
    List<ComparisonRow> shownRows() {
        return grid.getGenericDataView().getItems().toList();
    }

    private Component differenceCell(ComparisonRow r) {
        Div cell = new Div();
        cell.addClassName("cmp-summary");
        if (!r.hasImportedDossiers()) {
            cell.add(VaadinIcon.WARNING.create(), new Span(getTranslation("comparison.no-dossiers")));
            cell.addClassNames("cmp-diff", "cmp-no-dossiers");
        } else if (!r.hasSelfReport()) {
            cell.add(new Span(getTranslation("comparison.no-report")));
            cell.addClassName("cmp-missing");
        } else if (r.differenceCount() == 0) {
            cell.add(VaadinIcon.CHECK.create(), new Span(getTranslation("comparison.agrees")));
        } else {
            cell.add(VaadinIcon.WARNING.create(), new Span(getTranslation("comparison.differences", r.differenceCount())));
            cell.addClassName("cmp-diff");
            List<String> which = new ArrayList<>(r.differingFigures().stream()
                    .map(f -> Labels.of(f.vietnamese(), f.english())).toList());
            if (r.rateDiffers()) {
                which.add(getTranslation("comparison.column.rate"));
            }
            cell.getElement().setAttribute("title", String.join(", ", which));
        }
        return cell;
    }

    /** Computed number, then the reported one; a difference adds "≠", the delta and an icon, and says so in words. */
    private Component figureCell(ComparisonRow r, ComparedFigure f) {
        NumberFormat n = NumberFormat.getIntegerInstance(Labels.locale());
        String figure = Labels.of(f.vietnamese(), f.english());
        Count reported = r.reported(f);
        if (!r.hasImportedDossiers()) {
            return noDossiersCell(figure, reported instanceof Count.Reported(long v) ? Optional.of(n.format(v))
                    : Optional.empty());
        }
        String computed = r.computed(f).orElseThrow() instanceof Count.Reported(long c) ? n.format(c)
                : getTranslation("comparison.not-reported");
        if (r.differs(f)) {
            String delta = ComparisonCsv.signed(r.delta(f)).replace("-", "−");
            String reportedText = n.format(reported.orNull());
            return cell("cmp-diff", computed, "≠ " + reportedText, delta,
                    getTranslation("comparison.cell.differs", figure, computed, reportedText, delta));
        }
        if (reported instanceof Count.Reported(long v)) {
            return cell("cmp-same", computed, "= " + n.format(v), null,
                    getTranslation("comparison.cell.same", figure, computed));
        }
        return cell("cmp-missing", computed, getTranslation("comparison.not-reported"), null,
                getTranslation("comparison.cell.not-reported", figure, computed));
    }

    /** The computed side of a unit without imported dossiers: "không có hồ sơ", never 0. */
    private Component noDossiersCell(String figure, Optional<String> reported) {
        return cell("cmp-no-dossiers", getTranslation("comparison.no-dossiers.short"),
                reported.orElse(getTranslation("comparison.not-reported")), null,
                reported.map(v -> getTranslation("comparison.cell.no-dossiers", figure, v))
                        .orElse(getTranslation("comparison.cell.no-dossiers.not-reported", figure)));
    }

    private Component rateCell(ComparisonRow r) {
        Optional<String> reported = r.reportedRate().map(this::rateText);
        if (!r.hasImportedDossiers()) {
            return noDossiersCell(getTranslation("comparison.column.rate"),
                    r.reportedRate().flatMap(ComparisonRow::percent).map(FiguresText::percent));
        }
        String computed = rateText(r.computedRate().orElseThrow());
        if (r.rateDiffers()) {
            return cell("cmp-diff", computed, "≠ " + reported.orElseThrow(), null,
                    getTranslation("comparison.cell.differs.rate", computed, reported.orElseThrow()));
        }
        if (reported.isPresent() && ComparisonRow.percent(r.reportedRate().orElseThrow()).isPresent()) {
            return cell("cmp-same", computed, "= " + reported.get(), null,
                    getTranslation("comparison.cell.same", getTranslation("comparison.column.rate"), computed));
        }
        return cell("cmp-missing", computed, getTranslation("comparison.not-reported"), null,
                getTranslation("comparison.cell.not-reported", getTranslation("comparison.column.rate"), computed));
    }

    private String rateText(Rate rate) {
        return ComparisonRow.percent(rate).map(FiguresText::percent).orElse(getTranslation("comparison.rate.none"));
    }

    /**
     * A cell read the same way by eye and by screen reader: the visible lines are hidden from assistive technology,
     * which reads one sentence instead ("Tổng tiếp nhận: tính từ hồ sơ 12, đơn vị báo cáo 10, chênh lệch +2").
     */
    private static Component cell(String kind, String computed, String reported, String delta, String sentence) {
        Div cell = new Div();
        cell.addClassNames("cmp-cell", kind);
        cell.getElement().setAttribute("title", sentence);
        Span seen = new Span();
        seen.getElement().setAttribute("aria-hidden", "true");
        Span top = new Span(computed);
        top.addClassName("cmp-computed");
        Span bottom = new Span(reported);
        bottom.addClassName("cmp-reported");
        seen.add(top, bottom);
        if (delta != null) {
            Span d = new Span(VaadinIcon.WARNING.create(), new Span("Δ " + delta));
            d.addClassName("cmp-delta");
            seen.add(d);
        }
        Span spoken = new Span(sentence);
        spoken.addClassName("sr-only");
        cell.add(seen, spoken);
        return cell;
    }

    private Component detailButton(ComparisonRow r) {
        if (!r.hasImportedDossiers()) {
            return new Span(); // nothing to split by procedure
        }
        Button open = new Button(getTranslation("comparison.detail"), e -> openBreakdown(r));
        open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        open.setAriaLabel(getTranslation("comparison.detail.label", r.label()));
        open.addClassName("comparison-detail");
        return open;
    }

    void openBreakdown(ComparisonRow r) {
        try {
            new ProcedureBreakdownDialog(r, shown, comparisons.computedByProcedureAndChannel(r.comparison().unit(), shown),
                    procedures).open();
        } catch (DomainRuleViolation refused) {
            showOnly(Labels.of(refused.reason()));
        }
    }

    private String quickLabel(QuickPeriod p) {
        String year = String.valueOf(p.year());
        return switch (p.kind()) {
            case YEAR -> getTranslation("comparison.quick.year", year);
            case QUARTER -> getTranslation("comparison.quick.quarter", String.valueOf(p.number()), year);
            case MONTH -> getTranslation("comparison.quick.month", String.valueOf(p.number()), year);
        };
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("comparison.title"));
        help.setText(getTranslation("comparison.help"));
        unit.setLabel(getTranslation("comparison.unit"));
        from.setLabel(getTranslation("comparison.from"));
        to.setLabel(getTranslation("comparison.to"));
        quick.setLabel(getTranslation("comparison.quick"));
        quick.setPlaceholder(getTranslation("comparison.quick.placeholder"));
        quick.setItemLabelGenerator(this::quickLabel);
        importLink.setText(getTranslation("comparison.empty.import"));
        onlyDifferences.setLabel(getTranslation("comparison.only-differences"));
        csv.setText(getTranslation("comparison.csv"));
        unitColumn.setHeader(getTranslation("comparison.column.unit"));
        differenceColumn.setHeader(getTranslation("comparison.column.differences"));
        for (int i = 0; i < figureColumns.size(); i++) {
            ComparedFigure f = ComparedFigure.values()[i];
            figureColumns.get(i).setHeader(Labels.of(f.vietnamese(), f.english()));
        }
        rateColumn.setHeader(getTranslation("comparison.column.rate"));
        detailColumn.setHeader(getTranslation("comparison.column.detail"));
        if (shown != null) {
            showRows();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("comparison.title") + " · " + getTranslation("app.title");
    }
}
