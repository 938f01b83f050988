package vn.giamsat.adapters.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.giamsat.application.round.model.RoundReport;

/**
 * The report as DOCX in the layout of Decree 30/2020/NĐ-CP (Appendix I): A4, margins top/bottom 20–25 mm,
 * left 30–35 mm, right 15–20 mm, Times New Roman 13–14 pt; a two-column header table with the issuing body
 * on the left and the national motto on the right, each with a solid rule under it (a paragraph border, not
 * underscores), then number and place-date, title, "Căn cứ" lines, body, and the recipients (left) beside the
 * signature block (right). Page numbers as {@link ReportLayout} says (from the second page, centred at the top);
 * sample data says so in the header of every page.
 */
final class DocxReportRenderer {
    private static final String FONT = "Times New Roman";
    private static final int TWIPS_PER_MM = 57; // 1440 twips per inch / 25.4

    private final ReportLayout layout;

    DocxReportRenderer(ReportLayout layout) {
        this.layout = layout;
    }

    byte[] render(RoundReport r) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            pageMargins(doc, r);
            header(doc, r);
            if (r.draft()) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER);
                run(p, "DỰ THẢO – CHƯA ĐƯỢC TRƯỞNG ĐOÀN PHÊ DUYỆT", 12, true, false);
            }
            XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER);
            title.setSpacingBefore(240);
            run(title, r.title(), 14, true, false);
            run(paragraph(doc, ParagraphAlignment.CENTER), r.summary(), 14, true, false);
            rule(doc.createParagraph(), 3300);
            for (String ground : r.grounds()) {
                XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
                p.setIndentationFirstLine(720);
                run(p, ground, 14, false, true);
            }
            for (String text : r.introduction()) {
                body(doc, text);
            }
            if (r.figures() != null) { // the round's other documents have none (issue 19.1)
                figures(doc, r.figures());
            }
            for (RoundReport.Section s : r.sections()) {
                XWPFParagraph h = paragraph(doc, ParagraphAlignment.BOTH);
                h.setSpacingBefore(120);
                run(h, s.heading(), 14, true, false);
                s.paragraphs().forEach(t -> body(doc, t));
            }
            footer(doc, r);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906)); // A4 portrait, twips
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margin = sect.addNewPgMar();
        margin.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margin.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
        margin.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
        margin.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
    }

    /**
     * The page number (from page {@link ReportLayout#pageNumbersFrom()}, centred in the top or bottom margin) and,
     * for sample data, the note in the header of every page. The first page has a header and footer of its own
     * ("different first page"), so that it may show no number.
     */
    private void pageMargins(XWPFDocument doc, RoundReport r) {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (!sect.isSetTitlePg()) {
            sect.addNewTitlePg();
        }
        boolean top = layout.pageNumberAtTop();
        for (HeaderFooterType type : List.of(HeaderFooterType.FIRST, HeaderFooterType.DEFAULT)) {
            boolean numbered = type == HeaderFooterType.DEFAULT || layout.pageNumbersFrom() == 1;
            XWPFHeader header = doc.createHeader(type);
            XWPFParagraph h = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().getFirst();
            h.setAlignment(ParagraphAlignment.CENTER);
            if (r.isSampleData()) {
                XWPFRun mark = h.createRun();
                mark.setFontFamily(FONT);
                mark.setFontSize(9);
                mark.setBold(true);
                mark.setColor("C00000");
                mark.setText(r.sampleDataNote());
                if (numbered && top) {
                    mark.addBreak();
                }
            }
            if (numbered && top) {
                pageNumber(h);
            } else if (numbered) {
                XWPFFooter footer = doc.createFooter(type);
                XWPFParagraph f = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().getFirst();
                f.setAlignment(ParagraphAlignment.CENTER);
                pageNumber(f);
            }
        }
    }

    /** A PAGE field, 13 pt upright (Decree 30: Arabic numerals, size 13–14). */
    private static void pageNumber(XWPFParagraph p) {
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        CTR number = field.addNewR();
        CTRPr props = number.addNewRPr();
        props.addNewRFonts().setAscii(FONT);
        props.getRFontsArray(0).setHAnsi(FONT);
        props.addNewSz().setVal(BigInteger.valueOf(26)); // half points
        number.addNewT().setStringValue("2");
    }

    private static void header(XWPFDocument doc, RoundReport r) {
        XWPFTable t = borderless(doc, 2, 2, new int[] {3600, 5700});
        XWPFTableCell body = t.getRow(0).getCell(0);
        cellText(body, List.of(new Line(r.issuingBodyParent(), 13, false, false),
                new Line(r.issuingBody(), 13, true, false)));
        rule(body.addParagraph(), 1400); // under half of the body's name, centred
        XWPFTableCell motto = t.getRow(0).getCell(1);
        cellText(motto, List.of(new Line(RoundReport.MOTTO_1, 13, true, false),
                new Line(RoundReport.MOTTO_2, 14, true, false)));
        rule(motto.addParagraph(), 1250); // about as long as the motto's second line
        cellText(t.getRow(1).getCell(0), List.of(new Line(r.number(), 13, false, false)));
        cellText(t.getRow(1).getCell(1), List.of(new Line(r.placeAndDate(), 14, false, true)));
    }

    private static void figures(XWPFDocument doc, RoundReport.FiguresTable f) {
        XWPFParagraph caption = paragraph(doc, ParagraphAlignment.CENTER);
        caption.setSpacingBefore(120);
        run(caption, f.caption(), 13, true, false);
        if (f.rows().isEmpty()) {
            body(doc, "Chưa có số liệu nào được báo cáo cho cuộc giám sát này.");
            return;
        }
        XWPFTable t = doc.createTable(f.rows().size() + 1, f.header().size());
        t.setWidth("100%");
        // the unit and the period need room; each count column the same (as the PDF's weights)
        double[] weights = {2.2, 1.9, 1, 1, 1, 1.1, 1, 1, 1.3};
        double total = java.util.Arrays.stream(weights).sum();
        for (int row = 0; row <= f.rows().size() && f.header().size() == weights.length; row++) {
            for (int c = 0; c < weights.length; c++) {
                var w = t.getRow(row).getCell(c).getCTTc().addNewTcPr().addNewTcW();
                w.setW(BigInteger.valueOf(Math.round(9300 * weights[c] / total)));
                w.setType(STTblWidth.DXA);
            }
        }
        t.setTableAlignment(TableRowAlign.CENTER);
        t.getRow(0).setRepeatHeader(true); // a table that runs onto the next page shows its headings there too
        for (int c = 0; c < f.header().size(); c++) {
            cellText(t.getRow(0).getCell(c), List.of(new Line(f.header().get(c), 10, true, false)));
        }
        for (int row = 0; row < f.rows().size(); row++) {
            List<String> cells = f.rows().get(row);
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = t.getRow(row + 1).getCell(c);
                cellText(cell, List.of(new Line(cells.get(c), 10, false, false)));
                if (c >= 2) {
                    cell.getParagraphs().getFirst().setAlignment(ParagraphAlignment.RIGHT);
                }
            }
        }
        for (String note : f.notes()) {
            XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
            run(p, "Ghi chú: " + note, 12, false, true);
        }
    }

    private static void footer(XWPFDocument doc, RoundReport r) {
        paragraph(doc, ParagraphAlignment.LEFT);
        XWPFTable t = borderless(doc, 1, 2, new int[] {4600, 4700});
        XWPFTableCell left = t.getRow(0).getCell(0);
        cellText(left, List.of(new Line("Nơi nhận:", 12, true, true)));
        for (String recipient : r.recipients()) {
            XWPFParagraph p = left.addParagraph();
            run(p, "- " + recipient, 11, false, false);
        }
        cellText(t.getRow(0).getCell(1), List.of(new Line(r.signatureAuthority(), 14, true, false),
                new Line(r.signatureTitle(), 14, true, false), new Line("", 14, false, false),
                new Line("", 14, false, false), new Line("", 14, false, false),
                new Line(r.signerName(), 14, true, false)));
    }

    /**
     * A solid horizontal rule, as Decree 30 draws under the issuing body, the motto and the summary: an empty
     * paragraph whose top border is the rule, narrowed by {@code indent} twips on each side (centred).
     */
    private static void rule(XWPFParagraph p, int indent) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setBorderTop(Borders.SINGLE);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingBefore(50); // outside the border: the rule sits below the text's descenders, not through them
        p.setSpacingAfter(0);
        p.createRun().setFontSize(4);
    }

    private record Line(String text, int size, boolean bold, boolean italic) {}

    private static XWPFTable borderless(XWPFDocument doc, int rows, int cols, int[] widths) {
        XWPFTable t = doc.createTable(rows, cols);
        t.removeBorders();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                t.getRow(r).getCell(c).getCTTc().addNewTcPr().addNewTcW().setW(BigInteger.valueOf(widths[c]));
                t.getRow(r).getCell(c).getCTTc().getTcPr().getTcW().setType(STTblWidth.DXA);
            }
        }
        return t;
    }

    private static void cellText(XWPFTableCell cell, List<Line> lines) {
        XWPFParagraph first = cell.getParagraphs().getFirst();
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? first : cell.addParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingAfter(0);
            Line l = lines.get(i);
            run(p, l.text(), l.size(), l.bold(), l.italic());
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(60);
        return p;
    }

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH);
        p.setIndentationFirstLine(720);
        run(p, text, 14, false, false);
    }

    private static void run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
    }
}
