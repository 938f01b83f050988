package vn.giamsat.adapters.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.giamsat.application.round.model.RoundReport;

/**
 * The report as PDF, with the same words and layout as the DOCX: solid rules under the issuing body, the motto
 * and the summary; page numbers as {@link ReportLayout} says; sample data says so at the top of every page. The
 * fonts are bundled (DejaVu Serif, which covers Vietnamese) so the server needs no installed font.
 */
final class PdfReportRenderer {
    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = PDRectangle.A4.getWidth() - 15 * MM;
    private static final float TOP = PDRectangle.A4.getHeight() - 20 * MM;
    private static final float BOTTOM = 20 * MM;

    private final ReportLayout layout;

    PdfReportRenderer(ReportLayout layout) {
        this.layout = layout;
    }

    byte[] render(RoundReport r) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont regular = font(doc, "DejaVuSerif.ttf");
            PDFont bold = font(doc, "DejaVuSerif-Bold.ttf");
            new Writer(doc, regular, bold).write(r);
            margins(doc, r, regular, bold);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Page numbers (from page {@link ReportLayout#pageNumbersFrom()}) and the sample-data note, in the margins. */
    private void margins(PDDocument doc, RoundReport r, PDFont regular, PDFont bold) throws IOException {
        float height = PDRectangle.A4.getHeight();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                if (r.isSampleData()) {
                    s.setNonStrokingColor(0.75f, 0f, 0f);
                    float y = height - 6 * MM;
                    for (String line : Writer.wrap(r.sampleDataNote(), bold, 7, RIGHT - LEFT)) {
                        centre(s, line, bold, 7, y);
                        y -= 8.5f;
                    }
                    s.setNonStrokingColor(0f, 0f, 0f);
                }
                if (i + 1 >= layout.pageNumbersFrom()) {
                    String number = Integer.toString(i + 1);
                    centre(s, number, regular, 13, layout.pageNumberAtTop() ? height - 16 * MM : 10 * MM);
                }
            }
        }
    }

