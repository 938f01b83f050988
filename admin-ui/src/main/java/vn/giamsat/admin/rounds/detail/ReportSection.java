package vn.giamsat.admin.rounds.detail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import vn.giamsat.admin.ui.Labels;
import vn.giamsat.admin.ui.Notices;
import vn.giamsat.application.round.port.in.RoundCommands.ReviseLegalBasisCommand;
import vn.giamsat.domain.common.DomainRuleViolation;
import vn.giamsat.domain.round.LegalBasis;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import vn.giamsat.application.round.model.ReportFormat;
import vn.giamsat.application.round.model.RoundReport;
import vn.giamsat.application.round.port.in.RoundReportUseCase.RenderedReport;

/**
 * The delegation's report: a preview on screen with the same words as the document, and the document as
 * DOCX (Decree 30/2020 layout) or PDF. Until the head approves, the report is marked as a draft.
 */
final class ReportSection extends Section {

    ReportSection(RoundContext ctx) {
        super(ctx);
        RoundReport r = ctx.services().reports().report(ctx.round().id());
        HorizontalLayout downloads = new HorizontalLayout(download(ReportFormat.DOCX), download(ReportFormat.PDF));
        add(heading("report.title"), downloads, legalBasis());

        Div page = new Div();
        page.addClassName("report-preview");
        page.setId("report-preview");
        if (r.isSampleData()) {
            Paragraph sample = new Paragraph(r.sampleDataNote());
            sample.addClassName("report-draft");
            sample.setId("report-sample-data");
            page.add(sample);
        }
        Div top = new Div();
        top.addClassName("report-header");
        top.add(block(List.of(r.issuingBodyParent(), r.issuingBody(), r.number())),
                block(List.of(RoundReport.MOTTO_1, RoundReport.MOTTO_2, r.placeAndDate())));
        page.add(top);
        if (r.draft()) {
            Paragraph draft = new Paragraph(getTranslation("report.draft"));
            draft.addClassName("report-draft");
            page.add(draft);
        }
        H4 title = new H4(r.title());
        title.addClassName("report-centre");
        Paragraph summary = new Paragraph(r.summary());
        summary.addClassName("report-centre");
        page.add(title, summary);
        r.grounds().forEach(g -> {
            Paragraph ground = new Paragraph(g);
            ground.addClassName("report-ground");
            page.add(ground);
        });
        r.introduction().forEach(p -> page.add(new Paragraph(p)));

        page.add(new Paragraph(r.figures().caption()));
        Grid<List<String>> table = new Grid<>();
        table.setId("report-figures");
        for (int c = 0; c < r.figures().header().size(); c++) {
            int column = c;
            table.addColumn(row -> row.get(column)).setHeader(r.figures().header().get(c)).setAutoWidth(true);
        }
        table.setItems(r.figures().rows());
        table.setAllRowsVisible(true);
        page.add(table);
        r.figures().notes().forEach(n -> page.add(new Paragraph(n)));
        for (RoundReport.Section s : r.sections()) {
            page.add(new H4(s.heading()));
            s.paragraphs().forEach(p -> page.add(new Paragraph(p)));
        }
        Div bottom = new Div();
        bottom.addClassName("report-header");
        bottom.add(block(r.recipients()), block(List.of(r.signatureAuthority(), r.signatureTitle(), r.signerName())));
        page.add(bottom);
        add(page);
    }

    /**
     * The legal basis printed under "Căn cứ" (by default the supervision law in force on the resolution's date):
     * council staff may reword it until the head approves the report; afterwards it is shown, not editable.
     */
    private Div legalBasis() {
        TextArea text = new TextArea(getTranslation("report.legal-basis"));
        text.setId("legal-basis");
        text.setWidthFull();
        text.setMaxLength(1000);
        text.setValue(ctx.round().legalBasis().text());
        text.setHelperText(getTranslation("report.legal-basis.help"));
        Button save = new Button(getTranslation("report.legal-basis.save"), e -> {
            try {
                ctx.services().prepareRound().reviseLegalBasis(
                        new ReviseLegalBasisCommand(ctx.round().id(), new LegalBasis(text.getValue())));
            } catch (DomainRuleViolation v) {
                Notices.refused(Labels.of(v.reason()));
                return;
            }
            Notices.success(getTranslation("report.legal-basis.saved"));
            ctx.reload().run();
        });
        save.setId("legal-basis-save");
        boolean editable = ctx.round().approval().isEmpty();
        text.setReadOnly(!editable);
        save.setVisible(editable);
        return new Div(text, save);
    }

    private static Div block(List<String> lines) {
        Div d = new Div();
        d.addClassName("report-block");
        lines.forEach(l -> d.add(new Div(new Span(l))));
        return d;
    }

    private Anchor download(ReportFormat format) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(event -> {
            RenderedReport file = ctx.services().reports().render(ctx.round().id(), format);
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(),
                    file.content().length);
        }), getTranslation("report.download", format.extension().toUpperCase(java.util.Locale.ROOT)));
        a.setId("report-" + format.extension());
        a.setDownload(true);
        return a;
    }
}
