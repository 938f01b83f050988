package vn.giamsat.admin.imports.comparison;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.giamsat.admin.imports.DossierImportView;
import vn.giamsat.admin.ui.GridPages;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.admin.ui.Today;
import vn.giamsat.application.dossier.port.in.FormII06aExport;
import vn.giamsat.application.dossier.port.in.ComparedFigure;
import vn.giamsat.application.dossier.port.in.ComputedFiguresQueries;
import vn.giamsat.application.figures.port.in.RecordFiguresUseCase;
import vn.giamsat.application.round.model.RoundDetails;
import vn.giamsat.application.round.port.in.RoundQueries;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.application.procedure.port.in.ProcedureCatalogQueries;
import vn.giamsat.application.round.port.in.RoundContextQueries;
import vn.giamsat.application.unit.port.in.UnitCatalogQueries;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.common.ReportPeriod;
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
 * The view only composes: {@link ComparisonPresenter} holds what is shown, {@link ComparisonCells} draws the cells.
 */
@RolesAllowed({"COUNCIL_STAFF", "DELEGATION_HEAD", "DELEGATION_MEMBER", "PROVINCIAL_OFFICIAL", "UNIT_OFFICER", "ADMIN"})
@Route(value = FiguresComparisonView.ROUTE, layout = MainLayout.class)
public class FiguresComparisonView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {
    public static final String ROUTE = "doi-chieu-so-lieu";
    static final String UNIT = "don-vi";
    static final String FROM = "tu";
    static final String TO = "den";
    /** The round whose page opened the comparison: its staff may record the computed figures in it. */
    static final String ROUND = "cuoc";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ComparisonPresenter presenter;
    private final ComparisonCells cells = new ComparisonCells(this::getTranslation);
    private final ProcedureCatalogQueries procedures;
    private final boolean mayImport;

    private final H2 title = new H2();
    private final Paragraph help = new Paragraph();
    final ComboBox<UnitListing> unit = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Select<QuickPeriod> quick = new Select<>();
    final Select<ReportPeriod.Basis> basis = new Select<>();
    private final Paragraph basisNote = new Paragraph();
    private final Anchor form = new Anchor();
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

    private final FormII06aExport formII06a;
    private final TakeComputedFigures take;

    /** True while the quick choice writes both dates, so that the page reads the figures once, not twice. */
    private boolean settingPeriod;

    public FiguresComparisonView(ComputedFiguresQueries comparisons, UnitCatalogQueries units, RoundContextQueries admin,
                                 ProcedureCatalogQueries procedures, FormII06aExport formII06a, Today today,
                                 AuthenticationContext authentication, RoundQueries rounds,
                                 RecordFiguresUseCase recordFigures) {
        this.presenter = new ComparisonPresenter(comparisons, units, admin, today);
        this.procedures = procedures;
        this.formII06a = formII06a;
        this.mayImport = authentication.hasAnyRole("COUNCIL_STAFF", "ADMIN");
        // The council's staff record figures in a round (as with the round's figures form); the use case checks
        // the jurisdiction of every unit again when they do.
        this.take = new TakeComputedFigures(rounds, recordFigures, admin, authentication.hasAnyRole("COUNCIL_STAFF"),
                this::refresh);
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
        // Calendar periods first (decision 028): self-reports are matched to exactly the same days, and those
        // recorded so far are by calendar period; the data cut-off of the periodic reports is one choice away.
        basis.setId("comparison-basis");
        basis.setItems(ReportPeriod.Basis.values());
        basis.setValue(ReportPeriod.Basis.CALENDAR);
        basis.setItemLabelGenerator(this::basisLabel);
        basis.setWidth("16rem");
        basis.addValueChangeListener(e -> basisChanged(e.getValue()));
        quick.setId("comparison-quick");
        quick.setItems(presenter.quickChoices(ReportPeriod.Basis.CALENDAR));
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
        HorizontalLayout filters = new HorizontalLayout(unit, basis, quick, from, to);
        filters.setWrap(true);
        filters.setWidthFull();
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        basisNote.setId("comparison-basis-note");
        form.setId("comparison-form");
        form.setDownload(true);
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
        HorizontalLayout tools = new HorizontalLayout(summary, onlyDifferences, csv, form);
        tools.setWrap(true);
        tools.setWidthFull();
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);