    private static void centre(PDPageContentStream s, String text, PDFont font, float size, float y) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(LEFT + (RIGHT - LEFT - font.getStringWidth(text) / 1000 * size) / 2, y);
        s.showText(text);
        s.endText();
    }

    private static PDFont font(PDDocument doc, String file) throws IOException {
        try (InputStream in = PdfReportRenderer.class.getResourceAsStream("fonts/" + file)) {
            return PDType0Font.load(doc, in);
        }
    }

    private static final class Writer {
        private final PDDocument doc;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream page;
        private float y;

        Writer(PDDocument doc, PDFont regular, PDFont bold) {
            this.doc = doc;
            this.regular = regular;
            this.bold = bold;
        }

        void write(RoundReport r) throws IOException {
            newPage();
            float mid = LEFT + (RIGHT - LEFT) * 0.38f;
            float top = y;
            float leftEnd = column(List.of(r.issuingBodyParent()), regular, 11, LEFT, mid, top);
            leftEnd = column(List.of(r.issuingBody()), bold, 11, LEFT, mid, leftEnd);
            leftEnd = rule(LEFT, mid, width(r.issuingBody(), bold, 11) / 2, leftEnd);
            float rightEnd = column(List.of(RoundReport.MOTTO_1), bold, 11, mid, RIGHT, top);
            rightEnd = column(List.of(RoundReport.MOTTO_2), bold, 12, mid, RIGHT, rightEnd);
            rightEnd = rule(mid, RIGHT, width(RoundReport.MOTTO_2, bold, 12), rightEnd);
            y = Math.min(leftEnd, rightEnd) - 8;
            top = y;
            leftEnd = column(List.of(r.number()), regular, 11, LEFT, mid, top);
            rightEnd = column(List.of(r.placeAndDate()), regular, 12, mid, RIGHT, top);
            y = Math.min(leftEnd, rightEnd) - 14;
            if (r.draft()) {
                centred("DỰ THẢO – CHƯA ĐƯỢC TRƯỞNG ĐOÀN PHÊ DUYỆT", bold, 11);
            }
            centred(r.title(), bold, 14);
            centred(r.summary(), bold, 13);
            y = rule(LEFT, RIGHT, (RIGHT - LEFT) / 4, y - 2);
            y -= 6;
            for (String ground : r.grounds()) {
                paragraph(ground, regular, 12);
            }
            for (String p : r.introduction()) {
                paragraph(p, regular, 12);
            }
            if (r.figures() != null) { // the round's other documents have none (issue 19.1)
                table(r.figures());
            }
            for (RoundReport.Section s : r.sections()) {
                y -= 4;
                paragraph(s.heading(), bold, 12);
                for (String p : s.paragraphs()) {
                    paragraph(p, regular, 12);
                }
            }
            y -= 12;
            float mid2 = LEFT + (RIGHT - LEFT) * 0.5f;
            top = y;
            List<String> recipients = new ArrayList<>();
            r.recipients().forEach(x -> recipients.add("- " + x));
            leftEnd = column(List.of("Nơi nhận:"), bold, 10, LEFT, mid2, top, false);
            leftEnd = column(recipients, regular, 10, LEFT, mid2, leftEnd, false);
            rightEnd = column(List.of(r.signatureAuthority(), r.signatureTitle()), bold, 12, mid2, RIGHT, top);
            column(List.of(r.signerName()), bold, 12, mid2, RIGHT, rightEnd - 50);
            y = Math.min(leftEnd, rightEnd - 70);
            page.close();
        }

        /** A solid rule of {@code length}, centred between {@code from} and {@code to}, 3 pt under {@code top}. */
        private float rule(float from, float to, float length, float top) throws IOException {
            float x = from + (to - from - length) / 2;
            float ry = top - 5; // under the descenders of the line above, not through them
            page.moveTo(x, ry);
            page.lineTo(x + length, ry);
            page.stroke();
            return ry - 2;
        }

        private void table(RoundReport.FiguresTable f) throws IOException {
            y -= 4;
            centred(f.caption(), bold, 11);
            y -= 4; // the table's top border below the caption's descenders
            if (f.rows().isEmpty()) {
                paragraph("Chưa có số liệu nào được báo cáo cho cuộc giám sát này.", regular, 12);
                return;
            }
            float[] weights = {2.2f, 1.9f, 1, 1, 1, 1.1f, 1, 1, 1.3f};
            float total = 0;
            for (float w : weights) total += w;
            float[] widths = new float[weights.length];
            for (int i = 0; i < weights.length; i++) widths[i] = (RIGHT - LEFT) * weights[i] / total;
            row(f.header(), widths, bold, 8);
            for (List<String> cells : f.rows()) {
                if (y - rowHeight(cells, widths, regular, 8) < BOTTOM) {
                    newPage();
                    row(f.header(), widths, bold, 8); // the headings again on the page the table runs onto
                }
                row(cells, widths, regular, 8);
            }
            for (String note : f.notes()) {
                paragraph("Ghi chú: " + note, regular, 10);
            }
        }

        private static float rowHeight(List<String> cells, float[] widths, PDFont font, float size) throws IOException {
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                lines = Math.max(lines, wrap(cells.get(i), font, size, widths[i] - 4).size());
            }
            return lines * size * 1.3f + 4;
        }

        private void row(List<String> cells, float[] widths, PDFont font, float size) throws IOException {
            float leading = size * 1.3f;
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < cells.size(); i++) {
                List<String> w = wrap(cells.get(i), font, size, widths[i] - 4);
                wrapped.add(w);
                lines = Math.max(lines, w.size());
            }
            float height = lines * leading + 4;
            if (y - height < BOTTOM) {
                newPage();
            }
            float x = LEFT;
            for (int i = 0; i < cells.size(); i++) {
                page.addRect(x, y - height, widths[i], height);
                float ly = y - 2 - size;
                for (String line : wrapped.get(i)) {
                    float tx = i >= 2 ? x + widths[i] - 2 - width(line, font, size) : x + 2;
                    text(line, font, size, tx, ly);
                    ly -= leading;
                }
                x += widths[i];
            }
            page.stroke();
            y -= height;
        }

        private float column(List<String> texts, PDFont font, float size, float from, float to, float top) throws IOException {
            return column(texts, font, size, from, to, top, true);
        }

        /** Writes lines in a column from {@code top}; returns the y below them. */
        private float column(List<String> texts, PDFont font, float size, float from, float to, float top,
                             boolean centre) throws IOException {
            float ly = top;
            for (String t : texts) {
                for (String line : wrap(t, font, size, to - from)) {
                    ly -= size * 1.3f;
                    float x = centre ? from + (to - from - width(line, font, size)) / 2 : from;
                    text(line, font, size, x, ly);
                }
            }
            return ly;
        }

        private void centred(String t, PDFont font, float size) throws IOException {
            for (String line : wrap(t, font, size, RIGHT - LEFT)) {
                ensure(size * 1.4f);
                y -= size * 1.4f;
                text(line, font, size, LEFT + (RIGHT - LEFT - width(line, font, size)) / 2, y);
            }
        }

        private void paragraph(String t, PDFont font, float size) throws IOException {
            List<String> lines = wrap(t, font, size, RIGHT - LEFT);
            for (String line : lines) {
                ensure(size * 1.4f);
                y -= size * 1.4f;
                text(line, font, size, LEFT, y);
            }
            y -= size * 0.3f;
        }

        private void ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            page = new PDPageContentStream(doc, p);
            page.setLineWidth(0.5f);
            y = TOP;
        }

        private void text(String t, PDFont font, float size, float x, float ty) throws IOException {
            if (t.isEmpty()) {
                return;
            }
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, ty);
            page.showText(t);
            page.endText();
        }

        private static float width(String t, PDFont font, float size) throws IOException {
            return font.getStringWidth(t) / 1000 * size;
        }

        static List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= max || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
