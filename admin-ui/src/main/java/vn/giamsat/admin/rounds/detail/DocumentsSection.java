package vn.giamsat.admin.rounds.detail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.application.round.port.in.RoundContextQueries.UnitOption;
import vn.giamsat.application.round.port.in.RoundDocumentsUseCase;
import vn.giamsat.application.round.port.in.RoundDocumentsUseCase.LeadTimeCheck;
import vn.giamsat.application.round.port.in.RoundDocumentsUseCase.RecordSentCommand;
import vn.giamsat.domain.round.LeadTimes;
import vn.giamsat.domain.round.RoundDocumentKind;
import vn.giamsat.domain.round.SentDocument;
import vn.giamsat.domain.unit.UnitId;

/**
 * Before the visits (issue 19.1): the plan, the decision forming the delegation and each unit's notice as DOCX; the
 * documents sent, with their day; the lead times of the law in force on the round's date, and warnings where a unit
 * was not notified in time.
 */
final class DocumentsSection extends Section {
    private final RoundDocumentsUseCase documents;

    DocumentsSection(RoundContext ctx, RoundDocumentsUseCase documents) {
        super(ctx);
        this.documents = documents;
        LeadTimeCheck check = documents.leadTimes(ctx.round().id());
        add(heading("documents.title"));
        Paragraph rules = new Paragraph(getTranslation("documents.lead-times", check.notice().citation(),
                check.report().citation()));
        rules.setId("documents-lead-times");
        add(rules);
        Div warnings = new Div();
        warnings.setId("documents-warnings");
        int n = 0;
        for (LeadTimes.Warning w : check.warnings()) {
            Paragraph p = new Paragraph(w.kind() == LeadTimes.Warning.Kind.NOT_NOTIFIED
                    ? getTranslation("documents.warning.not-notified", ctx.unitName(w.unit()),
                            RoundDetailView.DATE.format(w.visit()), RoundDetailView.DATE.format(w.notifyBy()))
                    : getTranslation("documents.warning.late", ctx.unitName(w.unit()),
                            RoundDetailView.DATE.format(w.notified().orElseThrow()),
                            RoundDetailView.DATE.format(w.notifyBy()), RoundDetailView.DATE.format(w.visit())));
            p.setId("documents-warning-" + n++);
            p.getElement().getThemeList().add("badge error");
            warnings.add(p);
        }
        add(warnings);

        HorizontalLayout downloads = new HorizontalLayout(download(RoundDocumentKind.PLAN, null, "documents-plan", null),
                download(RoundDocumentKind.DELEGATION_DECISION, null, "documents-decision", null));
        downloads.setWrap(true);
        add(downloads);
        Grid<UnitOption> units = grid(UnitOption.class);
        units.setId("documents-units");
        units.addColumn(UnitOption::displayName).setHeader(getTranslation("documents.unit"));
        units.addColumn(u -> check.reportDue().containsKey(u.id())
                        ? RoundDetailView.DATE.format(check.reportDue().get(u.id())) : "–")
                .setHeader(getTranslation("documents.report-due"));
        units.setItems(ctx.scope());
        add(units);
        // one link per unit, beside the grid rather than in it: a grid renders its cells lazily
        HorizontalLayout notices = new HorizontalLayout();
        notices.setWrap(true);
        notices.setId("documents-notices");
        ctx.scope().forEach(u -> notices.add(download(RoundDocumentKind.UNIT_NOTICE, u.id(),
                "documents-notice-" + u.code(), u.displayName())));
        add(notices);

        Grid<SentDocument> sent = grid(SentDocument.class);
        sent.setId("documents-sent");
        sent.addColumn(d -> Labels.of(d.kind().vietnamese(), d.kind().english())).setHeader(getTranslation("documents.kind"));
        sent.addColumn(d -> d.toUnit().map(ctx::unitName).orElse("–")).setHeader(getTranslation("documents.unit"));
        sent.addColumn(SentDocument::number).setHeader(getTranslation("documents.number"));
        sent.addColumn(d -> RoundDetailView.DATE.format(d.sentOn())).setHeader(getTranslation("documents.sent-on"));
        sent.setItems(check.sent());
        sent.setEmptyStateText(getTranslation("documents.none-sent"));
        add(heading("documents.sent"), sent);
        recordForm();
    }

    private void recordForm() {
        Select<RoundDocumentKind> kind = new Select<>();
        kind.setId("documents-kind");
        kind.setLabel(getTranslation("documents.kind"));
        kind.setItems(RoundDocumentKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(k.vietnamese(), k.english()));
        kind.setValue(RoundDocumentKind.UNIT_NOTICE);
        Select<UnitOption> unit = new Select<>();
        unit.setId("documents-unit");
        unit.setLabel(getTranslation("documents.unit"));
        unit.setItems(ctx.scope());
        unit.setItemLabelGenerator(u -> u == null ? "" : u.displayName());
        kind.addValueChangeListener(e -> unit.setEnabled(e.getValue() != null && e.getValue().isForOneUnit()));
        TextField number = new TextField(getTranslation("documents.number"));
        number.setId("documents-number");
        DatePicker sentOn = new DatePicker(getTranslation("documents.sent-on"));
        sentOn.setId("documents-sent-on");
        Button save = new Button(getTranslation("documents.record"), e -> submit(reason -> null,
                () -> documents.recordSent(new RecordSentCommand(ctx.round().id(), kind.getValue(),
                        kind.getValue() != null && kind.getValue().isForOneUnit() && unit.getValue() != null
                                ? unit.getValue().id() : null, number.getValue(), sentOn.getValue())),
                "documents.recorded"));
        save.setId("documents-record");
        add(new FormLayout(kind, unit, number, sentOn), save);
    }

    private Anchor download(RoundDocumentKind kind, UnitId unit, String id, String unitName) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = documents.render(ctx.round().id(), kind, unit);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(),
                    file.content().length);
        }), unit == null ? getTranslation("documents.download", Labels.of(kind.vietnamese(), kind.english()))
                : getTranslation("documents.download-notice", unitName));
        a.setId(id);
        a.setDownload(true);
        return a;
    }
}