        unitColumn = grid.addColumn(ComparisonRow::label).setComparator(ComparisonPresenter.BY_UNIT)
                .setWidth("11rem").setFlexGrow(0).setFrozen(true);
        differenceColumn = grid.addComponentColumn(cells::difference)
                .setComparator(ComparisonPresenter.BY_DIFFERENCES).setWidth("9rem").setFlexGrow(0);
        for (ComparedFigure f : ComparedFigure.values()) {
            figureColumns.add(grid.addComponentColumn(r -> cells.figure(r, f)).setKey(f.name())
                    .setComparator(ComparisonPresenter.byFigure(f))
                    .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(1));
        }
        rateColumn = grid.addComponentColumn(cells::rate).setTextAlign(ColumnTextAlign.END)
                .setComparator(ComparisonPresenter.BY_RATE).setWidth("8rem").setFlexGrow(1);
        detailColumn = grid.addComponentColumn(r -> cells.detail(r, this::openBreakdown)).setWidth("7rem").setFlexGrow(0);
        grid.setId("comparison-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        grid.setMinHeight("16rem");
        grid.setItems(new ListDataProvider<>(new ArrayList<>()));

        add(title, help, filters, basisNote, months, status, importLink, tools, take, grid);
    }

    /** Query parameters that open the comparison for a unit and a period. */
    public static QueryParameters parameters(UnitId unit, Period period) {
        return QueryParameters.simple(Map.of(UNIT, unit.toString(), FROM, period.from().toString(),
                TO, period.to().toString()));
    }

