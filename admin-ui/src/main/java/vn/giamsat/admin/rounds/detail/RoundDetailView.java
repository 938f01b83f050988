package vn.giamsat.admin.rounds.detail;

import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.time.format.DateTimeFormatter;
import vn.giamsat.admin.imports.comparison.FiguresComparisonView;
import vn.giamsat.admin.rounds.RoundsView;
import vn.giamsat.admin.ui.AccessibleTabSheet;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.MainLayout;
import vn.giamsat.application.common.NotFoundException;
import vn.giamsat.application.round.model.RoundDetails;
import vn.giamsat.domain.round.RoundId;

/**
 * One supervision round (/admin/cuoc-giam-sat/{id}): resolution and status, the lifecycle buttons, and tabs
 * for plan, figures, findings, recommendations, report and publication. After every action the page reads
 * the round again, so what it shows is what is stored.
 */
@PermitAll // what each user may see and do is checked by the use cases
@Route(value = "cuoc-giam-sat", layout = MainLayout.class)
public class RoundDetailView extends VerticalLayout implements HasUrlParameter<String>, LocaleChangeObserver,
        HasDynamicTitle {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final RoundServices services;
    private final vn.giamsat.application.round.port.in.RecordConclusionUseCase conclusions;
    private final vn.giamsat.application.round.port.in.RoundDocumentsUseCase documents;
    private final vn.giamsat.application.round.port.in.UnitReportsUseCase unitReports;
    private RoundId id;
    private RoundDetails round;
    private int selectedTab;
    private TabSheet tabs;

    public RoundDetailView(RoundServices services,
                           vn.giamsat.application.round.port.in.RecordConclusionUseCase conclusions,
                           vn.giamsat.application.round.port.in.RoundDocumentsUseCase documents,
                           vn.giamsat.application.round.port.in.UnitReportsUseCase unitReports) {
        this.services = services;
        this.conclusions = conclusions;
        this.documents = documents;
        this.unitReports = unitReports;
        setWidthFull();
        addClassName("round-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            id = RoundId.of(parameter);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("cuộc giám sát", "round", parameter);
        }
        selectedTab = 0;
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (id != null) {
            render();
        }
    }

    @Override
    public String getPageTitle() {
        String what = round == null ? getTranslation("round.title") : round.resolution().number().value();
        return what + " · " + getTranslation("app.title");
    }

    /** Reads the round again and rebuilds the page, keeping the open tab. */
    void render() {
        if (tabs != null) {
            selectedTab = tabs.getSelectedIndex();
        }
        round = services.rounds().round(id);
        RoundContext ctx = new RoundContext(round, services.admin().units(), services, this::render);
        removeAll();

        RouterLink back = new RouterLink(getTranslation("round.back"), RoundsView.class);
        H2 title = new H2(round.subject());
        title.addClassName("round-title");
        Span status = new Span(Labels.of(round.status().vietnamese(), round.status().english()));
        status.getElement().getThemeList().add("badge");
        status.addClassName("round-status");
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        Paragraph resolution = new Paragraph(getTranslation("round.resolution", round.resolution().number().value(),
                round.resolution().adoptedOn().format(DATE), round.resolution().issuingCouncil(),
                round.period().toVietnamese()));
        resolution.addClassName("round-resolution");
        Paragraph approval = new Paragraph(round.approval()
                .map(a -> getTranslation("round.approved", a.approvedBy(),
                        java.time.LocalDateTime.ofInstant(a.approvedAt(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                                .format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"))))
                .orElse(getTranslation("round.not-approved")));
        approval.addClassName("round-approval");
        // The round's council and period, compared with what the imported dossiers say (issue 7).
        RouterLink compare = new RouterLink(getTranslation("round.compare"), FiguresComparisonView.class);
        compare.setQueryParameters(FiguresComparisonView.parameters(round.id(), round.council(), round.period()));
        compare.setId("round-compare");

        tabs = new AccessibleTabSheet(); // its tab strip passes axe (issue 18 item 6)
        tabs.setWidthFull();
        tabs.add(getTranslation("round.tab.plan"), new PlanSection(ctx));
        tabs.add(getTranslation("round.tab.figures"), new FiguresSection(ctx));
        tabs.add(getTranslation("round.tab.findings"), new FindingsSection(ctx));
        tabs.add(getTranslation("round.tab.recommendations"), new RecommendationsSection(ctx));
        tabs.add(getTranslation("round.tab.report"), orRefusal(() -> new ReportSection(ctx)));
        tabs.add(getTranslation("round.tab.publication"), new PublicationSection(ctx));
        tabs.add(getTranslation("round.tab.conclusion"), new ConclusionSection(ctx, conclusions));
        tabs.add(getTranslation("round.tab.documents"), orRefusal(() -> new DocumentsSection(ctx, documents)));
        tabs.add(getTranslation("round.tab.unit-reports"), new UnitReportsSection(ctx, unitReports));
        tabs.setSelectedIndex(Math.min(selectedTab, 8));

        add(back, heading, resolution, approval, compare, new LifecycleBar(ctx), tabs);
    }

    /**
     * A tab whose content the reader may not see, shown as the refusal instead of failing the whole page: a unit's
     * officer opens an unpublished round for its own unit's report (decision 048) but reads neither the delegation's
     * draft report nor its documents (decision 018).
     */
    private static com.vaadin.flow.component.Component orRefusal(
            java.util.function.Supplier<com.vaadin.flow.component.Component> section) {
        try {
            return section.get();
        } catch (vn.giamsat.application.security.AccessDeniedException refused) {
            Paragraph why = new Paragraph(Labels.of(refused.reason()));
            why.addClassName("tab-refused");
            return why;
        }
    }

    RoundDetails round() {
        return round;
    }
}
