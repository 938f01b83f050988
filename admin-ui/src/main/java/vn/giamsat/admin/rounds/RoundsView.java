package vn.giamsat.admin.rounds;

import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
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
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import vn.giamsat.admin.i18n.Languages;
import vn.giamsat.admin.rounds.detail.RoundDetailView;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.application.port.in.RoundQueries;
import vn.giamsat.application.port.in.RoundSummary;

/**
 * The list of supervision rounds (cuộc giám sát) in the order the use case gives (newest resolution first),
 * sortable by every column and narrowed by a text filter. The list is read again on every visit.
 */
@PermitAll
@Route(value = "", layout = MainLayout.class)
public class RoundsView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RoundQueries rounds;
    private final H2 title = new H2();
    private final TextField filter = new TextField();
    private final Grid<RoundSummary> grid = new Grid<>(RoundSummary.class, false);
    private final GridListDataView<RoundSummary> rows;
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

    public RoundsView(RoundQueries rounds, AuthenticationContext authentication) {
        this.rounds = rounds;
        setSizeFull();

        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setWidth("min(100%, 36rem)");
        filter.addValueChangeListener(e -> applyFilter());

        resolution = grid.addColumn(r -> getTranslation("rounds.resolution.value", r.resolutionNumber(),
                        DATE.format(r.resolutionDate())))
                .setComparator(Comparator.comparing(RoundSummary::resolutionDate)
                        .thenComparing(RoundSummary::resolutionNumber))
                .setWidth("9.5rem").setFlexGrow(0);
        subject = grid.addColumn(RoundSummary::subject).setComparator(RoundSummary::subject)
                .setWidth("13rem").setFlexGrow(3);
        council = grid.addColumn(RoundSummary::issuingCouncil).setComparator(RoundSummary::issuingCouncil)
                .setWidth("9rem").setFlexGrow(1);
        period = grid.addColumn(r -> r.period().toVietnamese()).setComparator(RoundSummary::period)
                .setWidth("8.5rem").setFlexGrow(0);
        status = grid.addColumn(this::statusLabel).setComparator(r -> r.status().ordinal())
                .setWidth("8.5rem").setFlexGrow(0);
        units = count(RoundSummary::unitCount);
        findings = count(RoundSummary::findingCount);
        recommendations = count(RoundSummary::recommendationCount);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        rows = grid.setItems(new java.util.ArrayList<>());

        open = grid.addComponentColumn(r -> {
                    RouterLink link = new RouterLink(getTranslation("rounds.open"), RoundDetailView.class, r.id().toString());
                    link.getElement().setAttribute("aria-label", getTranslation("rounds.open.label", r.resolutionNumber()));
                    return link;
                }).setComparator(RoundSummary::resolutionDate).setWidth("6rem").setFlexGrow(0);
        // Enter or a click on a row opens the round, as the link in its last cell does.
        grid.addItemClickListener(e -> openRound(e.getItem()));
        newRound.addThemeVariants(ButtonVariant.PRIMARY);
        newRound.setId("new-round");
        newRound.setVisible(authentication.hasRole("COUNCIL_STAFF")); // as NewRoundView's @RolesAllowed says
        newRound.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NewRoundView.class)));
        HorizontalLayout bar = new HorizontalLayout(filter, newRound);
        bar.setWidthFull();
        bar.setWrap(true);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);

        add(title, bar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<RoundSummary> listed = rounds.listRounds();
        rows.removeItems(rows.getItems().toList());
        rows.addItems(listed);
        applyFilter();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        title.setText(getTranslation("rounds.title"));
        filter.setPlaceholder(getTranslation("rounds.filter.placeholder"));
        filter.setAriaLabel(getTranslation("rounds.filter.label"));
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

    private Grid.Column<RoundSummary> count(ToIntFunction<RoundSummary> value) {
        return grid.addColumn(value::applyAsInt).setComparator(Comparator.comparingInt(value))
                .setTextAlign(ColumnTextAlign.END).setWidth("6.25rem").setFlexGrow(0);
    }

    private String statusLabel(RoundSummary round) {
        return Languages.isEnglish(getLocale()) ? round.status().english() : round.status().vietnamese();
    }

    private void openRound(RoundSummary round) {
        getUI().ifPresent(ui -> ui.navigate(RoundDetailView.class, round.id().toString()));
    }

    private void applyFilter() {
        String typed = filter.getValue().strip();
        RoundFilter match = new RoundFilter(typed, this::statusLabel);
        rows.setFilter(match::test);
        grid.setEmptyStateText(match.isEmpty()
                ? getTranslation("rounds.empty")
                : getTranslation("rounds.empty.filtered", typed));
    }
}