    /** The same for a round's page: the round's staff may then record the computed figures in it. */
    public static QueryParameters parameters(RoundId round, UnitId unit, Period period) {
        return QueryParameters.simple(Map.of(ROUND, round.toString(), UNIT, unit.toString(),
                FROM, period.from().toString(), TO, period.to().toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        take.forRound(q.getSingleParameter(ROUND).orElse(null));
        Optional<LocalDate> askedFrom = ComparisonPresenter.date(q.getSingleParameter(FROM));
        Optional<LocalDate> askedTo = ComparisonPresenter.date(q.getSingleParameter(TO));
        settingPeriod = true;
        if (askedFrom.isPresent() && askedTo.isPresent()) {
            from.setValue(askedFrom.get());
            to.setValue(askedTo.get());
            showBasisOf(period());
        } else {
            Period lastYear = presenter.lastFullYear();
            from.setValue(lastYear.from());
            to.setValue(lastYear.to());
        }
        matchQuickChoice();
        Optional<String> askedUnit = q.getSingleParameter(UNIT);
        unit.setValue(askedUnit.isPresent() ? presenter.readableUnit(askedUnit.get()).orElse(null)
                : presenter.defaultRoot(period()).orElse(null));
        settingPeriod = false;
        if (askedUnit.isPresent() && unit.isEmpty()) {
            showOnly(getTranslation("comparison.unit.not-readable"));
            return;
        }
        refresh();
    }

    /** The basis of a report period of exactly these days, and its quick choices; calendar otherwise. */
    private void showBasisOf(Optional<Period> p) {
        ReportPeriod.Basis b = p.flatMap(QuickPeriod::matching).map(QuickPeriod::basis)
                .orElse(ReportPeriod.Basis.CALENDAR);
        if (b != basis.getValue()) {
            basis.setValue(b);
        }
    }

    /** Another basis: the same year, quarter or month counted that way, or the same dates when none was chosen. */
    private void basisChanged(ReportPeriod.Basis b) {
        if (b == null) {
            return;
        }
        boolean was = settingPeriod;
        settingPeriod = true;
        // The quick list holds recent periods only: an older report period (a link's) moves as well.
        QuickPeriod chosen = Optional.ofNullable(quick.getValue()).or(() -> period().flatMap(QuickPeriod::matching))
                .orElse(null);
        quick.setItems(presenter.quickChoices(b));
        if (chosen != null && chosen.basis() != b) {
            QuickPeriod moved = chosen.on(b);
            from.setValue(moved.period().from());
            to.setValue(moved.period().to());
        }
        matchQuickChoice();
        settingPeriod = was;
        if (!was) {
            refresh();
        }
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
        if (quick.isEmpty()) {
            // A report period on the other basis, typed or linked: show its basis and choose it.
            Optional<QuickPeriod> other = p.flatMap(QuickPeriod::matching)
                    .filter(q -> q.basis() != basis.getValue());
            if (other.isPresent()) {
                basis.setValue(other.get().basis());
                quick.setItems(presenter.quickChoices(other.get().basis()));
                quick.setValue(quick.getListDataView().getItems().filter(c -> c.period().equals(p.get()))
                        .findFirst().orElse(null));
            }
        }
        settingPeriod = was;
    }

    private Optional<Period> period() {
        return ComparisonPresenter.period(from.getValue(), to.getValue());
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
        try {
            presenter.load(unit.getValue().id(), period.get());
        } catch (DomainRuleViolation refused) {
            showOnly(Labels.of(refused.reason()));
            return;
        }
        showRows();
    }

    /** No table, only a sentence (a refusal, a missing choice). */
    private void showOnly(String message) {
        presenter.clear();
        basisNote.setVisible(false);
        status.setText(message);
        status.setVisible(true);
        importLink.setVisible(false);
        months.setVisible(false);
        setTableVisible(false);
        take.show(List.of(), null);
    }

    private void setTableVisible(boolean visible) {
        summary.setVisible(visible);
        onlyDifferences.setVisible(visible);
        csv.setVisible(visible);
        form.setVisible(visible);
        grid.setVisible(visible);
        grid.setItems(new ListDataProvider<>(new ArrayList<>(presenter.rows())));
        applyFilter();
    }

    private void showRows() {
        Period shown = presenter.shown().orElseThrow();
        boolean aligned = presenter.monthAligned();
        months.setVisible(!aligned);
        months.setText(aligned ? "" : getTranslation("comparison.months", shown.toVietnamese(),
                presenter.covered().toVietnamese()));
        basisNote.setText(basisNoteText(shown));
        basisNote.setVisible(true);
        ComparisonPresenter.Summary counts = presenter.summary();
        boolean noDossiers = counts.withDossiers() == 0;
        // No dossier imported at all: say so and lead to the import, above the units that reported anyway.
        status.setText(!noDossiers ? "" : getTranslation("comparison.empty", unit.getValue().displayName(),
                shown.toVietnamese()) + (mayImport ? "" : " " + getTranslation("comparison.empty.ask-office")));
        status.setVisible(noDossiers);
        importLink.setVisible(noDossiers && mayImport);
        if (presenter.rows().isEmpty()) {
            setTableVisible(false);
            take.show(List.of(), null);
            return;
        }
        summary.setText(getTranslation("comparison.summary", count(counts.withDossiers()),
                count(counts.withDifferences()), count(counts.withoutReport()))
                + (counts.withoutDossiers() == 0 ? ""
                        : " " + getTranslation("comparison.summary.no-dossiers", count(counts.withoutDossiers()))));
        ComparisonPresenter.Csv file = presenter.csv();
        csv.setHref((DownloadHandler) event -> {
            event.setFileName(ComparisonCsv.FILE_NAME);
            event.setContentType("text/csv; charset=UTF-8");
            file.writeTo(event.getOutputStream());
        });
        String periodText = presenter.reportPeriodShown().map(this::quickLabel).map(l -> l + " (" + shown.toVietnamese()
                + ")").orElse(shown.toVietnamese());
        ComparisonPresenter.Csv workbook = presenter.formII06a(formII06a, unit.getValue().displayName(), periodText);
        form.setHref((DownloadHandler) event -> {
            event.setFileName("bieu-II.06a.xlsx");
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            workbook.writeTo(event.getOutputStream());
        });
        setTableVisible(true);
        take.show(presenter.rows(), shown);
        grid.sort(List.of(new GridSortOrder<>(differenceColumn, SortDirection.DESCENDING)));
    }

    private String count(long n) {
        return NumberFormat.getIntegerInstance(Labels.locale()).format(n);
    }

    @SuppressWarnings("unchecked")
    private void applyFilter() {
        presenter.onlyDifferences(onlyDifferences.getValue());
        ListDataProvider<ComparisonRow> data = (ListDataProvider<ComparisonRow>) grid.getDataProvider();
        data.setFilter(presenter::keeps);
        grid.setEmptyStateText(getTranslation("comparison.filtered.empty"));
    }

    /** The rows the grid shows now, in its order (after the filter). */
    List<ComparisonRow> shownRows() {
        return grid.getGenericDataView().getItems().toList();
    }

    void openBreakdown(ComparisonRow r) {
        Period shown = presenter.shown().orElseThrow();
        try {
            new ProcedureBreakdownDialog(r, shown, presenter.breakdown(r), procedures, presenter.lateByApology(r)).open();
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
            case HALF_YEAR -> getTranslation("comparison.quick.half-year", String.valueOf(p.number()), year);
            case NINE_MONTHS -> getTranslation("comparison.quick.nine-months", year);
        };
    }

    private String basisLabel(ReportPeriod.Basis b) {
        return getTranslation(b == ReportPeriod.Basis.DATA_CUT_OFF ? "comparison.basis.cut-off"
                : "comparison.basis.calendar");
    }

    /** Which basis the figures are for, over which days, and on which day open dossiers are judged. */
    private String basisNoteText(Period shown) {
        String days = shown.toVietnamese();
        String end = DATE.format(shown.to());
        return presenter.reportPeriodShown()
                .map(q -> getTranslation(q.basis() == ReportPeriod.Basis.DATA_CUT_OFF ? "comparison.basis.note.cut-off"
                        : "comparison.basis.note.calendar", quickLabel(q), days, end))
                .orElseGet(() -> getTranslation("comparison.basis.note.custom", days, end));
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
        basis.setLabel(getTranslation("comparison.basis"));
        basis.setItemLabelGenerator(this::basisLabel);
        form.setText(getTranslation("comparison.form"));
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
        if (presenter.shown().isPresent()) {
            showRows();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("comparison.title") + " · " + getTranslation("app.title");
    }
}
