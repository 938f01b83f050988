package vn.giamsat.admin.rounds;

import vn.giamsat.admin.ui.ListExport;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.format.DateTimeFormatter;
import java.util.function.ToIntFunction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import vn.giamsat.admin.i18n.Languages;
import vn.giamsat.admin.rounds.detail.RoundDetailView;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.admin.ui.GridPages;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.application.round.port.in.RoundListingQueries;
import vn.giamsat.application.round.model.RoundSummary;
import vn.giamsat.domain.round.RoundStatus;
import vn.giamsat.application.round.model.RoundSearch;
import vn.giamsat.application.round.model.RoundSort;

/**
 * The list of supervision rounds (cuộc giám sát), newest resolution first, read from the database a page at a time
 * (docs/decisions/009): sorting and filtering (words of the number, subject or council, without diacritics; a
 * status) happen in the query, so the list stays quick however many rounds a province holds.
 */
@PermitAll
@Route(value = "", layout = MainLayout.class)
public class RoundsView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RoundListingQueries rounds;
    private final H2 title = new H2();
    private final TextField filter = new TextField();
    private final Select<RoundStatus> statusFilter = new Select<>();
    private final Grid<RoundSummary> grid = new Grid<>(RoundSummary.class, false);
    private final ListExport<RoundSummary> gridExport = new ListExport<>(grid, "cuoc-giam-sat");
    private final Grid.Column<RoundSummary> resolution;
    private final Grid.Column<RoundSummary> subject;
    private final Grid.Column<RoundSummary> council;
    private final Grid.Column<RoundSummary> period;
    private final Grid.Column<RoundSummary> status;
    private final Grid.Column<RoundSummary> units;
    private final Grid.Column<RoundSummary> findings;
    private final Grid.Column<RoundSummary> recommendations;
    private final Grid.Column<RoundSummary> open;
    private final Button newRound = new Button();

    public RoundsView(RoundListingQueries rounds, AuthenticationContext authentication) {
        this.rounds = rounds;
        setSizeFull();

        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("min(100%, 36rem)");
        filter.addValueChangeListener(e -> applyFilter());
        statusFilter.setId("round-status-filter");
        statusFilter.setItems(RoundStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setItemLabelGenerator(s -> s == null ? getTranslation("filter.all") : Labels.of(s.vietnamese(), s.english()));
        statusFilter.addValueChangeListener(e -> applyFilter());

        resolution = gridExport.column(r -> getTranslation("rounds.resolution.value", r.resolutionNumber(),
                        DATE.format(r.resolutionDate())))
                .setSortProperty(RoundSort.RESOLUTION.name()).setWidth("9rem").setFlexGrow(0);
        subject = gridExport.column(RoundSummary::subject).setSortProperty(RoundSort.SUBJECT.name())
                .setWidth("10.5rem").setFlexGrow(3);
        council = gridExport.column(RoundSummary::issuingCouncil).setSortProperty(RoundSort.COUNCIL.name())
                .setWidth("7.5rem").setFlexGrow(1);
        period = gridExport.column(r -> r.period().toVietnamese()).setSortProperty(RoundSort.PERIOD.name())
                .setWidth("8rem").setFlexGrow(0);
        status = gridExport.column(this::statusLabel).setSortProperty(RoundSort.STATUS.name())
                .setWidth("8rem").setFlexGrow(0);
        units = count(RoundSummary::unitCount, RoundSort.UNITS);
        findings = count(RoundSummary::findingCount, RoundSort.FINDINGS);
        recommendations = count(RoundSummary::recommendationCount, RoundSort.RECOMMENDATIONS);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        // Only the rows on screen are read; the count comes from the same filtered query.
        grid.setItems(q -> rounds.findRounds(search(), GridPages.of(q, RoundSort.class)).stream(),
                q -> GridPages.count(rounds.countRounds(search())));

        open = grid.addComponentColumn(r -> {
                    RouterLink link = new RouterLink(getTranslation("rounds.open"), RoundDetailView.class, r.id().toString());
                    link.getElement().setAttribute("aria-label", getTranslation("rounds.open.label", r.resolutionNumber()));
                    return link;
                }).setSortProperty(RoundSort.RESOLUTION.name()).setWidth("5rem").setFlexGrow(0);
        // Enter or a click on a row opens the round, as the link in its last cell does.
        grid.addItemClickListener(e -> openRound(e.getItem()));
        newRound.addThemeVariants(ButtonVariant.PRIMARY);
        newRound.setId("new-round");
        newRound.setVisible(authentication.hasRole("COUNCIL_STAFF")); // as NewRoundView's @RolesAllowed says
        newRound.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NewRoundView.class)));
        HorizontalLayout bar = new HorizontalLayout(filter, statusFilter, newRound, gridExport);
        bar.setWidthFull();
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(title, bar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Counted here too, so that a database that cannot answer shows the error page before the empty grid.
        rounds.countRounds(search());
        applyFilter(); // read again on every visit
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("rounds.title"));
        filter.setPlaceholder(getTranslation("rounds.filter.placeholder"));
        filter.setAriaLabel(getTranslation("rounds.filter.label"));
        statusFilter.setLabel(getTranslation("rounds.filter.status"));
        statusFilter.setItemLabelGenerator(statusFilter.getItemLabelGenerator());
        statusFilter.setEmptySelectionCaption(getTranslation("filter.all"));
        resolution.setHeader(getTranslation("rounds.column.resolution"));
        subject.setHeader(getTranslation("rounds.column.subject"));
        council.setHeader(getTranslation("rounds.column.council"));
        period.setHeader(getTranslation("rounds.column.period"));
        status.setHeader(getTranslation("rounds.column.status"));
        units.setHeader(getTranslation("rounds.column.units"));
        findings.setHeader(getTranslation("rounds.column.findings"));
        recommendations.setHeader(getTranslation("rounds.column.recommendations"));
        open.setHeader(getTranslation("rounds.column.open"));
        newRound.setText(getTranslation("rounds.new"));
        grid.getDataProvider().refreshAll(); // the links' text is worded per language
        applyFilter(); // status labels and the empty-state text are worded per language
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rounds.title") + " · " + getTranslation("app.title");
    }

    private Grid.Column<RoundSummary> count(ToIntFunction<RoundSummary> value, RoundSort sort) {
        // 6rem: the longest word of a header ("Đánh giá") beside the sort arrows; at 5rem it showed as "Đ…".
        return gridExport.column(value::applyAsInt).setSortProperty(sort.name())
                .setTextAlign(ColumnTextAlign.END).setWidth("6rem").setFlexGrow(0);
    }

    private String statusLabel(RoundSummary round) {
        return Languages.isEnglish(getLocale()) ? round.status().english() : round.status().vietnamese();
    }

    private void openRound(RoundSummary round) {
        getUI().ifPresent(ui -> ui.navigate(RoundDetailView.class, round.id().toString()));
    }

    private RoundSearch search() {
        return new RoundSearch(filter.getValue(), statusFilter.getValue());
    }

    private void applyFilter() {
        String typed = filter.getValue().strip();
        grid.getDataProvider().refreshAll();
        grid.setEmptyStateText(typed.isEmpty() && statusFilter.getValue() == null
                ? getTranslation("rounds.empty")
                : getTranslation("rounds.empty.filtered", typed.isEmpty() ? statusLabelOf(statusFilter.getValue()) : typed));
    }

    private String statusLabelOf(RoundStatus s) {
        return Languages.isEnglish(getLocale()) ? s.english() : s.vietnamese();
    }
}
